-- The module version a quiz draft builds on, so that publishing it never undoes a change to the quiz
-- published meanwhile (QuizDrafts.publish). Migrations already applied never change; this adds.
ALTER TABLE quiz_draft ADD COLUMN based_on VARCHAR(20);
