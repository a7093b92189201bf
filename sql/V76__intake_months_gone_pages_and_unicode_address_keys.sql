-- Three things, each in its part.
--
-- 1. The months an intake started in before its start was corrected into another month: the requests that named its
--    program at one of them asked for this intake, and keep it from deletion as its present month's requests do.
CREATE TABLE intake_former_month (
    intake_id   BIGINT  NOT NULL,
    start_month CHAR(7) NOT NULL,
    PRIMARY KEY (intake_id, start_month),
    CONSTRAINT fk_intake_former_month_intake FOREIGN KEY (intake_id) REFERENCES intake (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 2. The public pages that existed and were deleted for good — a program or an offer deleted while public, a showcase
--    profile withdrawn, refused or erased after it was public —, by the part of their address that named them (a slug,
--    a program's type and code, a profile's number): their addresses answer 410 rather than 404. Nothing of what the
--    page said, nor whom it was about.
CREATE TABLE gone_public_page (
    kind      VARCHAR(20)                                      NOT NULL,
    page_key  VARCHAR(200) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    tenant_id BIGINT                                           NOT NULL,
    gone_at   DATETIME(6)                                      NOT NULL,
    PRIMARY KEY (kind, page_key, tenant_id),
    CONSTRAINT fk_gone_public_page_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT ck_gone_public_page_kind CHECK (kind IN ('PROGRAM', 'OFFER', 'SHOWCASE_PROFILE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 3. A person's key writes the domain of their address in Unicode from now on (person.ContactDetails.normalizeEmail):
--    "amina@xn--cole-9oa.ca" and "amina@école.ca" are one person at a centre. The keys stored before kept a domain typed
--    in ASCII as it was typed; they are given the new spelling here, in every table that keeps one.
--
--    Each label "xn--…" is read as Punycode (RFC 3492) by the recursive query below, one step per row, as
--    kernel.Punycode reads it: a label that is no valid Punycode, or whose letters are ASCII or capitals, stays as it is
--    (EmbeddedDatabaseTest compares both on the same addresses). The query walks the domain label by label ('L'), and
--    inside a label reads a digit ('D'), applies it ('S') and, after each letter found, adapts the bias ('A').
CREATE TABLE email_key_respelling (
    old_key VARCHAR(254) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    new_key VARCHAR(254) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    PRIMARY KEY (old_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

INSERT INTO email_key_respelling (old_key, new_key)
WITH RECURSIVE stored_key (k) AS (
    SELECT email_normalized FROM `lead` WHERE email_normalized LIKE '%@%xn--%'
    UNION SELECT email_normalized FROM inquiry WHERE email_normalized LIKE '%@%xn--%'
    UNION SELECT email_normalized FROM event_registration WHERE email_normalized LIKE '%@%xn--%'
    UNION SELECT email_normalized FROM consent_record WHERE email_normalized LIKE '%@%xn--%'
    UNION SELECT email_normalized FROM consent_change WHERE email_normalized LIKE '%@%xn--%'
    UNION SELECT email_normalized FROM preference_link WHERE email_normalized LIKE '%@%xn--%'
    UNION SELECT email_normalized FROM access_request WHERE email_normalized LIKE '%@%xn--%'
    UNION SELECT email_normalized FROM mail_opt_out WHERE email_normalized LIKE '%@%xn--%'
    UNION SELECT email_normalized FROM unsubscribe_link WHERE email_normalized LIKE '%@%xn--%'
    UNION SELECT email_normalized FROM showcase_profile WHERE email_normalized LIKE '%@%xn--%'
),
respelt (k, local_part, done, rest, label, out_, enc, pos, dg, n, i, bias, oldi, w, kk, ad, mode) AS (
    SELECT k,
           CAST(SUBSTRING(k, 1, CHAR_LENGTH(k) - CHAR_LENGTH(SUBSTRING_INDEX(k, '@', -1)) - 1)
               AS CHAR(254) CHARACTER SET utf8mb4),
           CAST(NULL AS CHAR(254) CHARACTER SET utf8mb4),
           CAST(SUBSTRING_INDEX(k, '@', -1) AS CHAR(254) CHARACTER SET utf8mb4),
           CAST('' AS CHAR(254) CHARACTER SET utf8mb4),
           CAST('' AS CHAR(254) CHARACTER SET utf8mb4),
           CAST('' AS CHAR(254) CHARACTER SET utf8mb4),
           CAST(0 AS SIGNED), CAST(NULL AS SIGNED), CAST(128 AS SIGNED), CAST(0 AS SIGNED), CAST(72 AS SIGNED),
           CAST(0 AS SIGNED), CAST(1 AS SIGNED), CAST(36 AS SIGNED), CAST(0 AS SIGNED),
           CAST('L' AS CHAR(1) CHARACTER SET utf8mb4)
    FROM stored_key
    UNION ALL
    SELECT k, local_part,
           -- done: the labels read so far
           CASE
               WHEN mode = 'L' AND rest IS NOT NULL
                    AND NOT (SUBSTRING_INDEX(rest, '.', 1) LIKE 'xn--%'
                             AND LENGTH(SUBSTRING_INDEX(rest, '.', 1)) = CHAR_LENGTH(SUBSTRING_INDEX(rest, '.', 1)))
                   THEN CONCAT_WS('.', done, SUBSTRING_INDEX(rest, '.', 1))
               WHEN mode = 'D' AND pos > CHAR_LENGTH(enc)
                   THEN CONCAT_WS('.', done, CASE WHEN kk = 36 AND LENGTH(out_) > CHAR_LENGTH(out_)
                                                       AND CAST(out_ AS BINARY) = CAST(LOWER(out_) AS BINARY)
                                                  THEN out_ ELSE label END)
               WHEN mode = 'S' AND (dg IS NULL OR i + dg * w > 2147483647
                                    OR (dg < CASE WHEN kk <= bias THEN 1 WHEN kk >= bias + 26 THEN 26 ELSE kk - bias END
                                        AND (n + (i + dg * w) DIV (CHAR_LENGTH(out_) + 1) > 1114111
                                             OR n + (i + dg * w) DIV (CHAR_LENGTH(out_) + 1) BETWEEN 55296 AND 57343)))
                   THEN CONCAT_WS('.', done, label)
               ELSE done
           END,
           -- rest: the labels still to read
           CASE WHEN mode = 'L' THEN CASE WHEN LOCATE('.', rest) > 0 THEN SUBSTRING(rest, LOCATE('.', rest) + 1) END
                ELSE rest END,
           -- label: the label being read, as stored
           CASE WHEN mode = 'L' AND rest IS NOT NULL THEN SUBSTRING_INDEX(rest, '.', 1) ELSE label END,
           -- out_: the letters found so far; enc: the digits after the label's last hyphen
           CASE
               WHEN mode = 'L' AND rest IS NOT NULL
                   -- the letters before the last hyphen, when one is there with something before it
                   THEN CASE WHEN LOCATE('-', REVERSE(SUBSTRING(SUBSTRING_INDEX(rest, '.', 1), 5))) > 0
                                  AND LOCATE('-', REVERSE(SUBSTRING(SUBSTRING_INDEX(rest, '.', 1), 5)))
                                      < CHAR_LENGTH(SUBSTRING(SUBSTRING_INDEX(rest, '.', 1), 5))
                             THEN LEFT(SUBSTRING(SUBSTRING_INDEX(rest, '.', 1), 5),
                                       CHAR_LENGTH(SUBSTRING(SUBSTRING_INDEX(rest, '.', 1), 5))
                                       - LOCATE('-', REVERSE(SUBSTRING(SUBSTRING_INDEX(rest, '.', 1), 5))))
                             ELSE '' END
               WHEN mode = 'S' AND dg IS NOT NULL
                    AND dg < CASE WHEN kk <= bias THEN 1 WHEN kk >= bias + 26 THEN 26 ELSE kk - bias END
                    AND i + dg * w <= 2147483647
                   THEN CONCAT(LEFT(out_, (i + dg * w) MOD (CHAR_LENGTH(out_) + 1)),
                               -- the code point in UTF-8, byte by byte; none for a surrogate or beyond Unicode
                               CASE
                                   WHEN n + (i + dg * w) DIV (CHAR_LENGTH(out_) + 1) BETWEEN 55296 AND 57343 THEN ''
                                   WHEN n + (i + dg * w) DIV (CHAR_LENGTH(out_) + 1) < 2048 THEN CHAR(
                                       192 + (n + (i + dg * w) DIV (CHAR_LENGTH(out_) + 1)) DIV 64,
                                       128 + (n + (i + dg * w) DIV (CHAR_LENGTH(out_) + 1)) MOD 64 USING utf8mb4)
                                   WHEN n + (i + dg * w) DIV (CHAR_LENGTH(out_) + 1) < 65536 THEN CHAR(
                                       224 + (n + (i + dg * w) DIV (CHAR_LENGTH(out_) + 1)) DIV 4096,
                                       128 + (n + (i + dg * w) DIV (CHAR_LENGTH(out_) + 1)) DIV 64 MOD 64,
                                       128 + (n + (i + dg * w) DIV (CHAR_LENGTH(out_) + 1)) MOD 64 USING utf8mb4)
                                   WHEN n + (i + dg * w) DIV (CHAR_LENGTH(out_) + 1) <= 1114111 THEN CHAR(
                                       240 + (n + (i + dg * w) DIV (CHAR_LENGTH(out_) + 1)) DIV 262144,
                                       128 + (n + (i + dg * w) DIV (CHAR_LENGTH(out_) + 1)) DIV 4096 MOD 64,
                                       128 + (n + (i + dg * w) DIV (CHAR_LENGTH(out_) + 1)) DIV 64 MOD 64,
                                       128 + (n + (i + dg * w) DIV (CHAR_LENGTH(out_) + 1)) MOD 64 USING utf8mb4)
                                   ELSE '' END,
                               SUBSTRING(out_, (i + dg * w) MOD (CHAR_LENGTH(out_) + 1) + 1))
               ELSE out_
           END,
           CASE
               WHEN mode = 'L' AND rest IS NOT NULL
                   THEN CASE WHEN LOCATE('-', REVERSE(SUBSTRING(SUBSTRING_INDEX(rest, '.', 1), 5))) > 0
                                  AND LOCATE('-', REVERSE(SUBSTRING(SUBSTRING_INDEX(rest, '.', 1), 5)))
                                      < CHAR_LENGTH(SUBSTRING(SUBSTRING_INDEX(rest, '.', 1), 5))
                             THEN RIGHT(SUBSTRING(SUBSTRING_INDEX(rest, '.', 1), 5),
                                        LOCATE('-', REVERSE(SUBSTRING(SUBSTRING_INDEX(rest, '.', 1), 5))) - 1)
                             ELSE SUBSTRING(SUBSTRING_INDEX(rest, '.', 1), 5) END
               ELSE enc
           END,
           -- pos: the next digit to read
           CASE WHEN mode = 'L' THEN 1 WHEN mode = 'S' THEN pos + 1 ELSE pos END,
           -- dg: the digit read, null for a character that is none
           CASE WHEN mode = 'D' AND pos <= CHAR_LENGTH(enc) THEN
               CASE WHEN ASCII(SUBSTRING(enc, pos, 1)) BETWEEN 97 AND 122 THEN ASCII(SUBSTRING(enc, pos, 1)) - 97
                    WHEN ASCII(SUBSTRING(enc, pos, 1)) BETWEEN 48 AND 57 THEN ASCII(SUBSTRING(enc, pos, 1)) - 22 END
               ELSE NULL END,
           -- n: the code point last inserted
           CASE WHEN mode = 'L' THEN 128
                WHEN mode = 'S' AND dg IS NOT NULL
                     AND dg < CASE WHEN kk <= bias THEN 1 WHEN kk >= bias + 26 THEN 26 ELSE kk - bias END
                    THEN n + (i + dg * w) DIV (CHAR_LENGTH(out_) + 1)
                ELSE n END,
           -- i: where the next letter goes, and the delta being read
           CASE WHEN mode = 'L' THEN 0
                WHEN mode = 'S' AND dg IS NOT NULL
                     AND dg < CASE WHEN kk <= bias THEN 1 WHEN kk >= bias + 26 THEN 26 ELSE kk - bias END
                    THEN (i + dg * w) MOD (CHAR_LENGTH(out_) + 1) + 1
                WHEN mode = 'S' AND dg IS NOT NULL AND i + dg * w <= 2147483647 THEN i + dg * w
                ELSE i END,
           -- bias, adapted after each letter: k + 36 * d DIV (d + 38), d divided by 35 while above 455, k 36 each time
           CASE WHEN mode = 'L' THEN 72
                WHEN mode = 'A' THEN CASE
                    WHEN ad <= 455 THEN (36 * ad) DIV (ad + 38)
                    WHEN ad DIV 35 <= 455 THEN 36 + (36 * (ad DIV 35)) DIV (ad DIV 35 + 38)
                    WHEN ad DIV 1225 <= 455 THEN 72 + (36 * (ad DIV 1225)) DIV (ad DIV 1225 + 38)
                    WHEN ad DIV 42875 <= 455 THEN 108 + (36 * (ad DIV 42875)) DIV (ad DIV 42875 + 38)
                    WHEN ad DIV 1500625 <= 455 THEN 144 + (36 * (ad DIV 1500625)) DIV (ad DIV 1500625 + 38)
                    WHEN ad DIV 52521875 <= 455 THEN 180 + (36 * (ad DIV 52521875)) DIV (ad DIV 52521875 + 38)
                    ELSE 216 + (36 * (ad DIV 1838265625)) DIV (ad DIV 1838265625 + 38) END
                ELSE bias END,
           -- oldi: i when the delta being read began
           CASE WHEN mode = 'L' THEN 0 WHEN mode = 'A' THEN i ELSE oldi END,
           -- w and kk: the weight and threshold's step of the digit being read
           CASE WHEN mode = 'L' THEN 1
                WHEN mode = 'S' AND dg IS NOT NULL
                     AND dg >= CASE WHEN kk <= bias THEN 1 WHEN kk >= bias + 26 THEN 26 ELSE kk - bias END
                    THEN w * (36 - CASE WHEN kk <= bias THEN 1 WHEN kk >= bias + 26 THEN 26 ELSE kk - bias END)
                WHEN mode = 'S' THEN 1
                ELSE w END,
           CASE WHEN mode = 'L' THEN 36
                WHEN mode = 'S' AND dg IS NOT NULL
                     AND dg >= CASE WHEN kk <= bias THEN 1 WHEN kk >= bias + 26 THEN 26 ELSE kk - bias END
                    THEN kk + 36
                WHEN mode = 'S' THEN 36
                ELSE kk END,
           -- ad: the delta to adapt the bias by, once a letter is found
           CASE WHEN mode = 'S' AND dg IS NOT NULL
                     AND dg < CASE WHEN kk <= bias THEN 1 WHEN kk >= bias + 26 THEN 26 ELSE kk - bias END
                    THEN CASE WHEN oldi = 0 THEN (i + dg * w - oldi) DIV 700 ELSE (i + dg * w - oldi) DIV 2 END
                         + CASE WHEN oldi = 0 THEN (i + dg * w - oldi) DIV 700 ELSE (i + dg * w - oldi) DIV 2 END
                           DIV (CHAR_LENGTH(out_) + 1)
                ELSE ad END,
           -- mode: what the next step does
           CASE
               WHEN mode = 'L' AND rest IS NULL THEN 'E'
               WHEN mode = 'L' AND SUBSTRING_INDEX(rest, '.', 1) LIKE 'xn--%'
                    AND LENGTH(SUBSTRING_INDEX(rest, '.', 1)) = CHAR_LENGTH(SUBSTRING_INDEX(rest, '.', 1)) THEN 'D'
               WHEN mode = 'L' THEN 'L'
               WHEN mode = 'D' AND pos > CHAR_LENGTH(enc) THEN 'L'
               WHEN mode = 'D' THEN 'S'
               WHEN mode = 'S' AND (dg IS NULL OR i + dg * w > 2147483647) THEN 'L'
               WHEN mode = 'S' AND dg < CASE WHEN kk <= bias THEN 1 WHEN kk >= bias + 26 THEN 26 ELSE kk - bias END
                   THEN CASE WHEN n + (i + dg * w) DIV (CHAR_LENGTH(out_) + 1) > 1114111
                                  OR n + (i + dg * w) DIV (CHAR_LENGTH(out_) + 1) BETWEEN 55296 AND 57343
                             THEN 'L' ELSE 'A' END
               WHEN mode = 'S' THEN 'D'
               ELSE 'D'
           END
    FROM respelt
    WHERE mode <> 'E'
)
SELECT k, CONCAT(local_part, '@', done)
FROM respelt
WHERE mode = 'E' AND CAST(CONCAT(local_part, '@', done) AS BINARY) <> CAST(k AS BINARY);

-- The leads. A lead whose new key another lead of its centre already holds (the same person came twice, once under
-- each spelling) keeps its key: the two are not merged without anyone. Each of the two says so on its timeline, naming
-- the other record, and the lead page lists the other among its possible duplicates, for staff to merge.
UPDATE IGNORE `lead` l
JOIN email_key_respelling r ON r.old_key = l.email_normalized
SET l.email_normalized = r.new_key
WHERE NOT EXISTS (SELECT 1 FROM (SELECT tenant_id, email_normalized FROM `lead`) same
                  WHERE same.tenant_id = l.tenant_id AND same.email_normalized = r.new_key);

INSERT INTO lead_event (tenant_id, lead_id, kind, actor_id, detail, occurred_at)
SELECT kept.tenant_id, kept.id, 'SAME_ADDRESS_KEPT_APART', NULL, CAST(other.id AS CHAR), UTC_TIMESTAMP(6)
FROM `lead` kept
JOIN email_key_respelling r ON r.old_key = kept.email_normalized
JOIN `lead` other ON other.tenant_id = kept.tenant_id AND other.email_normalized = r.new_key
WHERE kept.merged_into_id IS NULL AND other.merged_into_id IS NULL;

INSERT INTO lead_event (tenant_id, lead_id, kind, actor_id, detail, occurred_at)
SELECT other.tenant_id, other.id, 'SAME_ADDRESS_KEPT_APART', NULL, CAST(kept.id AS CHAR), UTC_TIMESTAMP(6)
FROM `lead` kept
JOIN email_key_respelling r ON r.old_key = kept.email_normalized
JOIN `lead` other ON other.tenant_id = kept.tenant_id AND other.email_normalized = r.new_key
WHERE kept.merged_into_id IS NULL AND other.merged_into_id IS NULL;

-- A registration to an event under each spelling stays two registrations, as it was. The registrations that would
-- meet another of the same event under the new key are left out by the query itself (a copy of the keys, read before
-- the update), rather than by IGNORE alone, which would also hide any other refusal.
UPDATE IGNORE event_registration g
JOIN email_key_respelling r ON r.old_key = g.email_normalized
SET g.email_normalized = r.new_key
WHERE NOT EXISTS (SELECT 1 FROM (SELECT event_id, email_normalized FROM event_registration) same
                  WHERE same.event_id = g.event_id AND same.email_normalized = r.new_key);

-- An unsubscribing is never lost: it is written under the new key, and stays under the old one while a lead of the
-- centre still holds that key (kept apart above).
INSERT IGNORE INTO mail_opt_out (tenant_id, email_normalized, opted_out_at, channel, ip_address)
SELECT o.tenant_id, r.new_key, o.opted_out_at, o.channel, o.ip_address
FROM mail_opt_out o
JOIN email_key_respelling r ON r.old_key = o.email_normalized;

DELETE o FROM mail_opt_out o
JOIN email_key_respelling r ON r.old_key = o.email_normalized
WHERE NOT EXISTS (SELECT 1 FROM `lead` l WHERE l.tenant_id = o.tenant_id AND l.email_normalized = o.email_normalized);

-- Everything else that finds a person by their address.
UPDATE inquiry t JOIN email_key_respelling r ON r.old_key = t.email_normalized SET t.email_normalized = r.new_key;
UPDATE consent_record t JOIN email_key_respelling r ON r.old_key = t.email_normalized
SET t.email_normalized = r.new_key;
UPDATE consent_change t JOIN email_key_respelling r ON r.old_key = t.email_normalized
SET t.email_normalized = r.new_key;
UPDATE preference_link t JOIN email_key_respelling r ON r.old_key = t.email_normalized
SET t.email_normalized = r.new_key;
UPDATE access_request t JOIN email_key_respelling r ON r.old_key = t.email_normalized
SET t.email_normalized = r.new_key;
-- An unsubscribe link stays under the old key while a record of its centre kept apart holds that key: used, it leaves
-- out that record, which bulk e-mail reaches at the old key (the new key's record has links of its own).
UPDATE unsubscribe_link t JOIN email_key_respelling r ON r.old_key = t.email_normalized
SET t.email_normalized = r.new_key
WHERE NOT EXISTS (SELECT 1 FROM `lead` l WHERE l.tenant_id = t.tenant_id AND l.email_normalized = r.old_key
                  AND l.merged_into_id IS NULL);
UPDATE showcase_profile t JOIN email_key_respelling r ON r.old_key = t.email_normalized
SET t.email_normalized = r.new_key;

DROP TABLE email_key_respelling;
