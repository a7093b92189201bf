-- When a published profile left the showcase for a moderator to look again (a visitor's report, a moderator taking it
-- down): its approval then puts it back online, which its apprentice is told as such rather than as a first
-- publication. Cleared by the approval.
ALTER TABLE showcase_profile ADD COLUMN off_for_review_since DATETIME(6) NULL;
