-- A first answer's task names the request part it belongs to, as a timeline line does: a person with two requests
-- waiting has two such tasks, and answering, reassigning or handing over one request moves or closes its own task,
-- where every open first answer of the person's record was closed or moved with it. The tasks written so far are
-- matched to the part of the same record whose deadline they carry, when exactly one part does; a task none or
-- several parts match keeps no request, and is handled with any request of its record, as before.
ALTER TABLE lead_task
    ADD COLUMN routed_inquiry_id BIGINT NULL,
    ADD CONSTRAINT fk_lead_task_routed FOREIGN KEY (routed_inquiry_id) REFERENCES routed_inquiry (id);

UPDATE lead_task t
SET t.routed_inquiry_id = (SELECT MIN(r.id) FROM routed_inquiry r
                           WHERE r.tenant_id = t.tenant_id AND r.lead_id = t.lead_id
                             AND r.response_deadline = t.due_at
                           HAVING COUNT(*) = 1)
WHERE t.kind = 'FIRST_RESPONSE';
