-- One setting for how fast a centre answers information requests: inquiry_settings.response_business_hours,
-- which its admins edit and which the deadlines use. The tenant's earlier column was never read.
ALTER TABLE tenant DROP COLUMN first_response_hours;
