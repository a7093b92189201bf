-- A centre's offers as its staff list them (trade, then employer): read in that order from the centre's range,
-- instead of MariaDB choosing to read every centre's offers sector by sector and sort them.
CREATE INDEX ix_offer_list ON offer (tenant_id, trade_fr, employer_name);
