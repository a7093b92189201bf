-- The lead list's export reads a centre's live leads a thousand at a time in the order of their numbers (keyset: the
-- number after the last one sent). No index began with the centre and the merge: MariaDB walked every live lead of
-- every centre through the merge's own index and kept one in six for the busiest centre, about 29,000 rows read for
-- each slice of 1,000. This one holds the centre, the merge, then the number (every secondary index ends with the
-- key), so that a slice is one range of its own 1,000 rows.
CREATE INDEX ix_lead_export ON `lead` (tenant_id, merged_into_id);
