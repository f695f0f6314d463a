-- Accounts, roles and personal API tokens. Plain SQL that H2 2.x and PostgreSQL both accept.
CREATE SEQUENCE account_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE account (
    id                   BIGINT       NOT NULL PRIMARY KEY,
    version              BIGINT       NOT NULL,
    email                VARCHAR(254) NOT NULL,
    display_name         VARCHAR(100) NOT NULL,
    country              VARCHAR(2),
    profession           VARCHAR(32),
    language             VARCHAR(5)   NOT NULL,
    password_hash        VARCHAR(512) NOT NULL,
    must_change_password BOOLEAN      NOT NULL,
    privacy_accepted_at  TIMESTAMP,
    created_at           TIMESTAMP    NOT NULL,
    CONSTRAINT uq_account_email UNIQUE (email)
);

CREATE INDEX ix_account_country ON account (country);

CREATE TABLE account_role (
    account_id BIGINT      NOT NULL,
    role       VARCHAR(16) NOT NULL,
    CONSTRAINT pk_account_role PRIMARY KEY (account_id, role),
    CONSTRAINT fk_account_role_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);

CREATE SEQUENCE api_token_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE api_token (
    id           BIGINT      NOT NULL PRIMARY KEY,
    account_id   BIGINT      NOT NULL,
    name         VARCHAR(60) NOT NULL,
    token_digest VARCHAR(64) NOT NULL,
    prefix       VARCHAR(12) NOT NULL,
    created_at   TIMESTAMP   NOT NULL,
    last_used_at TIMESTAMP,
    revoked_at   TIMESTAMP,
    CONSTRAINT uq_api_token_digest UNIQUE (token_digest),
    CONSTRAINT fk_api_token_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);
