-- National seminars, their sessions, registrations and attendance (one mark per participant and
-- session, with every change kept in attendance_change), and attendance certificates.
CREATE SEQUENCE seminar_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE seminar (
    id                     BIGINT        NOT NULL PRIMARY KEY,
    version                BIGINT        NOT NULL,
    country                VARCHAR(2)    NOT NULL,
    city                   VARCHAR(100)  NOT NULL,
    venue                  VARCHAR(200)  NOT NULL,
    starts_on              DATE          NOT NULL,
    ends_on                DATE          NOT NULL,
    capacity               INTEGER       NOT NULL,
    invitation_code        VARCHAR(16)   NOT NULL,
    cancelled_at           TIMESTAMP,
    cancel_notice          VARCHAR(2000),
    rotation_seconds       INTEGER       NOT NULL,
    grace_minutes          INTEGER       NOT NULL,
    opens_minutes_before   INTEGER       NOT NULL,
    closes_minutes_after   INTEGER       NOT NULL,
    created_at             TIMESTAMP     NOT NULL,
    CONSTRAINT uq_seminar_invitation UNIQUE (invitation_code)
);

CREATE INDEX ix_seminar_country ON seminar (country, starts_on);

CREATE TABLE seminar_text (
    seminar_id  BIGINT        NOT NULL,
    language    VARCHAR(5)    NOT NULL,
    title       VARCHAR(200)  NOT NULL,
    description VARCHAR(4000) NOT NULL,
    CONSTRAINT pk_seminar_text PRIMARY KEY (seminar_id, language),
    CONSTRAINT fk_seminar_text_seminar FOREIGN KEY (seminar_id) REFERENCES seminar (id) ON DELETE CASCADE
);

CREATE TABLE seminar_trainer (
    seminar_id BIGINT NOT NULL,
    account_id BIGINT NOT NULL,
    CONSTRAINT pk_seminar_trainer PRIMARY KEY (seminar_id, account_id),
    CONSTRAINT fk_seminar_trainer_seminar FOREIGN KEY (seminar_id) REFERENCES seminar (id) ON DELETE CASCADE,
    CONSTRAINT fk_seminar_trainer_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);

CREATE TABLE seminar_module (
    seminar_id BIGINT      NOT NULL,
    module_id  VARCHAR(64) NOT NULL,
    CONSTRAINT pk_seminar_module PRIMARY KEY (seminar_id, module_id),
    CONSTRAINT fk_seminar_module_seminar FOREIGN KEY (seminar_id) REFERENCES seminar (id) ON DELETE CASCADE
);

CREATE SEQUENCE seminar_session_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE seminar_session (
    id                BIGINT       NOT NULL PRIMARY KEY,
    version           BIGINT       NOT NULL,
    seminar_id        BIGINT       NOT NULL,
    held_on           DATE         NOT NULL,
    starts_at         TIME         NOT NULL,
    ends_at           TIME         NOT NULL,
    room              VARCHAR(100) NOT NULL,
    hours             NUMERIC(5,2) NOT NULL,
    token_secret      VARCHAR(64)  NOT NULL,
    closed_at         TIMESTAMP,
    closed_by         BIGINT,
    CONSTRAINT fk_seminar_session_seminar FOREIGN KEY (seminar_id) REFERENCES seminar (id) ON DELETE CASCADE
);

CREATE INDEX ix_seminar_session_seminar ON seminar_session (seminar_id, held_on);

CREATE SEQUENCE registration_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE registration (
    id            BIGINT      NOT NULL PRIMARY KEY,
    version       BIGINT      NOT NULL,
    seminar_id    BIGINT      NOT NULL,
    account_id    BIGINT      NOT NULL,
    status        VARCHAR(16) NOT NULL,
    channel       VARCHAR(16) NOT NULL,
    registered_at TIMESTAMP   NOT NULL,
    cancelled_at  TIMESTAMP,
    CONSTRAINT uq_registration UNIQUE (seminar_id, account_id),
    CONSTRAINT fk_registration_seminar FOREIGN KEY (seminar_id) REFERENCES seminar (id) ON DELETE CASCADE,
    CONSTRAINT fk_registration_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);

CREATE INDEX ix_registration_account ON registration (account_id);

CREATE SEQUENCE attendance_mark_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE attendance_mark (
    id         BIGINT        NOT NULL PRIMARY KEY,
    version    BIGINT        NOT NULL,
    session_id BIGINT        NOT NULL,
    account_id BIGINT        NOT NULL,
    status     VARCHAR(16)   NOT NULL,
    hours      NUMERIC(5,2),
    reason     VARCHAR(500),
    remark     VARCHAR(500),
    source     VARCHAR(16)   NOT NULL,
    marked_at  TIMESTAMP     NOT NULL,
    marked_by  BIGINT        NOT NULL,
    CONSTRAINT uq_attendance_mark UNIQUE (session_id, account_id),
    CONSTRAINT fk_attendance_mark_session FOREIGN KEY (session_id) REFERENCES seminar_session (id) ON DELETE CASCADE,
    CONSTRAINT fk_attendance_mark_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);

CREATE SEQUENCE attendance_change_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE attendance_change (
    id            BIGINT       NOT NULL PRIMARY KEY,
    session_id    BIGINT       NOT NULL,
    account_id    BIGINT       NOT NULL,
    changed_by    BIGINT       NOT NULL,
    changed_at    TIMESTAMP    NOT NULL,
    source        VARCHAR(16)  NOT NULL,
    before_status VARCHAR(16),
    after_status  VARCHAR(16)  NOT NULL,
    before_hours  NUMERIC(5,2),
    after_hours   NUMERIC(5,2),
    before_reason VARCHAR(500),
    after_reason  VARCHAR(500),
    before_remark VARCHAR(500),
    after_remark  VARCHAR(500),
    CONSTRAINT fk_attendance_change_session FOREIGN KEY (session_id) REFERENCES seminar_session (id) ON DELETE CASCADE,
    CONSTRAINT fk_attendance_change_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);

CREATE INDEX ix_attendance_change_session ON attendance_change (session_id, changed_at);

CREATE SEQUENCE certificate_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE certificate (
    id         BIGINT       NOT NULL PRIMARY KEY,
    version    BIGINT       NOT NULL,
    code       VARCHAR(20)  NOT NULL,
    seminar_id BIGINT       NOT NULL,
    account_id BIGINT       NOT NULL,
    hours      NUMERIC(6,2) NOT NULL,
    issued_at  TIMESTAMP    NOT NULL,
    CONSTRAINT uq_certificate_code UNIQUE (code),
    CONSTRAINT uq_certificate UNIQUE (seminar_id, account_id),
    CONSTRAINT fk_certificate_seminar FOREIGN KEY (seminar_id) REFERENCES seminar (id) ON DELETE CASCADE,
    CONSTRAINT fk_certificate_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);
