-- The mail outbox: every message is written in the transaction of the change that causes it and
-- stays until the SMTP server accepted it (SENT) or the attempts ran out (FAILED). claimed_until is
-- the lease of the node sending it, so that two nodes never send the same message.
CREATE SEQUENCE outbox_message_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE outbox_message (
    id                  BIGINT          NOT NULL PRIMARY KEY,
    version             BIGINT          NOT NULL,
    recipient           VARCHAR(254)    NOT NULL,
    recipient_name      VARCHAR(200)    NOT NULL,
    language            VARCHAR(5)      NOT NULL,
    topic               VARCHAR(32)     NOT NULL,
    subject             VARCHAR(400)    NOT NULL,
    text_body           VARCHAR(200000) NOT NULL,
    html_body           VARCHAR(200000) NOT NULL,
    attachment_name     VARCHAR(100),
    attachment_type     VARCHAR(100),
    attachment_content  VARCHAR(200000),
    status              VARCHAR(10)     NOT NULL,
    attempts            INTEGER         NOT NULL,
    next_attempt_at     TIMESTAMP       NOT NULL,
    claimed_until       TIMESTAMP,
    claimed_by          VARCHAR(64),
    last_error          VARCHAR(1000),
    created_at          TIMESTAMP       NOT NULL,
    sent_at             TIMESTAMP
);

CREATE INDEX ix_outbox_due ON outbox_message (status, next_attempt_at);
CREATE INDEX ix_outbox_created ON outbox_message (created_at);
