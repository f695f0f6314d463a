-- Trainers' question bank per module and their quiz drafts; publishing a draft makes a new module
-- version, so the published history stays in module_version and bundle_file.
CREATE SEQUENCE bank_question_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE bank_question (
    id           BIGINT         NOT NULL PRIMARY KEY,
    version      BIGINT         NOT NULL,
    module_id    VARCHAR(64)    NOT NULL,
    question_id  VARCHAR(64)    NOT NULL,
    type         VARCHAR(16)    NOT NULL,
    definition   VARCHAR(200000) NOT NULL,
    updated_by   BIGINT,
    updated_at   TIMESTAMP      NOT NULL,
    CONSTRAINT uq_bank_question UNIQUE (module_id, question_id)
);

CREATE TABLE bank_question_tag (
    question BIGINT      NOT NULL,
    tag      VARCHAR(40) NOT NULL,
    CONSTRAINT pk_bank_question_tag PRIMARY KEY (question, tag),
    CONSTRAINT fk_bank_question_tag FOREIGN KEY (question) REFERENCES bank_question (id) ON DELETE CASCADE
);

CREATE SEQUENCE quiz_draft_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE quiz_draft (
    id          BIGINT        NOT NULL PRIMARY KEY,
    version     BIGINT        NOT NULL,
    module_id   VARCHAR(64)   NOT NULL,
    quiz_id     VARCHAR(64)   NOT NULL,
    settings    VARCHAR(20000) NOT NULL,
    updated_by  BIGINT,
    updated_at  TIMESTAMP     NOT NULL,
    CONSTRAINT uq_quiz_draft UNIQUE (module_id, quiz_id)
);

CREATE TABLE quiz_draft_question (
    draft        BIGINT      NOT NULL,
    position     INTEGER     NOT NULL,
    question_id  VARCHAR(64) NOT NULL,
    CONSTRAINT pk_quiz_draft_question PRIMARY KEY (draft, position),
    CONSTRAINT fk_quiz_draft_question FOREIGN KEY (draft) REFERENCES quiz_draft (id) ON DELETE CASCADE
);
