-- An access request is answered by every centre that holds the person: also by a centre that knows an apprentice only
-- by the profile they posted on its showcase, whose part then names no lead.
ALTER TABLE access_request_part MODIFY lead_id BIGINT NULL;
