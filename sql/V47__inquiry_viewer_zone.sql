-- The time zone the requester's browser reported on the information form (Intl API, "Africa/Dakar"), so that the
-- acknowledgement gives the centre's deadline in their own time beside Montréal's. Null when the browser said
-- nothing (a partner's API call, scripts off).
ALTER TABLE inquiry ADD COLUMN viewer_zone VARCHAR(64) NULL;
