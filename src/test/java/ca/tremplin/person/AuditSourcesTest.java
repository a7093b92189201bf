package ca.tremplin.person;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ca.tremplin.kernel.Languages;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The journal of changes names where a value came from in words: the number of what carried it, the record merged,
 * and for a value staff accepted, what had given it. The internal number of a proposal, which staff would read as a
 * request's, is never shown, not even on a line whose proposal is gone.
 */
class AuditSourcesTest {

    private static final Instant AT = Instant.parse("2026-03-02T15:00:00Z");

    private final Lead lead = new Lead(7L, new ContactDetails("Fatou", "Sarr", null, null, null, "SN", null,
            Languages.FRENCH), AT);

    @Test
    void aValueFilledByARegistrationOrByAMergeNamesWhatCarriedIt() {
        LeadAudit registered = new LeadAudit(lead, null, LeadField.PHONE, null, "+221771000001",
                ChangeSource.EVENT_REGISTRATION, 1L, AT);
        LeadAudit merged = new LeadAudit(lead, 3L, LeadField.PHONE, null, "+221771000001", ChangeSource.MERGE, 76L, AT);

        assertEquals("une inscription à un événement (n° 1)",
                AuditSources.described(registered, null, "Awa Diop", Languages.FRENCH));
        assertEquals("une fusion de doublons (fiche n° 76)",
                AuditSources.described(merged, null, "Awa Diop", Languages.FRENCH));
        assertEquals("a merge of duplicates (record no. 76)",
                AuditSources.described(merged, null, "Awa Diop", Languages.ENGLISH));
        assertEquals("le personnel", AuditSources.described(new LeadAudit(lead, 3L, LeadField.PHONE, null, "+1",
                ChangeSource.STAFF, null, AT), null, "Awa Diop", Languages.FRENCH), "nothing referenced, no number");
    }

    @Test
    void anAcceptedValueNamesWhatGaveItAndNeverTheProposalsNumber() {
        LeadProposal given = new LeadProposal(lead, LeadField.COUNTRY, "CI", ChangeSource.EVENT_REGISTRATION, 1L, AT);
        LeadAudit accepted = new LeadAudit(lead, 3L, LeadField.COUNTRY, "SN", "CI", ChangeSource.PROPOSAL_ACCEPTED,
                2L, AT);

        assertEquals("valeur donnée par une inscription à un événement (n° 1), acceptée par Awa Diop",
                AuditSources.described(accepted, given, "Awa Diop", Languages.FRENCH));
        assertEquals("value from an event registration (#1), accepted by Awa Diop",
                AuditSources.described(accepted, given, "Awa Diop", Languages.ENGLISH));
        assertEquals("une valeur acceptée par le personnel",
                AuditSources.described(accepted, null, "Awa Diop", Languages.FRENCH),
                "a line whose proposal is gone still reads, without the proposal's number");
    }
}
