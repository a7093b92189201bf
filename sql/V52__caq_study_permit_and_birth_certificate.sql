-- An international student's file holds, besides the admission documents, a birth certificate, and once admitted the
-- Certificat d'acceptation du Québec (CAQ) and the study permit, which the centre needs to prepare the arrival.
ALTER TABLE lead_document DROP CONSTRAINT ck_lead_document_kind;
ALTER TABLE lead_document ADD CONSTRAINT ck_lead_document_kind CHECK (kind IN ('PASSPORT', 'BIRTH_CERTIFICATE',
    'DIPLOMAS', 'FRENCH_PROOF', 'FUNDS_PROOF', 'CAQ', 'STUDY_PERMIT'));
