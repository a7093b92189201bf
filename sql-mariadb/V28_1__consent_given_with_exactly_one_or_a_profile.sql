-- MariaDB only, as V15_1: a consent record belongs to exactly one of a request, an event registration, an application
-- or (since V28) an apprentice's showcase profile.
ALTER TABLE consent_record DROP CONSTRAINT IF EXISTS ck_consent_record_given_with;
ALTER TABLE consent_record ADD CONSTRAINT ck_consent_record_given_with CHECK (
    (inquiry_id IS NOT NULL) + (event_registration_id IS NOT NULL) + (offer_application_id IS NOT NULL)
    + (showcase_profile_id IS NOT NULL) = 1);
