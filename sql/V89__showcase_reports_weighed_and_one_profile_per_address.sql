-- A visitor's report no longer takes a public profile down by itself: it waits in the centre's queue, the profile still
-- public, until a moderator takes it down or keeps it online, or until reports of several people within days — or one
-- of the centre's staff or of the coordinating organisation, signed in — take it off. Who reported is told apart
-- without an address: a SHA-256 of the profile, the day and the visitor's address (or account), as the brakes keep
-- their keys (rate_limit_count), so that one person counts once a day and is never named; a member of staff signed in
-- is named by their account. The reports written before have neither.
ALTER TABLE showcase_report
    ADD COLUMN reporter_key CHAR(64) NULL,
    ADD COLUMN reported_by BIGINT NULL,
    ADD INDEX ix_showcase_report_profile (profile_id, reported_at);

-- Since when a public profile has reports no moderator answered yet (NULL: none), and the first of them by its number
-- (the reports weighed are it and those after it: a moderator may answer within the second of a report). Cleared by a
-- moderator's answer and by the profile leaving the showcase.
ALTER TABLE showcase_profile
    ADD COLUMN reports_pending_since DATETIME(6) NULL,
    ADD COLUMN reports_pending_from BIGINT NULL;

-- A moderator read the reports and kept the profile online: a line of its trail.
ALTER TABLE showcase_decision DROP CONSTRAINT ck_showcase_decision_kind;
ALTER TABLE showcase_decision ADD CONSTRAINT ck_showcase_decision_kind CHECK (kind IN ('APPROVED',
    'CHANGES_REQUESTED', 'REFUSED', 'TAKEN_DOWN', 'WITHDRAWN_AT_REQUEST', 'EDITED', 'REPORTED', 'GUARDIAN_CONFIRMED',
    'WITHDRAWN', 'GUARDIAN_WITHDREW', 'KEPT_ONLINE'));

-- One profile per address and centre, held by the database: two edits (or posts) at the same moment each checked that
-- no other profile had the address, and both wrote it. A withdrawn profile keeps no address, so it holds none. Two
-- profiles that already share an address (such a race, or an address in two spellings that V76 made one) are kept,
-- not merged without their apprentices: the later ones are numbered 1, 2… in the order they were posted, which the
-- key includes, and any new profile, or an edit to that address, is refused as before. A profile that moves to
-- another address is numbered 0 again.
ALTER TABLE showcase_profile ADD COLUMN email_repeat INT NOT NULL DEFAULT 0;

UPDATE showcase_profile p
JOIN (SELECT id,
             ROW_NUMBER() OVER (PARTITION BY tenant_id, email_normalized ORDER BY submitted_at, id) - 1 AS repeat_number
      FROM showcase_profile WHERE email_normalized IS NOT NULL) ranked ON ranked.id = p.id
SET p.email_repeat = ranked.repeat_number
WHERE ranked.repeat_number > 0;

ALTER TABLE showcase_profile
    ADD CONSTRAINT uk_showcase_profile_address UNIQUE (tenant_id, email_normalized, email_repeat);
-- The unique key starts with the same columns and answers the same searches.
ALTER TABLE showcase_profile DROP INDEX ix_showcase_profile_address;
