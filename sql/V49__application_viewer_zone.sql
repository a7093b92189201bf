-- The time zone the candidate's browser reported on the application form (Intl API, "Africa/Dakar"), so that an
-- interview's invitation gives its time in the candidate's own time beside the interview's. Null when the browser
-- said nothing (scripts off).
ALTER TABLE offer_application ADD COLUMN viewer_zone VARCHAR(64) NULL;
