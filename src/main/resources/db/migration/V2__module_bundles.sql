-- Module bundles as published: every version with its exact files, and learners' progress by
-- stable lesson id. Plain SQL that H2 2.x and PostgreSQL both accept.
CREATE SEQUENCE module_version_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE module_version (
    id            BIGINT      NOT NULL PRIMARY KEY,
    module_id     VARCHAR(64) NOT NULL,
    version       VARCHAR(20) NOT NULL,
    major         INTEGER     NOT NULL,
    minor         INTEGER     NOT NULL,
    patch         INTEGER     NOT NULL,
    content_hash  VARCHAR(64) NOT NULL,
    source        VARCHAR(16) NOT NULL,
    published_at  TIMESTAMP   NOT NULL,
    retired_at    TIMESTAMP,
    CONSTRAINT uq_module_version UNIQUE (module_id, version)
);

CREATE TABLE bundle_file (
    version_id BIGINT        NOT NULL,
    path       VARCHAR(255)  NOT NULL,
    content    BYTEA         NOT NULL,
    CONSTRAINT pk_bundle_file PRIMARY KEY (version_id, path),
    CONSTRAINT fk_bundle_file_version FOREIGN KEY (version_id) REFERENCES module_version (id) ON DELETE CASCADE
);

CREATE TABLE lesson_progress (
    account_id        BIGINT      NOT NULL,
    module_id         VARCHAR(64) NOT NULL,
    lesson_id         VARCHAR(64) NOT NULL,
    completed_version VARCHAR(20) NOT NULL,
    completed_at      TIMESTAMP   NOT NULL,
    CONSTRAINT pk_lesson_progress PRIMARY KEY (account_id, module_id, lesson_id),
    CONSTRAINT fk_lesson_progress_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);
