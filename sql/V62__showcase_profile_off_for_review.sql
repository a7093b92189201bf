-- When a published profile left the showcase for a moderator to look again (a visitor's report, a moderator taking it
-- down): its approval then puts it back online, which its apprentice is told as such rather than as a first
-- publication. Cleared by the approval.
ALTER TABLE showcase_profile ADD COLUMN off_for_review_since DATETIME(6) NULL;
-- Who withdrew a profile (its apprentice, or the guardian who had consented for them), which the centre's moderators
-- read on the withdrawn profile's line, the rest of it erased. NULL for those withdrawn before it was kept.
ALTER TABLE showcase_profile ADD COLUMN withdrawn_by VARCHAR(16) NULL,
    ADD CONSTRAINT ck_showcase_profile_withdrawn_by CHECK (withdrawn_by IN ('PERSON', 'GUARDIAN'));
