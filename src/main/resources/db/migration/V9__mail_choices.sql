-- The optional mail topics each person turned off in their profile (mandatory topics are never here).
CREATE TABLE account_declined_topic (
    account_id BIGINT      NOT NULL,
    topic      VARCHAR(32) NOT NULL,
    CONSTRAINT pk_account_declined_topic PRIMARY KEY (account_id, topic),
    CONSTRAINT fk_account_declined_topic_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);
