-- The pipeline benchmark's data, generated inside MariaDB (its Sequence engine gives seq_1_to_N tables), on top of
-- the benchmark catalogue (TREMPLIN_DEMO_DATA=benchmark: 40 school service centres, each with an admin and six
-- recruiters, 250 programs): 1,000,000 leads, about 700,000 information requests that brought them (with their
-- programs of interest, routed to the lead's centre, and what they said kept per lead in lead_interest), tags on a
-- third of the leads, and about 5,000,000 timeline entries; one lead in a thousand has a timeline of exactly 200
-- entries; and the stage history the reports read (about 3,300,000 rows).
--
-- Distributions: leads per centre are skewed (the first centre, the CSS du Fjord, holds about 16 %, the last well
-- under 1 %); stages follow a funnel with a fifth lost; owners are the centre's staff (one lead in ten has none);
-- countries, sources and languages are weighted as the programmes see them. Values come from CRC32 of the row
-- number with a different salt per attribute: deterministic, no two runs differ.
--
-- Run by src/bench/pipeline.sh as: mysql DATABASE < src/bench/pipeline-data.sql (MariaDB only: seq_1_to_N).

SET SESSION foreign_key_checks = 0, unique_checks = 0;

DROP TABLE IF EXISTS bench_centre, bench_staff, bench_program;
CREATE TABLE bench_centre (n INT PRIMARY KEY, tenant_id BIGINT NOT NULL UNIQUE, staff INT NOT NULL,
                           programs INT NOT NULL)
    SELECT ROW_NUMBER() OVER (ORDER BY t.id) - 1 AS n, t.id AS tenant_id,
           (SELECT COUNT(*) FROM user_account u WHERE u.tenant_id = t.id) AS staff,
           (SELECT COUNT(*) FROM program p WHERE p.tenant_id = t.id) AS programs
    FROM tenant t WHERE t.kind = 'SCHOOL_BOARD';
CREATE TABLE bench_staff (tenant_id BIGINT NOT NULL, n INT NOT NULL, user_id BIGINT NOT NULL, PRIMARY KEY (tenant_id, n))
    SELECT u.tenant_id, ROW_NUMBER() OVER (PARTITION BY u.tenant_id ORDER BY u.id) - 1 AS n, u.id AS user_id
    FROM user_account u JOIN bench_centre c ON c.tenant_id = u.tenant_id;
CREATE TABLE bench_program (tenant_id BIGINT NOT NULL, n INT NOT NULL, program_id BIGINT NOT NULL,
                            PRIMARY KEY (tenant_id, n))
    SELECT p.tenant_id, ROW_NUMBER() OVER (PARTITION BY p.tenant_id ORDER BY p.id) - 1 AS n, p.id AS program_id
    FROM program p JOIN bench_centre c ON c.tenant_id = p.tenant_id;

-- Generated ids start well above the demo's own rows, so every table can be joined on seq + base.
SET @lead_base = (SELECT COALESCE(MAX(id), 0) + 1000 FROM lead);
SET @inquiry_base = (SELECT COALESCE(MAX(id), 0) + 1000 FROM inquiry);
SET @routed_base = (SELECT COALESCE(MAX(id), 0) + 1000 FROM routed_inquiry);
SET @now = TIMESTAMP('2026-11-26 12:00:00');

INSERT INTO lead (id, tenant_id, email_normalized, email, first_name, last_name, phone_e164, country_of_residence,
                  citizenship, language, first_inquiry_at, last_inquiry_at, version, stage, stage_since, owner_id,
                  lost_reason, merged_into_id)
SELECT @lead_base + g.seq, c.tenant_id,
       CONCAT('personne', g.seq, '@exemple.bench'), CONCAT('Personne', g.seq, '@exemple.bench'),
       ELT(1 + CRC32(CONCAT('f', g.seq)) % 24, 'Aïcha', 'Mamadou', 'Fatou', 'Youssef', 'Nguyễn Lan', 'Kofi',
           'Mariana', 'José', 'Amina', 'Oumar', 'Léa', 'Karim', 'Priya', 'Wang Fang', 'Rodrigue', 'Yasmine',
           'Ibrahima', 'Chloé', 'Dmytro', 'Awa', 'Mehdi', 'Thanh', 'Lucía', 'Samuel'),
       ELT(1 + CRC32(CONCAT('l', g.seq)) % 30, 'Diallo', 'Traoré', 'Ndiaye', 'Benali', 'El Amrani', 'Nguyễn',
           'Mensah', 'Ferreira', 'Hernández', 'Sow', 'Keïta', 'Diop', 'Ouédraogo', 'Kouassi', 'Martin', 'Dubois',
           'Haddad', 'Raman', 'Chen', 'Ndayishimiye', 'Bamba', 'Fall', 'Cissé', 'Trần', 'Kovalenko', 'Mbarga',
           'Rakotomalala', 'Benjelloun', 'Gomes', 'Silva'),
       IF(CRC32(CONCAT('p', g.seq)) % 10 < 7, CONCAT('+221', 770000000 + g.seq), NULL),
       g.country, g.country, IF(CRC32(CONCAT('g', g.seq)) % 5 = 0, 'en', 'fr'),
       g.first_at, g.last_at, 0, g.stage,
       TIMESTAMPADD(SECOND, CRC32(CONCAT('s', g.seq)) % GREATEST(1, TIMESTAMPDIFF(SECOND, g.last_at, @now)), g.last_at),
       s.user_id,
       IF(g.stage = 'LOST', ELT(1 + CRC32(CONCAT('r', g.seq)) % 5, 'Sans réponse', 'A choisi un autre établissement',
           'CAQ refusé', 'Permis d''études refusé', 'Capacité financière insuffisante'), NULL),
       NULL
FROM (SELECT seq,
             FLOOR(40 * POW((CRC32(CONCAT('t', seq)) % 1000003) / 1000003, 2)) AS centre,
             ELT(1 + CRC32(CONCAT('c', seq)) % 20, 'SN', 'SN', 'SN', 'MA', 'MA', 'CI', 'CI', 'FR', 'FR', 'CM', 'TN',
                 'DZ', 'BJ', 'ML', 'BF', 'MG', 'VN', 'BR', 'MX', 'CO') AS country,
             CASE WHEN CRC32(CONCAT('st', seq)) % 100 < 25 THEN 'NEW'
                  WHEN CRC32(CONCAT('st', seq)) % 100 < 45 THEN 'CONTACTED'
                  WHEN CRC32(CONCAT('st', seq)) % 100 < 57 THEN 'QUALIFIED'
                  WHEN CRC32(CONCAT('st', seq)) % 100 < 65 THEN 'APPLIED'
                  WHEN CRC32(CONCAT('st', seq)) % 100 < 70 THEN 'ADMITTED'
                  WHEN CRC32(CONCAT('st', seq)) % 100 < 73 THEN 'CAQ_OBTAINED'
                  WHEN CRC32(CONCAT('st', seq)) % 100 < 75 THEN 'STUDY_PERMIT_OBTAINED'
                  WHEN CRC32(CONCAT('st', seq)) % 100 < 77 THEN 'ENROLLED'
                  WHEN CRC32(CONCAT('st', seq)) % 100 < 80 THEN 'ARRIVED'
                  ELSE 'LOST' END AS stage,
             TIMESTAMPADD(MINUTE, -(CRC32(CONCAT('a', seq)) % (3 * 365 * 24 * 60)), @now) AS first_at,
             LEAST(@now, TIMESTAMPADD(MINUTE, CRC32(CONCAT('b', seq)) % (120 * 24 * 60),
                   TIMESTAMPADD(MINUTE, -(CRC32(CONCAT('a', seq)) % (3 * 365 * 24 * 60)), @now))) AS last_at
      FROM seq_1_to_1000000) g
JOIN bench_centre c ON c.n = g.centre
LEFT JOIN bench_staff s ON s.tenant_id = c.tenant_id AND CRC32(CONCAT('o', g.seq)) % 10 <> 0
    AND s.n = CRC32(CONCAT('w', g.seq)) % c.staff;

-- Seven leads in ten came through an information request (the others from fairs and imported lists).
INSERT INTO inquiry (id, idempotency_key, request_hash, channel, language, first_name, last_name, email,
                     email_normalized, phone_e164, country_of_residence, citizenship, birth_year, education,
                     french_level, preferred_intake, heard_from, message, utm_source, utm_medium, utm_campaign,
                     received_at, routed_at)
SELECT @inquiry_base + (l.id - @lead_base), CONCAT('bench-', l.id), SHA2(CONCAT('bench-', l.id), 256),
       IF(l.id % 4 = 0, 'API', 'FORM'), l.language, l.first_name, l.last_name, l.email, l.email_normalized,
       l.phone_e164, l.country_of_residence, l.citizenship, 1990 + l.id % 15,
       ELT(1 + l.id % 4, 'SECONDARY', 'VOCATIONAL', 'COLLEGE', 'UNIVERSITY'),
       ELT(1 + l.id % 4, 'NATIVE', 'C1', 'B2', 'A2'),
       CONCAT(2025 + l.id % 3, '-', ELT(1 + l.id % 3, '01', '08', '09')),
       ELT(1 + CRC32(CONCAT('h', l.id)) % 10, 'SEARCH_ENGINE', 'SEARCH_ENGINE', 'SOCIAL_MEDIA', 'SOCIAL_MEDIA',
           'SOCIAL_MEDIA', 'FAIR', 'WEBINAR', 'FRIEND', 'SCHOOL', 'PARTNER'),
       IF(l.id % 3 = 0, 'Bonjour, je voudrais connaître les conditions d''admission et les dates de rentrée.', NULL),
       IF(l.id % 5 = 0, 'facebook', NULL), IF(l.id % 5 = 0, 'social', NULL), IF(l.id % 5 = 0, 'rentree-2026', NULL),
       l.first_inquiry_at, l.first_inquiry_at
FROM lead l
WHERE l.id > @lead_base AND CRC32(CONCAT('i', l.id)) % 10 < 7;

INSERT INTO inquiry_program (inquiry_id, program_id)
SELECT STRAIGHT_JOIN i.id, p.program_id
FROM inquiry i
JOIN lead l ON l.id = @lead_base + (i.id - @inquiry_base)
JOIN bench_centre c ON c.tenant_id = l.tenant_id
JOIN bench_program p ON p.tenant_id = l.tenant_id AND p.n = CRC32(CONCAT('q', i.id)) % c.programs
WHERE i.id > @inquiry_base;
-- A third of the requests name a second program.
INSERT IGNORE INTO inquiry_program (inquiry_id, program_id)
SELECT STRAIGHT_JOIN i.id, p.program_id
FROM inquiry i
JOIN lead l ON l.id = @lead_base + (i.id - @inquiry_base)
JOIN bench_centre c ON c.tenant_id = l.tenant_id
JOIN bench_program p ON p.tenant_id = l.tenant_id AND p.n = CRC32(CONCAT('q2', i.id)) % c.programs
WHERE i.id > @inquiry_base AND i.id % 3 = 0;

INSERT INTO routed_inquiry (id, tenant_id, inquiry_id, lead_id, assigned_to, status, received_at, response_deadline,
                            contacted_at, routed_to_tenant_id, version)
SELECT STRAIGHT_JOIN @routed_base + (i.id - @inquiry_base), l.tenant_id, i.id, l.id, l.owner_id,
       IF(l.stage = 'NEW', 'NEW', 'CLOSED'), i.received_at, TIMESTAMPADD(HOUR, 24, i.received_at),
       IF(l.stage = 'NEW', NULL, TIMESTAMPADD(HOUR, 5, i.received_at)), NULL, 0
FROM inquiry i
JOIN lead l ON l.id = @lead_base + (i.id - @inquiry_base)
WHERE i.id > @inquiry_base;

-- What those requests said, per lead, as the application keeps it for the list's filters (lead_interest, V9): the
-- programs, the intake and how the person heard of us. The server migrated the schema before this script runs, so
-- the migration's own backfill saw none of these rows. Sorted by the table's key, so that rows are appended.
INSERT INTO lead_interest (tenant_id, kind, value, lead_id)
SELECT tenant_id, kind, value, lead_id FROM (
    SELECT r.tenant_id, 'PROGRAM' AS kind, CAST(ip.program_id AS CHAR) AS value, r.lead_id
    FROM routed_inquiry r JOIN inquiry_program ip ON ip.inquiry_id = r.inquiry_id
    WHERE r.id > @routed_base
    UNION ALL
    SELECT r.tenant_id, 'INTAKE', i.preferred_intake, r.lead_id
    FROM routed_inquiry r JOIN inquiry i ON i.id = r.inquiry_id
    WHERE r.id > @routed_base AND i.preferred_intake IS NOT NULL
    UNION ALL
    SELECT r.tenant_id, 'SOURCE', i.heard_from, r.lead_id
    FROM routed_inquiry r JOIN inquiry i ON i.id = r.inquiry_id
    WHERE r.id > @routed_base AND i.heard_from IS NOT NULL) said
ORDER BY tenant_id, kind, value, lead_id;

INSERT INTO lead_tag (lead_id, tenant_id, tag)
SELECT l.id, l.tenant_id, ELT(1 + CRC32(CONCAT('tg', l.id)) % 8, 'prioritaire', 'bourse', 'salon-paris-2026',
       'webinaire-dakar', 'relance', 'dossier-complet', 'francais-a-verifier', 'ambassadeur')
FROM lead l WHERE l.id > @lead_base AND CRC32(CONCAT('tt', l.id)) % 3 = 0;
INSERT IGNORE INTO lead_tag (lead_id, tenant_id, tag)
SELECT l.id, l.tenant_id, ELT(1 + CRC32(CONCAT('tg2', l.id)) % 8, 'prioritaire', 'bourse', 'salon-paris-2026',
       'webinaire-dakar', 'relance', 'dossier-complet', 'francais-a-verifier', 'ambassadeur')
FROM lead l WHERE l.id > @lead_base AND CRC32(CONCAT('tt', l.id)) % 9 = 0;

-- Timelines: one lead in a thousand has 200 entries, the others 1 to 9; the first is the request (or the
-- registration) that brought the person, the others what staff did since, spread up to the stage's date.
-- Ten slices of 100,000 leads, so that no transaction holds five million rows.
DROP PROCEDURE IF EXISTS bench_timelines;
DELIMITER //
CREATE PROCEDURE bench_timelines()
BEGIN
    DECLARE slice INT DEFAULT 0;
    WHILE slice < 10 DO
        INSERT INTO lead_event (tenant_id, lead_id, routed_inquiry_id, kind, actor_id, detail, occurred_at)
        SELECT STRAIGHT_JOIN l.tenant_id, l.id,
               IF(n.seq = 1 AND r.id IS NOT NULL, r.id, NULL),
               IF(n.seq = 1, IF(r.id IS NULL, 'EVENT_REGISTERED', 'REQUEST_RECEIVED'),
                  ELT(1 + CRC32(CONCAT('k', l.id, '-', n.seq)) % 10, 'CALL_LOGGED', 'REPLY_SENT', 'NOTE_ADDED',
                      'NOTE_ADDED', 'EMAIL_SENT', 'STAGE_CHANGED', 'TAGGED', 'TASK_CREATED', 'TASK_DONE',
                      'OWNER_CHANGED')),
               IF(n.seq = 1, NULL, l.owner_id),
               IF(n.seq = 1, NULL, ELT(1 + CRC32(CONCAT('d', l.id, '-', n.seq)) % 4,
                  'Appel : la personne rappellera après ses examens.',
                  'Courriel envoyé avec la liste des documents d''admission.',
                  'Intéressée par la rentrée d''août ; attend la réponse de sa banque.', NULL)),
               TIMESTAMPADD(SECOND,
                   (n.seq - 1) * GREATEST(1, TIMESTAMPDIFF(SECOND, l.first_inquiry_at, l.stage_since)) DIV t.entries,
                   l.first_inquiry_at)
        FROM (SELECT id, IF(id % 1000 = 0, 200, 1 + CRC32(CONCAT('e', id)) % 9) AS entries FROM lead
              WHERE id > @lead_base + slice * 100000 AND id <= @lead_base + (slice + 1) * 100000) t
        JOIN lead l ON l.id = t.id
        JOIN seq_1_to_200 n ON n.seq <= t.entries
        LEFT JOIN routed_inquiry r ON r.id = @routed_base + (l.id - @lead_base) AND r.lead_id = l.id;
        SET slice = slice + 1;
    END WHILE;
END //
DELIMITER ;
CALL bench_timelines();
DROP PROCEDURE bench_timelines;

-- Stage history, as the reports read it: each lead entered NEW when it came, then every stage on the way to the one
-- it stands at, at even intervals up to the day it reached it; a lost lead reached one to five stages first (new up
-- to admitted), then was lost with its reason. About 3,300,000 rows, in ten slices.
DROP PROCEDURE IF EXISTS bench_stage_history;
DELIMITER //
CREATE PROCEDURE bench_stage_history()
BEGIN
    DECLARE slice INT DEFAULT 0;
    WHILE slice < 10 DO
        INSERT INTO lead_stage_change (tenant_id, lead_id, from_stage, from_stage_since, to_stage, to_stage_rank,
                                       lost_reason, changed_at, actor_id, origin)
        SELECT t.tenant_id, t.id,
               IF(n.seq = 0, NULL, ELT(n.seq, 'NEW', 'CONTACTED', 'QUALIFIED', 'APPLIED', 'ADMITTED', 'CAQ_OBTAINED',
                                       'STUDY_PERMIT_OBTAINED', 'ENROLLED', 'ARRIVED')),
               IF(n.seq = 0, NULL, TIMESTAMPADD(SECOND, IF(t.last = 0, 0, (n.seq - 1) * t.span DIV t.last), t.f)),
               IF(t.lost AND n.seq = t.last, 'LOST', ELT(n.seq + 1, 'NEW', 'CONTACTED', 'QUALIFIED', 'APPLIED',
                  'ADMITTED', 'CAQ_OBTAINED', 'STUDY_PERMIT_OBTAINED', 'ENROLLED', 'ARRIVED')),
               IF(t.lost AND n.seq = t.last, NULL, n.seq),
               IF(t.lost AND n.seq = t.last, t.lost_reason, NULL),
               TIMESTAMPADD(SECOND, IF(t.last = 0, 0, n.seq * t.span DIV t.last), t.f),
               IF(n.seq = 0, NULL, t.owner_id),
               IF(n.seq = 0, 'NEW_LEAD', 'STAFF')
        FROM (SELECT id, tenant_id, owner_id, lost_reason, stage = 'LOST' AS lost, first_inquiry_at AS f,
                     GREATEST(0, TIMESTAMPDIFF(SECOND, first_inquiry_at, stage_since)) AS span,
                     IF(stage = 'LOST', 1 + CRC32(CONCAT('lr', id)) % 5,
                        FIELD(stage, 'NEW', 'CONTACTED', 'QUALIFIED', 'APPLIED', 'ADMITTED', 'CAQ_OBTAINED',
                              'STUDY_PERMIT_OBTAINED', 'ENROLLED', 'ARRIVED') - 1) AS last
              FROM lead
              WHERE id > @lead_base + slice * 100000 AND id <= @lead_base + (slice + 1) * 100000) t
        JOIN seq_0_to_9 n ON n.seq <= t.last
        ORDER BY t.id, n.seq;
        SET slice = slice + 1;
    END WHILE;
END //
DELIMITER ;
CALL bench_stage_history();
DROP PROCEDURE bench_stage_history;

DROP TABLE bench_centre, bench_staff, bench_program;
ANALYZE TABLE lead, lead_event, lead_tag, lead_interest, inquiry, inquiry_program, routed_inquiry, lead_stage_change;
