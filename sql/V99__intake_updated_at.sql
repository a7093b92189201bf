-- When an intake last changed, as a program keeps its own: the sitemap's date of a program's page is the latest of the
-- program's and its intakes', since the page lists its intakes (their dates, seats and status) and a search engine
-- reads again only a page whose date moved. Set on every write of an intake by the application.
--
-- An intake written before has no such time: it takes its program's, the last the page is known to have changed at,
-- which moves no page's date; one without a program (none should be) takes now.
ALTER TABLE intake ADD COLUMN updated_at DATETIME(6) NULL;

UPDATE intake i JOIN program p ON p.id = i.program_id SET i.updated_at = p.updated_at;
UPDATE intake SET updated_at = UTC_TIMESTAMP(6) WHERE updated_at IS NULL;

ALTER TABLE intake MODIFY updated_at DATETIME(6) NOT NULL;
