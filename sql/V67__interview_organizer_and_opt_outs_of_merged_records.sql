-- Who an interview's calendar files name as organiser, fixed by the first file that names one: a move or a
-- cancellation from another organiser is ignored by the candidate's calendar, which would keep a wrong time or an
-- interview cancelled since.
ALTER TABLE interview
    ADD COLUMN organizer_name  VARCHAR(200) NULL,
    ADD COLUMN organizer_email VARCHAR(254) NULL;

-- Interviews invited before: their files named the centre, at its contact address, by its name in the candidate's
-- language (the language of the application's first consent, else the person's), as they were written then. A centre
-- without a contact address sent plain files, which named nobody: those are left for the next file to fix. (The
-- member of staff who sets an interview is named its organiser by the version that brings this migration: no file
-- sent before it named one.)
UPDATE interview i
    JOIN offer_application a ON a.id = i.application_id
    JOIN `lead` l ON l.id = a.lead_id
    JOIN tenant t ON t.id = i.tenant_id
SET i.organizer_email = TRIM(t.contact_email),
    i.organizer_name  = CASE
        WHEN LOWER(TRIM(COALESCE((SELECT c.language FROM consent_record c WHERE c.offer_application_id = a.id
                                  ORDER BY c.id LIMIT 1), l.language, ''))) LIKE 'en%' THEN t.name_en
        ELSE t.name_fr END
WHERE i.organizer_email IS NULL
  AND t.contact_email IS NOT NULL
  AND TRIM(t.contact_email) <> '';

-- A person who unsubscribed from a centre's bulk e-mail at the address of a record merged since into another: the
-- record that stays is written to at its own address, which is left out too, as of when they unsubscribed (a merge
-- does it from now on). Each merged record is followed to the live record it ended in, however many merges ago (a
-- chain going round, which no merge makes, is left after 100 steps, ending in no live record); of several
-- unsubscriptions that reach one address, the first said is kept. A person who gave their consent to news again since
-- (on their preferences page, or with a request, a registration or an application of the record that stays) asked
-- for the centre's news after they unsubscribed: nothing is carried over for them.
INSERT IGNORE INTO mail_opt_out (tenant_id, email_normalized, opted_out_at, channel, ip_address)
WITH RECURSIVE survivor (lead_id, live_id, merged_into_id, steps) AS (
    SELECT l.id, l.id, l.merged_into_id, 0
    FROM `lead` l
    WHERE l.merged_into_id IS NOT NULL
    UNION ALL
    SELECT s.lead_id, l.id, l.merged_into_id, s.steps + 1
    FROM survivor s
    JOIN `lead` l ON l.id = s.merged_into_id
    WHERE s.steps < 100
)
SELECT live.tenant_id, live.email_normalized, o.opted_out_at, o.channel, o.ip_address
FROM survivor s
JOIN `lead` merged ON merged.id = s.lead_id
JOIN mail_opt_out o ON o.tenant_id = merged.tenant_id AND o.email_normalized = merged.email_normalized
JOIN `lead` live ON live.id = s.live_id
WHERE s.merged_into_id IS NULL
  AND live.erased_at IS NULL
  AND live.email_normalized IS NOT NULL
  AND live.tenant_id = merged.tenant_id
  AND NOT EXISTS (SELECT 1 FROM consent_change x
                  WHERE x.lead_id = live.id AND x.purpose = 'NEWS' AND x.granted AND x.changed_at > o.opted_out_at)
  AND NOT EXISTS (SELECT 1 FROM routed_inquiry r JOIN consent_record c ON c.inquiry_id = r.inquiry_id
                  WHERE r.lead_id = live.id AND c.purpose = 'NEWS' AND c.granted AND c.given_at > o.opted_out_at)
  AND NOT EXISTS (SELECT 1 FROM event_registration g JOIN consent_record c ON c.event_registration_id = g.id
                  WHERE g.lead_id = live.id AND c.purpose = 'NEWS' AND c.granted AND c.given_at > o.opted_out_at)
  AND NOT EXISTS (SELECT 1 FROM offer_application a JOIN consent_record c ON c.offer_application_id = a.id
                  WHERE a.lead_id = live.id AND c.purpose = 'NEWS' AND c.granted AND c.given_at > o.opted_out_at)
ORDER BY o.opted_out_at, o.id;
