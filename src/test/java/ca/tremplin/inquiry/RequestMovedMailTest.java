package ca.tremplin.inquiry;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.kernel.Languages;
import ca.tremplin.testsupport.InquiryRequests;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The notice that a request moved — handed by the coordination to a centre, or back to the coordination when its
 * centre closed — gives its new deadline as the acknowledgement did: in Montréal's time, and in the person's own when
 * their browser said where they are.
 */
class RequestMovedMailTest {

    /** Wednesday 9 December 2026, 15:30 in Montréal: 20:30 in Dakar. */
    private static final Instant DEADLINE = Instant.parse("2026-12-09T20:30:00Z");

    @Test
    void aRequestHandedToACentreSaysItsDeadlineInThePersonsOwnTimeToo() {
        Inquiry fromDakar = inquiry("Africa/Dakar", Languages.FRENCH);
        String body = AcknowledgementMail.handedOver(fromDakar,
                new AcknowledgementMail.Answerer("CSS du Fjord", DEADLINE)).text();
        assertTrue(body.contains("(heure de Montréal), soit le "), body);
        assertTrue(body.contains("20 h 30 à Dakar."), body);

        String english = AcknowledgementMail.handedOver(inquiry("Africa/Dakar", Languages.ENGLISH),
                new AcknowledgementMail.Answerer("Fjord School Service Centre", DEADLINE)).text();
        assertTrue(english.contains("(Montréal time), that is ") && english.contains(" in Dakar at the latest."),
                english);
    }

    @Test
    void aRequestHandedBackWhenItsCentreClosedSaysItsDeadlineInThePersonsOwnTimeToo() {
        String body = AcknowledgementMail.handedBack(inquiry("Africa/Dakar", Languages.FRENCH), "CSS du Fjord",
                new AcknowledgementMail.Answerer("Tremplin", DEADLINE)).text();
        assertTrue(body.contains("(heure de Montréal), soit le ") && body.contains("20 h 30 à Dakar."), body);
    }

    @Test
    void aPersonInMontrealsTimeOrWhoseBrowserSaidNothingReadsMontrealsTimeAlone() {
        for (String zone : new String[] {null, "America/Toronto"}) {
            String body = AcknowledgementMail.handedOver(inquiry(zone, Languages.FRENCH),
                    new AcknowledgementMail.Answerer("CSS du Fjord", DEADLINE)).text();
            assertTrue(body.contains("(heure de Montréal)."), body);
            assertFalse(body.contains("soit le"), body);
        }
    }

    @Test
    void theAcknowledgementNamesThePersonsCityInTheirLanguage() {
        String brussels = AcknowledgementMail.compose(inquiry("Europe/Brussels", Languages.FRENCH), java.util.List.of(),
                java.util.List.of(new AcknowledgementMail.Answerer("CSS du Fjord", DEADLINE))).text();
        assertTrue(brussels.contains("21 h 30 à Bruxelles."), brussels);
        assertFalse(brussels.contains("Brussels"), brussels);

        String algiers = AcknowledgementMail.handedOver(inquiry("Africa/Algiers", Languages.FRENCH),
                new AcknowledgementMail.Answerer("CSS du Fjord", DEADLINE)).text();
        assertTrue(algiers.contains("21 h 30 à Alger."), algiers);
        String english = AcknowledgementMail.handedOver(inquiry("Africa/Algiers", Languages.ENGLISH),
                new AcknowledgementMail.Answerer("Fjord School Service Centre", DEADLINE)).text();
        assertTrue(english.contains(" in Algiers at the latest."), english);
        String reunion = AcknowledgementMail.handedOver(inquiry("Indian/Reunion", Languages.FRENCH),
                new AcknowledgementMail.Answerer("CSS du Fjord", DEADLINE)).text();
        assertTrue(reunion.contains("à La Réunion."), reunion);
    }

    @Test
    void aZoneThatNamesNoCityIsSaidByItsOffsetWhoseSignIsNotTheIdsReversed() {
        // "Etc/GMT-1" is one hour ahead of UTC: its id's sign is the reverse of the offset's.
        String body = AcknowledgementMail.handedOver(inquiry("Etc/GMT-1", Languages.FRENCH),
                new AcknowledgementMail.Answerer("CSS du Fjord", DEADLINE)).text();
        assertTrue(body.contains("21 h 30 à UTC+01:00."), body);
        assertFalse(body.contains("GMT-1"), body);
    }

    private static Inquiry inquiry(String viewerZone, Locale language) {
        InquiryRequest request = InquiryRequests.complete("awa@example.sn");
        request.setCountryOfResidence("SN");
        request.setPhone(null);
        request.setViewerZone(viewerZone);
        ValidInquiry valid = InquiryValidator.validate(request, language, YearMonth.of(2026, 12));
        return new Inquiry(valid, "key", Inquiry.Channel.FORM, "192.0.2.1", Instant.parse("2026-12-07T14:00:00Z"));
    }
}
