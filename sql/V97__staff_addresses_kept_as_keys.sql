-- Staff addresses kept before they were kept as a person's key is (security.UserAccount.normalizeEmail, that is
-- kernel.EmailAddresses.key): an address pasted with capitals, blanks or an invisible character around it, as
-- "Name <address>" or "mailto:address", with a dot after its domain, or with its domain in ASCII ("xn--cole-9oa.ca").
-- The users list's search and the routing settings' mapping compare addresses with the key as it is written now, and
-- did not find these. Each is written here as the application writes it, in three steps.
--
-- Two accounts that would become one address (one was invited as "Marie@CSS.ca", the other as "marie@css.ca") are not
-- merged: an account is a person's sign-in, history and work, which no migration may give to someone else. Both keep
-- the address they have, and an admin deactivates the one that is not used; the sign-in finds the account whose
-- address is the key, or the oldest of the spellings (security.UserAccountRepository.findByEmail). An address longer
-- than an account keeps once its domain is read in Unicode is left as it is too.
CREATE TABLE staff_address_respelling (
    id        BIGINT NOT NULL,
    new_email VARCHAR(1000) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- 1. The address as meant (kernel.EmailAddresses.asMeant), in lower case: without the invisible characters a paste
--    brings (zero-width spaces and joiners, direction marks, the word joiner, the byte-order mark, the soft hyphen),
--    the blanks around it (no-break spaces included), the name around "Name <address>", a "mailto:" before it, the dots
--    after its domain. Written from the inside out: each step reads the one below it.
INSERT INTO staff_address_respelling (id, new_email)
SELECT id, LOWER(CASE WHEN s5 REGEXP '@[^@]*[^.@][.]+$' THEN REGEXP_REPLACE(s5, '[.]+$', '') ELSE s5 END)
FROM (SELECT id, REGEXP_REPLACE(CASE WHEN LOWER(s4) LIKE 'mailto:%' THEN SUBSTRING(s4, 8) ELSE s4 END,
                                '^[[:space:]]+|[[:space:]]+$', '') AS s5
      FROM (SELECT id, REGEXP_REPLACE(CASE WHEN s3 REGEXP '^[^<>]*<[^<>]+>[[:space:]]*$'
                                               THEN SUBSTRING_INDEX(SUBSTRING_INDEX(s3, '>', 1), '<', -1)
                                           ELSE s3 END, '^[[:space:]]+|[[:space:]]+$', '') AS s4
            FROM (SELECT id, REGEXP_REPLACE(
                                 REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(email,
                                     CHAR(0xE2808B USING utf8mb4), ''), CHAR(0xE2808C USING utf8mb4), ''),
                                     CHAR(0xE2808D USING utf8mb4), ''), CHAR(0xE2808E USING utf8mb4), ''),
                                     CHAR(0xE2808F USING utf8mb4), ''), CHAR(0xE281A0 USING utf8mb4), ''),
                                     CHAR(0xEFBBBF USING utf8mb4), ''), CHAR(0xC2AD USING utf8mb4), ''),
                                     CHAR(0xC2A0 USING utf8mb4), ' '),
                                 '^[[:space:]]+|[[:space:]]+$', '') AS s3
                  FROM user_account) cleaned) unnamed) unprefixed;

-- 2. Its domain in Unicode, each label "xn--…" read as Punycode (RFC 3492) exactly as V76 read a person's keys (the
--    same query, see there; EmbeddedDatabaseTest checks both): a label that is no valid Punycode, or whose letters
--    are ASCII or capitals, stays as it is.
CREATE TABLE staff_address_unicode (
    old_key VARCHAR(1000) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    new_key VARCHAR(1000) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

INSERT INTO staff_address_unicode (old_key, new_key)
WITH RECURSIVE stored_key (k) AS (
    SELECT DISTINCT new_email FROM staff_address_respelling WHERE new_email LIKE '%@%xn--%'
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

UPDATE staff_address_respelling s JOIN staff_address_unicode u ON u.old_key = s.new_email SET s.new_email = u.new_key;

-- 3. Written where it changes the address, fits an account and is no other account's address, now or once respelt
--    (both left as they are, above).
UPDATE user_account a
JOIN staff_address_respelling s ON s.id = a.id
SET a.email = s.new_email
WHERE CAST(s.new_email AS BINARY) <> CAST(a.email AS BINARY)
  AND s.new_email <> '' AND CHAR_LENGTH(s.new_email) <= 254
  AND NOT EXISTS (SELECT 1 FROM staff_address_respelling other WHERE other.id <> s.id AND other.new_email = s.new_email);

DROP TABLE staff_address_unicode;
DROP TABLE staff_address_respelling;
