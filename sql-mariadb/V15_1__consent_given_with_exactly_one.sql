-- MariaDB only (SchemaMigrator adds this folder on MariaDB): a consent record belongs to exactly one of a request,
-- an event registration or an application. MySQL 8 refuses a CHECK constraint on columns whose foreign key cascades
-- (inquiry_id, event_registration_id), so there the application alone keeps the rule.
-- Databases migrated before the MySQL corrections already have this constraint (from V4 and V7): it is replaced.
ALTER TABLE consent_record DROP CONSTRAINT IF EXISTS ck_consent_record_given_with;
ALTER TABLE consent_record ADD CONSTRAINT ck_consent_record_given_with CHECK (
    (inquiry_id IS NOT NULL) + (event_registration_id IS NOT NULL) + (offer_application_id IS NOT NULL) = 1);
