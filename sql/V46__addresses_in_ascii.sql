-- A program's and an offer's address (slug) is made of a-z, 0-9 and hyphens only, and their search text spells
-- "œ" and "æ" as "oe" and "ae" (catalog.SearchText): a title with "œuvre", "Cœur" or another script's letters was
-- listed at an address the site answered 404, and "oeuvre" found nothing. Addresses already so written are left
-- as they are; the others are written again the same way (their earlier form never opened).

UPDATE program SET search_text = REPLACE(REPLACE(search_text, 'œ', 'oe'), 'æ', 'ae');
UPDATE offer SET search_text = REPLACE(REPLACE(search_text, 'œ', 'oe'), 'æ', 'ae');

UPDATE program
   SET slug_fr = TRIM(BOTH '-' FROM REGEXP_REPLACE(REPLACE(REPLACE(slug_fr, 'œ', 'oe'), 'æ', 'ae'),
                                                   '[^a-z0-9]+', '-'))
 WHERE slug_fr COLLATE utf8mb4_bin REGEXP '[^a-z0-9-]';
UPDATE program
   SET slug_en = TRIM(BOTH '-' FROM REGEXP_REPLACE(REPLACE(REPLACE(slug_en, 'œ', 'oe'), 'æ', 'ae'),
                                                   '[^a-z0-9]+', '-'))
 WHERE slug_en COLLATE utf8mb4_bin REGEXP '[^a-z0-9-]';

-- An offer's address is unique in its centre: the offer's number at its end keeps it so.
UPDATE offer
   SET slug = CONCAT_WS('-', NULLIF(TRIM(BOTH '-' FROM REGEXP_REPLACE(REPLACE(REPLACE(slug, 'œ', 'oe'), 'æ', 'ae'),
                                                                     '[^a-z0-9]+', '-')), ''), id)
 WHERE slug COLLATE utf8mb4_bin REGEXP '[^a-z0-9-]';
