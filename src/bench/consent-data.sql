-- What the people of the pipeline benchmark said about being written to, as the information form records it: every
-- request of the benchmark carries its consent to be contacted and its answer on news (two people in three said yes),
-- with the sentence shown; then, as a centre's register grows, one person in fifty withdrew their consent to be
-- contacted on their preferences page, and one in a hundred unsubscribed from the centre's bulk e-mail. Run after
-- pipeline-data.sql (src/bench/pipeline.sh does), on the requests it generated ('bench-' keys); the lead list's
-- export reads these for each person's standing on being written to.

INSERT INTO consent_record (inquiry_id, email_normalized, purpose, granted, text_version, text_shown, language,
                            given_at, ip_address, source)
SELECT i.id, i.email_normalized, 'CONTACT', TRUE, 'contact-2026-01',
       'J’accepte que le centre de services scolaire communique avec moi par courriel ou par téléphone au sujet de ma demande d’information et des programmes qui m’intéressent.',
       i.language, i.received_at, '203.0.113.10', 'https://tremplin.example/fr/information'
FROM inquiry i
WHERE i.idempotency_key LIKE 'bench-%';

INSERT INTO consent_record (inquiry_id, email_normalized, purpose, granted, text_version, text_shown, language,
                            given_at, ip_address, source)
SELECT i.id, i.email_normalized, 'NEWS', i.id % 3 <> 0, 'news-2026-01',
       'J’accepte de recevoir les nouvelles du centre : séances d’information, salons, dates d’admission. Je peux me désabonner en tout temps.',
       i.language, i.received_at, '203.0.113.10', 'https://tremplin.example/fr/information'
FROM inquiry i
WHERE i.idempotency_key LIKE 'bench-%';

INSERT INTO consent_change (tenant_id, lead_id, email_normalized, purpose, granted, text_version, text_shown, language,
                            changed_at, channel, note, recorded_by, recorded_at, ip_address)
SELECT r.tenant_id, r.lead_id, i.email_normalized, 'CONTACT', FALSE, 'contact-2026-01',
       'Je retire mon consentement à être contacté par le centre.', i.language,
       r.received_at + INTERVAL 20 DAY, 'PREFERENCES', NULL, NULL, r.received_at + INTERVAL 20 DAY, '203.0.113.11'
FROM routed_inquiry r JOIN inquiry i ON i.id = r.inquiry_id
WHERE i.idempotency_key LIKE 'bench-%' AND r.lead_id % 50 = 7;

INSERT IGNORE INTO mail_opt_out (tenant_id, email_normalized, opted_out_at, channel, ip_address)
SELECT r.tenant_id, i.email_normalized, r.received_at + INTERVAL 30 DAY, 'ONE_CLICK', NULL
FROM routed_inquiry r JOIN inquiry i ON i.id = r.inquiry_id
WHERE i.idempotency_key LIKE 'bench-%' AND r.lead_id % 100 = 13;

ANALYZE TABLE consent_record, consent_change, mail_opt_out;
