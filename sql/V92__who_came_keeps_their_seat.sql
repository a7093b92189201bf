-- A person recorded as present at an event came: their seat was used, and it stays theirs. Giving it up afterwards
-- (checked in, then the link of their e-mail while a webinar still ran, or staff for them) is refused from now on, so
-- that the event's page, the funnel reports and the campaigns' figures, which all count the seats held, count them as
-- having come, and no seat is given to someone waiting for one that was taken. The registrations that gave up their
-- seat, or left for the waiting list, after their presence was recorded hold it again; each person's timeline says
-- their seat is theirs again, as a check-in that gives a seat back says it.
INSERT INTO lead_event (tenant_id, lead_id, kind, actor_id, detail, occurred_at)
SELECT r.tenant_id, r.lead_id, 'EVENT_REGISTERED', NULL, LEFT(CONCAT('#', e.id, ' ', e.title_fr), 2000),
       UTC_TIMESTAMP(6)
FROM event_registration r
JOIN event e ON e.id = r.event_id AND e.tenant_id = r.tenant_id
WHERE r.attended_at IS NOT NULL AND r.status <> 'REGISTERED';

UPDATE event_registration
SET status = 'REGISTERED', cancelled_at = NULL, waitlisted_at = NULL, version = version + 1
WHERE attended_at IS NOT NULL AND status <> 'REGISTERED';
