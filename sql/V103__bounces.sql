-- Bounces: what the mail servers reported back about a message the outbox sent, and what a centre holds about an
-- address that cannot be delivered to.
--
-- A message a mail server reported undeliverable for good (a delivery status notification, RFC 3464, status 5.x.x) is
-- BOUNCED; a message written to an address of a lead so marked waits, HELD, until staff correct or confirm the address.
-- What the report said (its status code and diagnostic, which may name the recipient: personal data, emptied with the
-- message when its person is erased) is kept on the message, for a temporary failure (4.x.x) too, which changes
-- nothing else.
ALTER TABLE outbox_message DROP CONSTRAINT ck_outbox_status;
ALTER TABLE outbox_message
    ADD CONSTRAINT ck_outbox_status CHECK (status IN ('PENDING', 'SENT', 'FAILED', 'BOUNCED', 'HELD')),
    ADD COLUMN delivery_status      VARCHAR(10)   NULL,
    ADD COLUMN delivery_diagnostic  VARCHAR(1000) NULL,
    ADD COLUMN delivery_reported_at DATETIME(6)   NULL;

-- The lead's address was reported undeliverable for good: since when, and the report's diagnostic. Cleared when staff
-- correct or confirm it.
ALTER TABLE `lead`
    ADD COLUMN email_undeliverable_since  DATETIME(6)  NULL,
    ADD COLUMN email_undeliverable_reason VARCHAR(500) NULL;

-- Which server reads the bounce mailbox: one at a time, for a lease it renews at each round; another server takes over
-- once the lease has lapsed (the reader stopped).
CREATE TABLE bounce_mailbox_lease (
    id         TINYINT      NOT NULL,
    held_by    VARCHAR(100) NULL,
    held_until DATETIME(6)  NULL,
    CONSTRAINT pk_bounce_mailbox_lease PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
INSERT INTO bounce_mailbox_lease (id) VALUES (1);
