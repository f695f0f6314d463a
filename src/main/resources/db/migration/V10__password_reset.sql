-- Password reset ("forgot password"). A request is only recorded here, the same for known and unknown
-- addresses; a scheduled step answers it later and deletes it. A link is stored as the SHA-256 digest
-- of its token, never the token itself. session_generation ends an account's sessions on every node:
-- a session is kept only while it carries the account's current generation.
CREATE SEQUENCE password_reset_request_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE password_reset_request (
    id           BIGINT       NOT NULL PRIMARY KEY,
    email        VARCHAR(254) NOT NULL,
    source       VARCHAR(64)  NOT NULL,
    requested_at TIMESTAMP    NOT NULL
);

CREATE INDEX ix_password_reset_request_at ON password_reset_request (requested_at);

CREATE SEQUENCE password_reset_link_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE password_reset_link (
    id           BIGINT      NOT NULL PRIMARY KEY,
    account_id   BIGINT      NOT NULL,
    token_digest VARCHAR(64) NOT NULL,
    created_at   TIMESTAMP   NOT NULL,
    expires_at   TIMESTAMP   NOT NULL,
    used_at      TIMESTAMP,
    CONSTRAINT uq_password_reset_link_digest UNIQUE (token_digest),
    CONSTRAINT fk_password_reset_link_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);

CREATE INDEX ix_password_reset_link_account ON password_reset_link (account_id, created_at);

ALTER TABLE account ADD COLUMN session_generation BIGINT DEFAULT 0 NOT NULL;
