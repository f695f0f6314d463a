-- Invitations a coordinator sent by e-mail. They bound how many one person sends a day (so that the
-- form cannot be used to send mass mail) and keep an address from getting the same seminar's
-- invitation twice a day; they go with their seminar.
CREATE SEQUENCE seminar_invitation_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE seminar_invitation (
    id          BIGINT        NOT NULL PRIMARY KEY,
    seminar_id  BIGINT        NOT NULL,
    email       VARCHAR(254)  NOT NULL,
    invited_by  BIGINT        NOT NULL,
    invited_at  TIMESTAMP     NOT NULL,
    CONSTRAINT fk_seminar_invitation_seminar FOREIGN KEY (seminar_id) REFERENCES seminar (id) ON DELETE CASCADE
);

CREATE INDEX ix_seminar_invitation_sender ON seminar_invitation (invited_by, invited_at);
CREATE INDEX ix_seminar_invitation_address ON seminar_invitation (seminar_id, email);
