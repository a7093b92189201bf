-- What a registrant's calendar files add to the event's version for their SEQUENCE: one more when they give up their
-- seat and one more when it is restored, so that the cancellation they receive, and the confirmation of the seat
-- taken again, each carry a higher sequence than the file they hold (RFC 5546), the event itself unchanged. Every
-- registration made so far starts at nothing added, the sequence its files carried.
ALTER TABLE event_registration ADD COLUMN calendar_sequence_offset INT NOT NULL DEFAULT 0;
