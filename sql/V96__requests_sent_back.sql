-- A centre's staff send a request that is not theirs to answer back to the coordination's queue: the centre's part is
-- closed unanswered, as when its centre closes, but the centre was right not to answer it, and its time to first
-- contact should not count it late. The part says when it was sent back; the reports' index by centre and day received
-- holds it, so that the index alone still answers.
ALTER TABLE routed_inquiry
    ADD COLUMN sent_back_at DATETIME(6) NULL,
    DROP INDEX ix_routed_inquiry_received,
    ADD INDEX ix_routed_inquiry_received (tenant_id, received_at, contacted_at, response_deadline, lead_id,
                                          sent_back_at);

-- The parts sent back before: closed unanswered at a school service centre, whose hand-over line is by a member of that
-- centre's staff (a centre closed hands its requests back by the coordination's admin, or by nobody for the sweep).
UPDATE routed_inquiry r
JOIN tenant t ON t.id = r.tenant_id AND t.kind = 'SCHOOL_BOARD'
SET r.sent_back_at = (SELECT MAX(e.occurred_at)
                      FROM lead_event e
                      JOIN user_account u ON u.id = e.actor_id AND u.tenant_id = r.tenant_id
                      WHERE e.routed_inquiry_id = r.id AND e.kind = 'ROUTED')
WHERE r.status = 'CLOSED' AND r.contacted_at IS NULL AND r.routed_to_tenant_id IS NOT NULL;
