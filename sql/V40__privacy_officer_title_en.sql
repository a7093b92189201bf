-- The privacy officer's title in English beside the French one, for English pages and e-mails: a title typed in
-- French only stays what English readers see until someone writes its English twin.
ALTER TABLE tenant ADD COLUMN privacy_officer_title_en VARCHAR(200) NULL;
