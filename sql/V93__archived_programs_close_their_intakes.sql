-- A program archived is offered nowhere, and archiving one now closes its intakes still open or full. Those of the
-- programs archived before kept their status: the information form, the request page and the reports' choices could
-- still name them as offered. They are closed the same way, each a line of its program's history as the platform's
-- own (no one's name), saying from what status, as the archiving writes it.
INSERT INTO staff_change (tenant_id, actor_id, subject, subject_id, what, detail, changed_at)
SELECT i.tenant_id, NULL, 'PROGRAM', i.program_id, 'INTAKE_STATUS',
       LEFT(CONCAT(DATE_FORMAT(i.start_date, '%Y-%m-%d'), ' ', c.name, ': ', i.status, ' → CLOSED'), 500),
       UTC_TIMESTAMP(6)
FROM intake i
JOIN program p ON p.id = i.program_id
JOIN centre c ON c.id = i.centre_id
WHERE p.status = 'ARCHIVED' AND i.status <> 'CLOSED';

UPDATE intake i
JOIN program p ON p.id = i.program_id
SET i.status = 'CLOSED', i.version = i.version + 1
WHERE p.status = 'ARCHIVED' AND i.status <> 'CLOSED';
