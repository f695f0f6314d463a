-- Trainers' grades of written answers, with their rubric comment.
CREATE TABLE essay_grade (
    attempt_id  BIGINT        NOT NULL,
    question_id VARCHAR(64)   NOT NULL,
    points      NUMERIC(8,2)  NOT NULL,
    rubric      VARCHAR(4000),
    graded_by   BIGINT        NOT NULL,
    graded_at   TIMESTAMP     NOT NULL,
    CONSTRAINT pk_essay_grade PRIMARY KEY (attempt_id, question_id),
    CONSTRAINT fk_essay_grade_attempt FOREIGN KEY (attempt_id) REFERENCES quiz_attempt (id) ON DELETE CASCADE
);
