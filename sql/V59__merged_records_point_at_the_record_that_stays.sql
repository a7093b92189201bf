-- A record merged into one that was merged in turn points at the record that stays, not at the one between: the
-- person's page, the search box and the export of their data read the records merged into a lead, one step away.
-- Each statement moves every chain one step closer; six cover chains of up to six merges in a row.
UPDATE `lead` l JOIN `lead` m ON m.id = l.merged_into_id SET l.merged_into_id = m.merged_into_id WHERE m.merged_into_id IS NOT NULL;
UPDATE `lead` l JOIN `lead` m ON m.id = l.merged_into_id SET l.merged_into_id = m.merged_into_id WHERE m.merged_into_id IS NOT NULL;
UPDATE `lead` l JOIN `lead` m ON m.id = l.merged_into_id SET l.merged_into_id = m.merged_into_id WHERE m.merged_into_id IS NOT NULL;
UPDATE `lead` l JOIN `lead` m ON m.id = l.merged_into_id SET l.merged_into_id = m.merged_into_id WHERE m.merged_into_id IS NOT NULL;
UPDATE `lead` l JOIN `lead` m ON m.id = l.merged_into_id SET l.merged_into_id = m.merged_into_id WHERE m.merged_into_id IS NOT NULL;
UPDATE `lead` l JOIN `lead` m ON m.id = l.merged_into_id SET l.merged_into_id = m.merged_into_id WHERE m.merged_into_id IS NOT NULL;
