-- The lead list's search box (kernel.PersonSearch): what staff type is looked for in one text per lead, kept by the
-- database itself from the lead's own columns, so that no writer of leads (the forms, staff, an import's plain JDBC,
-- a merge, an erasure) has to remember it: " first last lastfirst e-mail phone", the names in lower case without
-- apostrophes, hyphens as blanks and the letters the collation keeps apart from their base letters (đ, ł, ø, ħ, ı;
-- œ, æ and ß, which it equals to oe, ae and ss but not in a LIKE) as those letters, the e-mail's dots, @, _ and + as
-- blanks, the phone's digits; cut at 600 characters. The collation compares the rest without accents. Indexed after the centre and the merge, so that a search reads the centre's index entries, not its rows:
-- at a million leads, the 158,000 of a centre in about 0.1 s (docs/benchmarks.md).
ALTER TABLE `lead` ADD COLUMN search_name VARCHAR(600) AS (left(concat(' ',
    replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(lower(coalesce(first_name, '')), '''', ''), '’', ''), 'ʼ', ''), '‘', ''), '`', ''), '-', ' '), 'đ', 'd'), 'ł', 'l'), 'ø', 'o'), 'ħ', 'h'), 'ı', 'i'), 'œ', 'oe'), 'æ', 'ae'), 'ß', 'ss'),
    ' ',
    replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(lower(coalesce(last_name, '')), '''', ''), '’', ''), 'ʼ', ''), '‘', ''), '`', ''), '-', ' '), 'đ', 'd'), 'ł', 'l'), 'ø', 'o'), 'ħ', 'h'), 'ı', 'i'), 'œ', 'oe'), 'æ', 'ae'), 'ß', 'ss'),
    ' ',
    replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(lower(coalesce(last_name, '')), '''', ''), '’', ''), 'ʼ', ''), '‘', ''), '`', ''), '-', ' '), 'đ', 'd'), 'ł', 'l'), 'ø', 'o'), 'ħ', 'h'), 'ı', 'i'), 'œ', 'oe'), 'æ', 'ae'), 'ß', 'ss'),
    replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(lower(coalesce(first_name, '')), '''', ''), '’', ''), 'ʼ', ''), '‘', ''), '`', ''), '-', ' '), 'đ', 'd'), 'ł', 'l'), 'ø', 'o'), 'ħ', 'h'), 'ı', 'i'), 'œ', 'oe'), 'æ', 'ae'), 'ß', 'ss'),
    ' ', replace(replace(replace(replace(coalesce(email_normalized, ''), '.', ' '), '@', ' '), '_', ' '), '+', ' '),
    ' ', replace(coalesce(phone_e164, ''), '+', '')), 600)) VIRTUAL;

CREATE INDEX ix_lead_search ON `lead` (tenant_id, merged_into_id, search_name);
