-- A person who withdrew their consent to the processing of an application still standing, then applies to the same
-- offer again, consent ticked: a change of the register, said through the application, since the application's own
-- consent row keeps what was given the first time.
ALTER TABLE consent_change DROP CONSTRAINT ck_consent_change_channel;
ALTER TABLE consent_change ADD CONSTRAINT ck_consent_change_channel CHECK (channel IN ('PREFERENCES', 'PHONE',
    'LETTER', 'EMAIL', 'IN_PERSON', 'EVENT', 'APPLICATION'));
