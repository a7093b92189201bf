-- The audit lines of a record merged into another move with the rest of the person, and say which record they were
-- made on: the record that stays kept its own details, so a change made on the other is not one of its own values.
ALTER TABLE lead_audit ADD COLUMN merged_from_lead_id BIGINT NULL;
