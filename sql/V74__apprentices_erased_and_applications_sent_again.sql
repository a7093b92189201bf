-- An apprentice a centre knows only by their showcase profile (no request, registration or application made them a
-- lead there) is erased as a lead is, on request or at the end of the retention period, and the erasure is recorded
-- as a lead's is: which profile (its number, the profile itself being deleted), why, who, when — never the data. A
-- restored backup that brings the profile back has it erased again at start-up, as for a lead.
ALTER TABLE person_erasure MODIFY lead_id BIGINT NULL,
    ADD COLUMN showcase_profile_id BIGINT NULL,
    ADD CONSTRAINT ck_person_erasure_whom CHECK (lead_id IS NOT NULL OR showcase_profile_id IS NOT NULL),
    ADD INDEX ix_person_erasure_showcase (showcase_profile_id);

-- What an application was sent before it was sent again: a person who withdrew their consent to the processing of
-- their applications and then applies to the same offer again gives that consent again with a new CV and message,
-- which become the application's; what they had sent stays here, word for word and byte for byte, rather than being
-- overwritten. The centre does not read it (the consent it was sent under was withdrawn); the person's data holds it,
-- and erasure clears it (the message and the file; the file's name becomes the marker) as it clears the application.
-- sent_at: when the person sent that version (the application's consent_at then); replaced_at: when the next one came.
CREATE TABLE offer_application_earlier_sending (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id       BIGINT       NOT NULL,
    application_id  BIGINT       NOT NULL,
    sent_at         DATETIME(6)  NOT NULL,
    replaced_at     DATETIME(6)  NOT NULL,
    cover_message   TEXT         NULL,
    cv_file_name    VARCHAR(200) NOT NULL,
    cv_content_type VARCHAR(100) NOT NULL,
    cv_content      LONGBLOB     NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_offer_application_earlier_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_offer_application_earlier_application FOREIGN KEY (application_id) REFERENCES offer_application (id)
        ON DELETE CASCADE,
    INDEX ix_offer_application_earlier (application_id, sent_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
