-- One place for each setting of a centre's information requests.

-- One setting for how fast a centre answers information requests: inquiry_settings.response_business_hours,
-- which its admins edit and which the deadlines use. The tenant's earlier column was never read.
-- Its CHECK goes first: MySQL refuses to drop a column that a CHECK constraint uses.
ALTER TABLE tenant DROP CONSTRAINT ck_tenant_response_hours;
ALTER TABLE tenant DROP COLUMN first_response_hours;

-- The round robin's turns are counted in memory (RecruiterTurns): no row to lock for every request.
ALTER TABLE inquiry_settings DROP COLUMN last_assigned_to;
