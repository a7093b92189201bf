-- A person registered for an event already who gives a consent again when they register a second time, online or to
-- a recruiter at the door (news accepted at the stand by someone who had not accepted it online): a change of the
-- register, said through the event, since the registration's own consent rows keep what was given the first time.
ALTER TABLE consent_change DROP CONSTRAINT ck_consent_change_channel;
ALTER TABLE consent_change ADD CONSTRAINT ck_consent_change_channel CHECK (channel IN ('PREFERENCES', 'PHONE',
    'LETTER', 'EMAIL', 'IN_PERSON', 'EVENT'));
