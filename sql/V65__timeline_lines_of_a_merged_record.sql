-- The timeline lines of a record merged into another move with the rest of the person, and say which record they
-- were written on: a request made under the other record's address is not one the record that stays made. Lines
-- moved before this column kept nothing of where they came from and stay unmarked (the merge's own line still names
-- the record merged).
ALTER TABLE lead_event ADD COLUMN merged_from_lead_id BIGINT NULL;
