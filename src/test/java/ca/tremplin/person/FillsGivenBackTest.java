package ca.tremplin.person;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ca.tremplin.kernel.Languages;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A request taken back from the centre it was handed to gives back what it filled on the centre's record of the
 * person: each field it filled that nothing changed since, as it was before — and nothing that staff, another source
 * or another request wrote over it, nor another request's fills, nor the address the record was found by.
 */
class FillsGivenBackTest {

    private static final Instant AT = Instant.parse("2026-03-02T15:00:00Z");
    private static final long REQUEST = 41L;

    private Lead lead(String phone, String country) {
        return new Lead(7L, new ContactDetails("Fatou", "Sarr", "fatou@example.org", "fatou@example.org", phone,
                country, null, Languages.FRENCH), AT);
    }

    private LeadAudit filled(Lead lead, LeadField field, String value, ChangeSource source, long ref) {
        return new LeadAudit(lead, null, field, null, value, source, ref, AT);
    }

    @Test
    void theFieldsTheRequestFilledAndNothingChangedSinceAreGivenBackEmpty() {
        Lead lead = lead("+221771000001", "SN");
        List<LeadAudit> journal = List.of(
                filled(lead, LeadField.PHONE, "+221771000001", ChangeSource.INQUIRY_FORM, REQUEST),
                filled(lead, LeadField.COUNTRY, "SN", ChangeSource.INQUIRY_FORM, REQUEST));

        assertEquals(Map.of(LeadField.PHONE, "", LeadField.COUNTRY, "").keySet(),
                LeadDetails.filledAndUntouchedSince(journal, ChangeSource.INQUIRY_FORM, REQUEST, lead).keySet());
        assertEquals(null, LeadDetails.filledAndUntouchedSince(journal, ChangeSource.INQUIRY_FORM, REQUEST, lead)
                .get(LeadField.PHONE), "the phone the record lacked, empty again");
    }

    @Test
    void aFieldChangedSinceTheFillStaysAsItIs() {
        Lead lead = lead("+221771000002", "SN");
        List<LeadAudit> journal = List.of(
                filled(lead, LeadField.PHONE, "+221771000001", ChangeSource.INQUIRY_FORM, REQUEST),
                new LeadAudit(lead, 3L, LeadField.PHONE, "+221771000001", "+221771000002", ChangeSource.STAFF, null,
                        AT),
                filled(lead, LeadField.COUNTRY, "SN", ChangeSource.INQUIRY_FORM, REQUEST));

        assertEquals(List.of(LeadField.COUNTRY), List.copyOf(LeadDetails.filledAndUntouchedSince(journal,
                ChangeSource.INQUIRY_FORM, REQUEST, lead).keySet()), "the phone staff corrected is theirs");
    }

    @Test
    void aValueNoLongerHeldOrFilledByAnotherSourceOrRequestIsNotTouched() {
        Lead lead = lead("+221771000009", "CI");
        List<LeadAudit> journal = List.of(
                // The record holds another value than the one filled, with no line saying how: left alone.
                filled(lead, LeadField.PHONE, "+221771000001", ChangeSource.INQUIRY_FORM, REQUEST),
                filled(lead, LeadField.COUNTRY, "CI", ChangeSource.INQUIRY_FORM, REQUEST + 1),
                filled(lead, LeadField.CITIZENSHIP, "CI", ChangeSource.EVENT_REGISTRATION, REQUEST));

        assertEquals(Map.of(), LeadDetails.filledAndUntouchedSince(journal, ChangeSource.INQUIRY_FORM, REQUEST,
                lead));
        assertEquals(Map.of(), LeadDetails.filledAndUntouchedSince(journal, ChangeSource.INQUIRY_API, REQUEST, lead),
                "another channel's request of the same number is another request");
    }

    @Test
    void aNameIsGivenBackAsAnEmptyNameAndTheAddressNever() {
        Lead lead = new Lead(7L, new ContactDetails("", "Sarr", "fatou@example.org", "fatou@example.org", null, null,
                null, Languages.FRENCH), AT);
        lead.setFirstName("Fatou");
        List<LeadAudit> journal = List.of(
                filled(lead, LeadField.FIRST_NAME, "Fatou", ChangeSource.INQUIRY_FORM, REQUEST),
                filled(lead, LeadField.EMAIL, "fatou@example.org", ChangeSource.INQUIRY_FORM, REQUEST));

        assertEquals(Map.of(LeadField.FIRST_NAME, ""), LeadDetails.filledAndUntouchedSince(journal,
                ChangeSource.INQUIRY_FORM, REQUEST, lead));
    }

    @Test
    void theJournalSaysAValueGivenBackByATakeBackInWords() {
        Lead lead = lead(null, null);
        LeadAudit givenBack = new LeadAudit(lead, null, LeadField.PHONE, "+221771000001", null,
                ChangeSource.TAKE_BACK, REQUEST, AT);
        assertEquals("une demande reprise par l’organisme coordonnateur (n° 41)",
                AuditSources.described(givenBack, null, null, Languages.FRENCH));
        assertEquals("a request taken back by the coordinating organisation (#41)",
                AuditSources.described(givenBack, null, null, Languages.ENGLISH));
    }
}
