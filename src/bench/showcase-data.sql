-- The showcase benchmark's data, generated inside MariaDB (its Sequence engine gives seq_1_to_N tables), on top of
-- the benchmark catalogue (TREMPLIN_DEMO_DATA=benchmark: 40 school service centres in their regions, 250 programs
-- each): 16,667 apprentices' profiles, 10,000 of them approved and public, the others waiting for moderation, asked
-- to change or refused; each with one photo in three variants (320, 640 and 1280 pixels wide), 50,001 rows of
-- showcase_photo. Apprentices gather in trades as they do: each centre's profiles are in its first 30 published
-- programs, so about 1,200 programs of every sector have public profiles. Profiles per centre are skewed (the first
-- centres hold more). Values come from CRC32 of the row number with a salt per attribute: no two runs differ.
--
-- The photos' bytes are real JPEGs made by the application's PhotoProcessor, reused by every profile (each row has
-- its own key and ETag): the variables @photo_N, @width_N, @height_N (N = 1 the narrowest) and @variants are set
-- before this script by the file that `src/bench/PhotoProcessing.java variants` writes.
--
-- Run by src/bench/showcase.sh as: cat photos.sql src/bench/showcase-data.sql | mysql DATABASE (MariaDB only).

SET SESSION foreign_key_checks = 0, unique_checks = 0;

DROP TABLE IF EXISTS bench_centre, bench_program;
CREATE TABLE bench_centre (n INT PRIMARY KEY, tenant_id BIGINT NOT NULL UNIQUE, programs INT NOT NULL)
    SELECT ROW_NUMBER() OVER (ORDER BY t.id) - 1 AS n, t.id AS tenant_id,
           LEAST(30, (SELECT COUNT(*) FROM program p WHERE p.tenant_id = t.id AND p.status = 'PUBLISHED')) AS programs
    FROM tenant t WHERE t.kind = 'SCHOOL_BOARD' AND t.active;
DELETE FROM bench_centre WHERE programs = 0;
CREATE TABLE bench_program (tenant_id BIGINT NOT NULL, n INT NOT NULL, program_id BIGINT NOT NULL,
                            PRIMARY KEY (tenant_id, n))
    SELECT p.tenant_id, ROW_NUMBER() OVER (PARTITION BY p.tenant_id ORDER BY p.id) - 1 AS n, p.id AS program_id
    FROM program p JOIN bench_centre c ON c.tenant_id = p.tenant_id WHERE p.status = 'PUBLISHED';
SET @centres = (SELECT COUNT(*) FROM bench_centre);
SET @profile_base = (SELECT COALESCE(MAX(id), 0) + 1000 FROM showcase_profile);
SET @now = TIMESTAMP('2026-12-01 12:00:00');

-- Row g.i: approved for the first 10,000, then waiting (half), asked to change (a quarter) or refused (a quarter).
-- The centre: the square of a uniform number, so that the first centres hold more profiles than the last.
INSERT INTO showcase_profile (id, tenant_id, program_id, status, display_name, trade, workplace, testimony,
                              languages_spoken, email_normalized, language, under_fourteen, others_consented,
                              photo_key, moderation_note, submitted_at, waiting_since, moderated_at, version)
SELECT @profile_base + g.i, c.tenant_id, p.program_id, g.status,
       ELT(1 + CRC32(CONCAT('name', g.i)) % 24, 'Amina', 'Jérémie', 'Léa', 'Mamadou', 'Sophie', 'Karim', 'Émilie',
           'Olivier', 'Fatou', 'Samuel', 'Chloé', 'Youssef', 'Camille', 'Thierry', 'Aïcha', 'Gabriel', 'Noémie',
           'Ibrahima', 'Rosalie', 'William', 'Mariam', 'Félix', 'Océane', 'Hugo'),
       ELT(1 + CRC32(CONCAT('trade', g.i)) % 12, 'Mécanicienne automobile', 'Électricien', 'Soudeur-monteur',
           'Cuisinière', 'Préposé aux bénéficiaires', 'Charpentière-menuisière', 'Plombier', 'Infirmière auxiliaire',
           'Machiniste', 'Coiffeuse', 'Opérateur de machinerie lourde', 'Technicienne en comptabilité'),
       IF(CRC32(CONCAT('work', g.i)) % 3 = 0, NULL, CONCAT('Entreprise ', 1 + CRC32(CONCAT('work', g.i)) % 900)),
       CONCAT(ELT(1 + CRC32(CONCAT('said', g.i)) % 4,
           'J''ai choisi ce métier parce que j''aime travailler de mes mains et voir le résultat à la fin de la journée. ',
           'Mon stage en entreprise m''a ouvert les yeux : on apprend autant sur le terrain qu''en classe. ',
           'Arrivée au Québec il y a deux ans, j''ai trouvé ici une formation courte qui mène à un vrai emploi. ',
           'Mes enseignants connaissent le métier et les employeurs de la région nous attendent. '),
           'Chaque semaine j''apprends quelque chose de nouveau avec mon équipe, et je suis fier de ce que je fais. ',
           'Je recommande la formation professionnelle à tous ceux qui hésitent encore.'),
       ELT(1 + CRC32(CONCAT('speaks', g.i)) % 4, 'français', 'français, anglais', 'français, arabe',
           'français, espagnol, anglais'),
       CONCAT('apprenti', g.i, '@exemple.bench'), IF(CRC32(CONCAT('lang', g.i)) % 5 = 0, 'en', 'fr'), FALSE, TRUE,
       MD5(CONCAT('showcase-photo-', g.i)), IF(g.status IN ('CHANGES_REQUESTED', 'REFUSED'), 'Photo floue.', NULL),
       g.submitted, IF(g.status = 'AWAITING_MODERATION', g.submitted, NULL),
       IF(g.status = 'AWAITING_MODERATION', NULL, g.submitted + INTERVAL (CRC32(CONCAT('wait', g.i)) % 4000) MINUTE),
       0
FROM (SELECT seq AS i,
             CASE WHEN seq <= 10000 THEN 'APPROVED' WHEN seq % 4 < 2 THEN 'AWAITING_MODERATION'
                  WHEN seq % 4 = 2 THEN 'CHANGES_REQUESTED' ELSE 'REFUSED' END AS status,
             @now - INTERVAL (CRC32(CONCAT('sent', seq)) % 525600) MINUTE AS submitted,
             FLOOR(@centres * POW((CRC32(CONCAT('centre', seq)) % 10000) / 10000, 1.6)) AS centre
      FROM seq_1_to_16667) g
JOIN bench_centre c ON c.n = g.centre
JOIN bench_program p ON p.tenant_id = c.tenant_id AND p.n = CRC32(CONCAT('program', g.i)) % c.programs;

-- Each profile's photo, in every variant: the same bytes, each row with its own key and validator.
INSERT INTO showcase_photo (tenant_id, profile_id, photo_key, width, height, content_type, etag, content)
SELECT s.tenant_id, s.id, s.photo_key, ELT(v.seq, @width_1, @width_2, @width_3), ELT(v.seq, @height_1, @height_2,
       @height_3), 'image/jpeg', CONCAT('"', SHA2(CONCAT(s.photo_key, '/', v.seq), 256), '"'),
       CASE v.seq WHEN 1 THEN @photo_1 WHEN 2 THEN @photo_2 ELSE @photo_3 END
FROM showcase_profile s JOIN seq_1_to_3 v ON v.seq <= @variants
WHERE s.email_normalized LIKE '%@exemple.bench';

ANALYZE TABLE showcase_profile, showcase_photo;
DROP TABLE bench_centre, bench_program;
