-- The lead list and the board at the scale of the whole network (a million leads, a centre with 160,000 of them):
-- each filter the list offers has an index that starts with the centre and leaves out merged leads, so that a page
-- sorted by the latest request reads about as many entries as it shows, and counts by stage (the board's columns,
-- with or without a country or an owner) are read from the index alone. The query plans are in docs/benchmarks.md.
-- Replaces ix_lead_owner, which did not know merged leads nor the sort.
ALTER TABLE `lead`
    ADD INDEX ix_lead_pipeline_stage (tenant_id, merged_into_id, stage, last_inquiry_at),
    ADD INDEX ix_lead_pipeline_country (tenant_id, merged_into_id, country_of_residence, stage, last_inquiry_at),
    ADD INDEX ix_lead_pipeline_owner (tenant_id, merged_into_id, owner_id, stage, last_inquiry_at),
    DROP INDEX ix_lead_owner;
