-- Confirmation of self-registered e-mail addresses. Accounts that exist already (the first admin,
-- demo accounts, accounts opened by the admin or registered before) count as confirmed.
ALTER TABLE account ADD COLUMN confirmed_at TIMESTAMP;
UPDATE account SET confirmed_at = created_at;

-- The links sent to confirm an address: only the SHA-256 digest of the code is kept, so that the
-- table does not hold working links. Each code confirms once, until expires_at.
CREATE SEQUENCE confirmation_code_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE confirmation_code (
    id          BIGINT      NOT NULL PRIMARY KEY,
    account_id  BIGINT      NOT NULL,
    code_digest VARCHAR(64) NOT NULL,
    created_at  TIMESTAMP   NOT NULL,
    expires_at  TIMESTAMP   NOT NULL,
    used_at     TIMESTAMP,
    CONSTRAINT uq_confirmation_code_digest UNIQUE (code_digest),
    CONSTRAINT fk_confirmation_code_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);

CREATE INDEX ix_confirmation_code_account ON confirmation_code (account_id);
