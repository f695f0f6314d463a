-- Reminders before a seminar: one row per seminar, participant and kind of reminder, written in the
-- transaction of the reminder's message (or of the decision that none was needed), so that no node
-- writes it twice, whatever the number of nodes and restarts.
CREATE TABLE seminar_reminder (
    seminar_id BIGINT      NOT NULL,
    account_id BIGINT      NOT NULL,
    kind       VARCHAR(16) NOT NULL,
    decided_at TIMESTAMP   NOT NULL,
    written    BOOLEAN     NOT NULL,
    CONSTRAINT pk_seminar_reminder PRIMARY KEY (seminar_id, account_id, kind),
    CONSTRAINT fk_seminar_reminder_seminar FOREIGN KEY (seminar_id) REFERENCES seminar (id) ON DELETE CASCADE,
    CONSTRAINT fk_seminar_reminder_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);

-- A person's calendar feed: only the SHA-256 digest of its secret address is kept. One per person;
-- a new one replaces the old.
CREATE TABLE calendar_feed (
    account_id   BIGINT      NOT NULL PRIMARY KEY,
    token_digest VARCHAR(64) NOT NULL,
    created_at   TIMESTAMP   NOT NULL,
    CONSTRAINT uq_calendar_feed_digest UNIQUE (token_digest),
    CONSTRAINT fk_calendar_feed_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);
