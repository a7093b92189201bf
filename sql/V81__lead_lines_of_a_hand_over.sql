-- A member of staff leaves and the leads they followed go to a colleague (or to nobody): each lead's line of that
-- hand-over names whom it came from, so that the colleague's lead list can be narrowed to what they received
-- (?handedOverFrom=), the link the colleague's summary of the hand-over gives. A member of staff by id, as actor_id;
-- lines written before this column name nobody.
ALTER TABLE lead_event ADD COLUMN handed_over_from BIGINT NULL;
CREATE INDEX ix_lead_event_handed_over ON lead_event (tenant_id, handed_over_from, lead_id);
