-- A program archived straight from its draft (withdrawn rather than deleted because a request, an event, an offer or
-- a report named it) never had a public page: its address answers 404, as an address that never named a program does,
-- not 410 "no longer offered", which told the world that it had existed. Set when a draft is archived; a program
-- published since is one that was public, archived again or not.
ALTER TABLE program ADD COLUMN archived_as_draft BOOLEAN NOT NULL DEFAULT FALSE;

-- The programs archived before: those whose trace of changes says they went from draft to archived and were never
-- published. A program archived before the trace was kept says nothing: it keeps its 410.
UPDATE program p
   SET p.archived_as_draft = TRUE
 WHERE p.status = 'ARCHIVED'
   AND EXISTS (SELECT 1 FROM staff_change c
                WHERE c.tenant_id = p.tenant_id AND c.subject = 'PROGRAM' AND c.subject_id = p.id
                  AND c.what = 'PROGRAM_STATUS' AND c.detail LIKE 'DRAFT % ARCHIVED')
   AND NOT EXISTS (SELECT 1 FROM staff_change c
                    WHERE c.tenant_id = p.tenant_id AND c.subject = 'PROGRAM' AND c.subject_id = p.id
                      AND c.what = 'PROGRAM_STATUS' AND c.detail LIKE '%PUBLISHED%');
