-- Quiz attempts and their answers, saved one by one as the learner gives them.
CREATE SEQUENCE quiz_attempt_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE quiz_attempt (
    id               BIGINT       NOT NULL PRIMARY KEY,
    version          BIGINT       NOT NULL,
    account_id       BIGINT       NOT NULL,
    module_id        VARCHAR(64)  NOT NULL,
    module_version   VARCHAR(20)  NOT NULL,
    quiz_id          VARCHAR(64)  NOT NULL,
    country          VARCHAR(2),
    started_at       TIMESTAMP    NOT NULL,
    deadline         TIMESTAMP,
    submitted_at     TIMESTAMP,
    score            NUMERIC(8,2),
    max_score        NUMERIC(8,2),
    passed           BOOLEAN,
    awaiting_trainer BOOLEAN      NOT NULL,
    CONSTRAINT fk_quiz_attempt_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);

CREATE INDEX ix_quiz_attempt_learner ON quiz_attempt (account_id, module_id, quiz_id);

CREATE TABLE attempt_answer (
    attempt_id  BIGINT        NOT NULL,
    question_id VARCHAR(64)   NOT NULL,
    answer      VARCHAR(8000) NOT NULL,
    saved_at    TIMESTAMP     NOT NULL,
    CONSTRAINT pk_attempt_answer PRIMARY KEY (attempt_id, question_id),
    CONSTRAINT fk_attempt_answer_attempt FOREIGN KEY (attempt_id) REFERENCES quiz_attempt (id) ON DELETE CASCADE
);
