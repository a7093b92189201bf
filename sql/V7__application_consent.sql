-- The consent given on an offer's application form is recorded like the others (Law 25): the exact versioned text,
-- its language, when and from which address, with the application. A consent record belongs to exactly one of a
-- request, an event registration or an application.
ALTER TABLE consent_record
    MODIFY purpose VARCHAR(12) NOT NULL,
    ADD COLUMN offer_application_id BIGINT NULL AFTER event_registration_id,
    ADD CONSTRAINT fk_consent_record_application FOREIGN KEY (offer_application_id) REFERENCES offer_application (id),
    ADD CONSTRAINT uk_consent_record_application UNIQUE (offer_application_id, purpose);

-- That a record belongs to exactly one of them is checked on MariaDB by sql-mariadb/V15_1 (see V4).

ALTER TABLE consent_record DROP CONSTRAINT ck_consent_record_purpose;
ALTER TABLE consent_record ADD CONSTRAINT ck_consent_record_purpose CHECK (purpose IN ('CONTACT', 'NEWS', 'APPLICATION'));
