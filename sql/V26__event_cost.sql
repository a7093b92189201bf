-- What an event cost its centre (travel, stand, advertising), in Canadian dollars, when staff give it: the funnel
-- report's event results divide it by the new leads and the enrolments the event brought.
ALTER TABLE event ADD COLUMN cost_cad DECIMAL(12, 2) NULL;
ALTER TABLE event ADD CONSTRAINT ck_event_cost CHECK (cost_cad IS NULL OR cost_cad >= 0);
