-- Two things, each in its part.
--
-- 1. A parent's or guardian's address is theirs, not the child's: an erasure reads which other children of the centre
--    are still held under it (their mail, profiles and records stay), and an access request proven for it says which
--    children's records are held under it, without handing them out. Both find the guardian's lines of the consent
--    register by that address, as an erasure finds every other row: by an index.
CREATE INDEX ix_consent_record_guardian ON consent_record (guardian_email);

-- 2. Staff of a centre export the data of an apprentice it knows only by their showcase profile, as they export a
--    lead's, and the access log says so: by the profile it was asked from (lead_id empty), who, when.
ALTER TABLE personal_data_access MODIFY lead_id BIGINT NULL,
    ADD COLUMN showcase_profile_id BIGINT NULL,
    ADD CONSTRAINT ck_personal_data_access_whom CHECK (lead_id IS NOT NULL OR showcase_profile_id IS NOT NULL),
    ADD INDEX ix_personal_data_access_showcase (tenant_id, showcase_profile_id, accessed_at);
