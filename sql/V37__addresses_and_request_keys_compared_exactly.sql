-- A person's address and a request's idempotency key are compared byte for byte, as the code compares them.
-- Under the tables' utf8mb4_unicode_ci, "lucía@" and "lucia@" were one address (so a request from one person
-- joined another's record, and an import whose file held both failed on the centre's unique key), and the keys
-- "k-1" and "K-1" one request. The code stores addresses cleaned, composed (NFC) and lower-cased
-- (ContactDetails.normalizeEmail), so case is already settled before they reach these columns.
ALTER TABLE `lead` MODIFY email_normalized VARCHAR(254) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL;
ALTER TABLE event_registration MODIFY email_normalized VARCHAR(254) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL;
ALTER TABLE inquiry
    MODIFY email_normalized VARCHAR(254) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    MODIFY idempotency_key VARCHAR(120) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL;
ALTER TABLE consent_record MODIFY email_normalized VARCHAR(254) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL;
ALTER TABLE consent_change MODIFY email_normalized VARCHAR(254) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL;
ALTER TABLE access_request MODIFY email_normalized VARCHAR(254) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL;
ALTER TABLE mail_opt_out MODIFY email_normalized VARCHAR(254) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL;
ALTER TABLE preference_link MODIFY email_normalized VARCHAR(254) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL;
ALTER TABLE showcase_profile MODIFY email_normalized VARCHAR(254) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL;
ALTER TABLE unsubscribe_link MODIFY email_normalized VARCHAR(254) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL;
