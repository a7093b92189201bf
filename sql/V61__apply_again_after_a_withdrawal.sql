-- A person whose application to an offer was withdrawn (by them, or by staff on their word) may apply to it again:
-- one application per person and offer that is open or decided, any number withdrawn. The column is the lead for
-- every application but a withdrawn one, and NULLs never clash in a unique index. The new index, which starts with
-- the offer as the old one did, serves the offer's foreign key before the old one goes.
ALTER TABLE offer_application
    ADD COLUMN standing_lead_id BIGINT AS (CASE WHEN status = 'WITHDRAWN' THEN NULL ELSE lead_id END) VIRTUAL,
    ADD CONSTRAINT uk_offer_application_standing UNIQUE (offer_id, standing_lead_id);
ALTER TABLE offer_application DROP INDEX uk_offer_application;
