-- The lead's search text (V51) also holds each name with its apostrophes read as blanks: the part after an elided
-- article or particle is a word of its own, so that "amour" finds D'Amour and "brien" O'Brien, as "damour" and
-- "obrien" (the apostrophe left out) still do. Everything else is folded as V51 folds it.
DROP INDEX ix_lead_search ON `lead`;
ALTER TABLE `lead` DROP COLUMN search_name;
ALTER TABLE `lead` ADD COLUMN search_name VARCHAR(600) AS (left(concat(' ',
    replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(lower(coalesce(first_name, '')), '''', ''), '’', ''), 'ʼ', ''), '‘', ''), '`', ''), '-', ' '), 'đ', 'd'), 'ł', 'l'), 'ø', 'o'), 'ħ', 'h'), 'ı', 'i'), 'œ', 'oe'), 'æ', 'ae'), 'ß', 'ss'), char(0xE2808C using utf8mb4), ' '), char(0xE2808D using utf8mb4), ' '),
    ' ',
    replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(lower(coalesce(last_name, '')), '''', ''), '’', ''), 'ʼ', ''), '‘', ''), '`', ''), '-', ' '), 'đ', 'd'), 'ł', 'l'), 'ø', 'o'), 'ħ', 'h'), 'ı', 'i'), 'œ', 'oe'), 'æ', 'ae'), 'ß', 'ss'), char(0xE2808C using utf8mb4), ' '), char(0xE2808D using utf8mb4), ' '),
    ' ',
    replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(lower(coalesce(last_name, '')), '''', ''), '’', ''), 'ʼ', ''), '‘', ''), '`', ''), '-', ' '), 'đ', 'd'), 'ł', 'l'), 'ø', 'o'), 'ħ', 'h'), 'ı', 'i'), 'œ', 'oe'), 'æ', 'ae'), 'ß', 'ss'), char(0xE2808C using utf8mb4), ''), char(0xE2808D using utf8mb4), ''),
    replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(lower(coalesce(first_name, '')), '''', ''), '’', ''), 'ʼ', ''), '‘', ''), '`', ''), '-', ' '), 'đ', 'd'), 'ł', 'l'), 'ø', 'o'), 'ħ', 'h'), 'ı', 'i'), 'œ', 'oe'), 'æ', 'ae'), 'ß', 'ss'), char(0xE2808C using utf8mb4), ''), char(0xE2808D using utf8mb4), ''),
    ' ', replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(lower(coalesce(first_name, '')), '''', ' '), '’', ' '), 'ʼ', ' '), '‘', ' '), '`', ' '), '-', ' '), 'đ', 'd'), 'ł', 'l'), 'ø', 'o'), 'ħ', 'h'), 'ı', 'i'), 'œ', 'oe'), 'æ', 'ae'), 'ß', 'ss'), char(0xE2808C using utf8mb4), ' '), char(0xE2808D using utf8mb4), ' '),
    ' ', replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(lower(coalesce(last_name, '')), '''', ' '), '’', ' '), 'ʼ', ' '), '‘', ' '), '`', ' '), '-', ' '), 'đ', 'd'), 'ł', 'l'), 'ø', 'o'), 'ħ', 'h'), 'ı', 'i'), 'œ', 'oe'), 'æ', 'ae'), 'ß', 'ss'), char(0xE2808C using utf8mb4), ' '), char(0xE2808D using utf8mb4), ' '),
    ' ', replace(replace(replace(replace(coalesce(email_normalized, ''), '.', ' '), '@', ' '), '_', ' '), '+', ' '),
    ' ', replace(coalesce(phone_e164, ''), '+', '')), 600)) VIRTUAL;
CREATE INDEX ix_lead_search ON `lead` (tenant_id, merged_into_id, search_name);
