-- A preferences link mailed to a parent or guardian who consented for a person under 14 (Law 25) says so: only such
-- a link gives again a consent of that person, and the register says it was the parent or guardian who acted. The
-- person's own links withdraw; they do not give back what the guardian withdrew.
ALTER TABLE preference_link ADD COLUMN for_guardian BOOLEAN NOT NULL DEFAULT FALSE;
