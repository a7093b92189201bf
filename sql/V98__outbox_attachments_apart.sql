-- The file a message carries (an event's calendar file, a scheduled report's workbook: up to 15 MB) in a table of its
-- own, beside its message: the sender's rounds, the counts of mail given up and the demo's mailbox read the messages,
-- and the bytes only when one message is sent, its file downloaded or a person's data exported. Kept in the message's
-- row, they were read with every message: Hibernate reads a lazy column with its row unless the entity classes are
-- enhanced at build time, which they are not. Name and type stay on the message, read without the bytes.
--
-- Every file is moved across, under its message's key, before the column goes; it goes with its message however the
-- message is deleted (withdrawn, a demo reset, a held message taken back at an erasure).
CREATE TABLE outbox_attachment (
    message_id BIGINT     NOT NULL,
    content    MEDIUMBLOB NOT NULL,
    CONSTRAINT pk_outbox_attachment PRIMARY KEY (message_id),
    CONSTRAINT fk_outbox_attachment_message FOREIGN KEY (message_id) REFERENCES outbox_message (id) ON DELETE CASCADE
) ENGINE = InnoDB;

INSERT INTO outbox_attachment (message_id, content)
SELECT id, attachment_content FROM outbox_message WHERE attachment_content IS NOT NULL;

ALTER TABLE outbox_message DROP COLUMN attachment_content;
