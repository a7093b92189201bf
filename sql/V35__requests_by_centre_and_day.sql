-- The reports' time to first contact reads a centre's requests received in a period: by centre and day received, with
-- the times it compares, so that the index alone answers (before, every report read the whole table).
CREATE INDEX ix_routed_inquiry_received ON routed_inquiry (tenant_id, received_at, contacted_at, response_deadline,
                                                           lead_id);
