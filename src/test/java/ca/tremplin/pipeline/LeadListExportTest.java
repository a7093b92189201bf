package ca.tremplin.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import ca.tremplin.kernel.Languages;
import ca.tremplin.person.EmailContact;
import ca.tremplin.person.LeadStage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A row of the lead list's file: beside the e-mail and the phone, where the person stands on being written to and
 * since which day, in the reader's language, so that whoever mails the list from their own mail program sees who
 * said no; the phone of a person who said no to being contacted at all left out.
 */
class LeadListExportTest {

    private static final LeadRow AWA = new LeadRow(41L, "Awa", "Diop", "awa@example.sn", "+221771234567", "SN",
            LeadStage.NEW, Instant.parse("2026-11-02T15:00:00Z"), null, Instant.parse("2026-11-02T15:00:00Z"));

    @Test
    void theHeadingsNameTheStandingBesideTheContactDetailsInEitherLanguage() {
        assertEquals(List.of("N°", "Prénom", "Nom", "Courriel", "Téléphone", "Contact par courriel",
                        "Contact par courriel depuis le", "Pays de résidence"),
                LeadListExport.headers(Languages.FRENCH).subList(0, 8));
        assertEquals(List.of("E-mail", "Phone", "E-mail contact", "E-mail contact since", "Country of residence"),
                LeadListExport.headers(Languages.ENGLISH).subList(3, 8));
        assertEquals(LeadListExport.headers(Languages.FRENCH).size(), cells(null, Languages.FRENCH).size(),
                "a cell under each heading");
    }

    @Test
    void aPersonWhoWithdrewIsSaidNotToBeWrittenToWithTheDayAndHasNoPhone() {
        // 3 a.m. in UTC is still the evening before in Québec, where the recruiter reads the day.
        List<Object> row = cells(new EmailContact(EmailContact.Standing.WITHDRAWN,
                Instant.parse("2027-03-16T03:00:00Z")), Languages.FRENCH);
        assertEquals("awa@example.sn", row.get(3), "the address stays: it is who the person is");
        assertNull(row.get(4), "nobody calls a person who said not to be contacted");
        assertEquals("consentement retiré : ne pas écrire", row.get(5));
        assertEquals(LocalDate.of(2027, 3, 15), row.get(6));
        assertEquals("consent withdrawn: do not write", cells(new EmailContact(EmailContact.Standing.WITHDRAWN,
                Instant.parse("2027-03-16T03:00:00Z")), Languages.ENGLISH).get(5));

        List<Object> refused = cells(new EmailContact(EmailContact.Standing.REFUSED,
                Instant.parse("2027-03-15T15:00:00Z")), Languages.ENGLISH);
        assertNull(refused.get(4));
        assertEquals("consent refused: do not write", refused.get(5));
    }

    @Test
    void aPersonWhoUnsubscribedKeepsTheirPhoneAndIsSaidNotToBeWrittenTo() {
        List<Object> row = cells(new EmailContact(EmailContact.Standing.UNSUBSCRIBED,
                Instant.parse("2027-03-15T15:00:00Z")), Languages.FRENCH);
        assertEquals("+221771234567", row.get(4), "only the mailings were refused");
        assertEquals("désabonnement : ne pas écrire", row.get(5));
        assertEquals(LocalDate.of(2027, 3, 15), row.get(6));
        assertEquals("unsubscribed: do not write", cells(new EmailContact(EmailContact.Standing.UNSUBSCRIBED,
                Instant.parse("2027-03-15T15:00:00Z")), Languages.ENGLISH).get(5));
    }

    @Test
    void aPersonWhoConsentedOrGaveNoConsentIsSaidSo() {
        List<Object> consented = cells(new EmailContact(EmailContact.Standing.CONSENTED,
                Instant.parse("2026-11-02T15:00:00Z")), Languages.ENGLISH);
        assertEquals(List.of("+221771234567", "consent given", LocalDate.of(2026, 11, 2)), consented.subList(4, 7));
        List<Object> none = cells(EmailContact.NONE, Languages.FRENCH);
        assertEquals("aucun consentement : ne pas écrire", none.get(5));
        assertEquals("+221771234567", none.get(4), "nobody said not to call");
        assertNull(none.get(6), "no day for what was never said");
        assertEquals("no consent: do not write", cells(EmailContact.NONE, Languages.ENGLISH).get(5));
        assertEquals(none, cells(null, Languages.FRENCH), "a person the slice has nothing about: no consent");
        assertEquals("SN", none.get(7), "the columns after it in their places");
        assertEquals("Nouveau", none.get(8));
    }

    @Test
    void aPersonWhoseConsentLapsedIsSaidNotToBeWrittenToSinceTheDayItLapsed() {
        EmailContact lapsed = new EmailContact(EmailContact.Standing.LAPSED, Instant.parse("2027-05-02T15:00:00Z"));
        List<Object> row = cells(lapsed, Languages.FRENCH);
        assertEquals(List.of("+221771234567", "consentement échu : ne pas écrire", LocalDate.of(2027, 5, 2)),
                row.subList(4, 7));
        assertEquals("consent lapsed: do not write", cells(lapsed, Languages.ENGLISH).get(5));
    }

    @Test
    void aPersonWhoUnsubscribedThenWroteIsSaidToConsentWithoutMailings() {
        EmailContact since = new EmailContact(EmailContact.Standing.CONSENTED_NO_MAILINGS,
                Instant.parse("2027-03-15T15:00:00Z"));
        assertEquals(List.of("+221771234567", "consentement donné (sans infolettres)", LocalDate.of(2027, 3, 15)),
                cells(since, Languages.FRENCH).subList(4, 7));
        assertEquals("consent given (no mailings)", cells(since, Languages.ENGLISH).get(5));
    }

    @Test
    void aPersonWhoAskedForNewsButNotToBeContactedHasNoPhoneInTheFile() {
        EmailContact news = new EmailContact(EmailContact.Standing.CONSENTED, Instant.parse("2027-03-15T15:00:00Z"));
        List<Object> row = LeadListExport.cells(AWA, null, news, true, Map.of(), Languages.FRENCH);
        assertEquals(java.util.Arrays.asList(null, "consentement donné"), row.subList(4, 6),
                "news may reach her by e-mail; nobody is to call her");
        assertEquals("+221771234567", cells(news, Languages.FRENCH).get(4));
    }

    private static List<Object> cells(EmailContact contact, java.util.Locale language) {
        return LeadListExport.cells(AWA, null, contact, false, Map.of(), language);
    }
}
