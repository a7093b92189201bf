-- Mail by its recipient, and leads by their address whatever their centre: an erasure, and each slice of a retention
-- run, clears the mail kept to the people's addresses, the platform's own (the acknowledgement of a request) only
-- where no other centre still follows the address. Without these indexes every slice read the whole outbox, then
-- looked for each address in every centre's leads one centre at a time. The outbox's collation compares without
-- case, as the erasure's lower-case addresses need.
CREATE INDEX ix_outbox_recipient ON outbox_message (recipient);
CREATE INDEX ix_lead_address ON `lead` (email_normalized);
