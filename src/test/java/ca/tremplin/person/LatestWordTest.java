package ca.tremplin.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.person.ConsentStandings.Mail;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The person's latest word wins, the same way for every mail and for the lead list's file. Every word a person can
 * say on being written to, then every other said after it: what the file says of them and since which day; the
 * centre's bulk e-mail reaches exactly those it says "consent given" of, and the answers to their requests, the
 * reminders of their events and the mails of their file stop exactly for those who said no to being contacted. A
 * list's "yes" (a file, a partner's) never overrules a no of the person's own, whenever it is dated; a yes the person
 * gives themselves afterwards counts from the day they gave it.
 */
class LatestWordTest {

    private static final Instant SIX_MONTHS_AGO = Instant.parse("2026-06-01T00:00:00Z");
    private static final String[] AT = {"2026-09-01T10:00:00Z", "2026-10-01T10:00:00Z", "2026-11-01T10:00:00Z"};

    /**
     * The words: C+ a request (consent to be contacted), N+ news given (their page, a form), A+ an application, C- a
     * withdrawal of being contacted, N- news withdrawn, U an unsubscription from the bulk e-mail, R a list's "no" to
     * being contacted, L+ a list's "yes" to being contacted, LN+ a list's "yes" to news. Each line: the words in the
     * order said, then where the person stands and since which of them (1, 2, 3).
     */
    private static final String EVERY_ORDER = """
            C+          CONSENTED 1
            N+          CONSENTED 1
            A+          CONSENTED 1
            C-          WITHDRAWN 1
            N-          UNSUBSCRIBED 1
            U           UNSUBSCRIBED 1
            R           REFUSED 1
            L+          CONSENTED 1
            LN+         CONSENTED 1
            C+  C+      CONSENTED 2
            C+  N+      CONSENTED 2
            C+  A+      CONSENTED 2
            C+  C-      WITHDRAWN 2
            C+  N-      UNSUBSCRIBED 2
            C+  U       UNSUBSCRIBED 2
            C+  R       CONSENTED 1
            C+  L+      CONSENTED 2
            C+  LN+     CONSENTED 2
            N+  C+      CONSENTED 1
            N+  N+      CONSENTED 2
            N+  A+      CONSENTED 1
            N+  C-      WITHDRAWN 2
            N+  N-      UNSUBSCRIBED 2
            N+  U       UNSUBSCRIBED 2
            N+  R       CONSENTED 1
            N+  L+      CONSENTED 1
            N+  LN+     CONSENTED 2
            A+  C+      CONSENTED 2
            A+  N+      CONSENTED 2
            A+  A+      CONSENTED 2
            A+  C-      WITHDRAWN 2
            A+  N-      UNSUBSCRIBED 2
            A+  U       UNSUBSCRIBED 2
            A+  R       CONSENTED 1
            A+  L+      CONSENTED 2
            A+  LN+     CONSENTED 2
            C-  C+      CONSENTED_NO_MAILINGS 2
            C-  N+      CONSENTED 2
            C-  A+      CONSENTED_NO_MAILINGS 2
            C-  C-      WITHDRAWN 2
            C-  N-      WITHDRAWN 1
            C-  U       WITHDRAWN 1
            C-  R       WITHDRAWN 1
            C-  L+      WITHDRAWN 1
            C-  LN+     WITHDRAWN 1
            N-  C+      CONSENTED_NO_MAILINGS 2
            N-  N+      CONSENTED 2
            N-  A+      CONSENTED_NO_MAILINGS 2
            N-  C-      WITHDRAWN 2
            N-  N-      UNSUBSCRIBED 2
            N-  U       UNSUBSCRIBED 1
            N-  R       REFUSED 2
            N-  L+      UNSUBSCRIBED 1
            N-  LN+     UNSUBSCRIBED 1
            U   C+      CONSENTED_NO_MAILINGS 2
            U   N+      UNSUBSCRIBED 1
            U   A+      CONSENTED_NO_MAILINGS 2
            U   C-      WITHDRAWN 2
            U   N-      UNSUBSCRIBED 1
            U   R       REFUSED 2
            U   L+      UNSUBSCRIBED 1
            U   LN+     UNSUBSCRIBED 1
            R   C+      CONSENTED 2
            R   N+      CONSENTED 2
            R   A+      CONSENTED 2
            R   C-      WITHDRAWN 2
            R   N-      REFUSED 1
            R   U       REFUSED 1
            R   R       REFUSED 2
            R   L+      CONSENTED 2
            R   LN+     CONSENTED 2
            L+  C+      CONSENTED 2
            L+  N+      CONSENTED 2
            L+  A+      CONSENTED 2
            L+  C-      WITHDRAWN 2
            L+  N-      UNSUBSCRIBED 2
            L+  U       UNSUBSCRIBED 2
            L+  R       CONSENTED 1
            L+  L+      CONSENTED 2
            L+  LN+     CONSENTED 2
            LN+ C+      CONSENTED 1
            LN+ N+      CONSENTED 2
            LN+ A+      CONSENTED 1
            LN+ C-      WITHDRAWN 2
            LN+ N-      UNSUBSCRIBED 2
            LN+ U       UNSUBSCRIBED 2
            LN+ R       CONSENTED 1
            LN+ L+      CONSENTED 1
            LN+ LN+     CONSENTED 2
            C-  L+  C+  CONSENTED_NO_MAILINGS 3
            C-  C+  L+  CONSENTED_NO_MAILINGS 2
            C-  LN+ N+  CONSENTED 3
            C-  N+  C-  WITHDRAWN 3
            N+  C-  C+  CONSENTED_NO_MAILINGS 3
            N+  C-  N+  CONSENTED 3
            U   C+  L+  CONSENTED_NO_MAILINGS 2
            N-  LN+ N+  CONSENTED 3
            R   C-  L+  WITHDRAWN 2
            """;

    @Test
    void everyWordThenEveryOtherEndsWhereTheLatestOfThePersonsOwnPutsThem() {
        int read = 0;
        for (String line : EVERY_ORDER.strip().split("\n")) {
            String[] parts = line.strip().split("\\s+");
            List<String> words = List.of(parts).subList(0, parts.length - 2);
            Situation said = Situation.of(words);
            EmailContact expected = new EmailContact(EmailContact.Standing.valueOf(parts[parts.length - 2]),
                    Instant.parse(AT[Integer.parseInt(parts[parts.length - 1]) - 1]));
            assertEquals(expected, said.contact(), String.join(" then ", words));
            read++;
        }
        assertEquals(9 + 80 + 9, read, "every word alone, every two in either order, and the lists' own cases");
    }

    /**
     * Each kind of mail by its rule, for every situation above: bulk e-mail to exactly those the file says "consent
     * given" of, as its own reading says why (an unsubscription counted apart); the answers to a request, an event's
     * reminder and the file's mails to everyone but those who said no to being contacted; an application's mails as
     * long as its processing stands.
     */
    @Test
    void eachKindOfMailGoesWhereItsRuleSaysAndBulkEmailWhereTheFileSaysConsentGiven() {
        for (String line : EVERY_ORDER.strip().split("\n")) {
            String[] parts = line.strip().split("\\s+");
            Situation said = Situation.of(List.of(parts).subList(0, parts.length - 2));
            EmailContact.Standing standing = said.contact().standing();
            String why = String.join(" then ", List.of(parts).subList(0, parts.length - 2));
            assertEquals(standing == EmailContact.Standing.CONSENTED, said.mayWrite(Mail.BULK), why);
            assertEquals(said.unsubscribedAt == null
                    && ConsentStandings.standing(said.lines, SIX_MONTHS_AGO).allowsBulkMail(), said.mayWrite(Mail.BULK),
                    "the sending's own reading agrees: " + why);
            boolean saidNoToBeingContacted = standing == EmailContact.Standing.WITHDRAWN
                    || standing == EmailContact.Standing.REFUSED;
            for (Mail transactional : List.of(Mail.REPLY, Mail.EVENT_REMINDER, Mail.APPLICANT_FILE)) {
                assertEquals(!saidNoToBeingContacted, said.mayWrite(transactional), transactional + ": " + why);
            }
            assertFalse(ConsentStandings.processingWithdrawn(said.lines, Instant.parse(AT[0])),
                    "no withdrawal of the processing: " + why);
            if (said.unsubscribedAt == null) {
                assertEquals(saidNoToBeingContacted, ConsentStandings.contactDeclined(said.lines), why);
            }
        }
    }

    /**
     * What the person's consent page and the lead page show of being contacted, for every situation above, says what
     * the mail does: "withdrawn" exactly of those the file says "withdrawn" of, and "given" only of people whose
     * requests are answered — so that a withdrawal ended by news given again, or by an application, is no longer
     * shown as standing.
     */
    @Test
    void theContactShownInForceSaysWhatTheMailDoes() {
        for (String line : EVERY_ORDER.strip().split("\n")) {
            String[] parts = line.strip().split("\\s+");
            Situation said = Situation.of(List.of(parts).subList(0, parts.length - 2));
            String why = String.join(" then ", List.of(parts).subList(0, parts.length - 2));
            ConsentEntry shown = ConsentStandings.inForce(said.lines).get(ConsentPurpose.CONTACT);
            assertEquals(said.contact().standing() == EmailContact.Standing.WITHDRAWN,
                    shown != null && shown.withdrawal(), why);
            if (shown != null && shown.granted()) {
                assertTrue(said.mayWrite(Mail.REPLY), why);
            }
        }
    }

    /**
     * Withdrawn, then news given again from the person's own page: bulk e-mail reaches the person, and the file says
     * so, since the day news was given — where it said "withdrawn: do not write" — and their questions are answered
     * again. News ticked on a public form instead (a new registration), which anyone who knows the address can send,
     * leaves the withdrawal standing until the person confirms it from their own link; a request sent after the
     * withdrawal is answered, and opens no mailings.
     */
    @Test
    void newsGivenAgainAfterAWithdrawalIsTheLatestWordForTheFileAsForBulkEmail() {
        List<ConsentEntry> register = List.of(ConsentStandingsTest.form(ConsentPurpose.CONTACT, true, AT[0]),
                ConsentStandingsTest.change(ConsentPurpose.CONTACT, false, AT[1]),
                new ConsentEntry(Instant.parse(AT[2]), ConsentPurpose.NEWS, true, ConsentChannel.PREFERENCES, null,
                        "fr", "v", "texte", null, null, null, false));

        assertEquals(MailingConsents.Standing.EXPRESS, ConsentStandings.standing(register, SIX_MONTHS_AGO));
        assertEquals(new EmailContact(EmailContact.Standing.CONSENTED, Instant.parse(AT[2])),
                ConsentStandings.emailContact(register, null, SIX_MONTHS_AGO));
        assertTrue(ConsentStandings.mayWrite(Mail.REPLY, register, null, SIX_MONTHS_AGO));
        assertFalse(ConsentStandings.contactDeclined(register));

        List<ConsentEntry> tickedAtARegistration = List.of(
                ConsentStandingsTest.form(ConsentPurpose.CONTACT, true, AT[0]),
                ConsentStandingsTest.change(ConsentPurpose.CONTACT, false, AT[1]),
                new ConsentEntry(Instant.parse(AT[2]), ConsentPurpose.NEWS, true, ConsentChannel.EVENT, null, "fr", "v",
                        "texte", "#4 Salon", null, null, false));
        assertEquals(new EmailContact(EmailContact.Standing.WITHDRAWN, Instant.parse(AT[1])),
                ConsentStandings.emailContact(tickedAtARegistration, null, SIX_MONTHS_AGO));
        assertFalse(ConsentStandings.mayWrite(Mail.BULK, tickedAtARegistration, null, SIX_MONTHS_AGO));

        List<ConsentEntry> askedAgainOnly = List.of(ConsentStandingsTest.form(ConsentPurpose.NEWS, true, AT[0]),
                ConsentStandingsTest.change(ConsentPurpose.CONTACT, false, AT[1]),
                ConsentStandingsTest.form(ConsentPurpose.CONTACT, true, AT[2]));
        assertEquals(new EmailContact(EmailContact.Standing.CONSENTED_NO_MAILINGS, Instant.parse(AT[2])),
                ConsentStandings.emailContact(askedAgainOnly, null, SIX_MONTHS_AGO),
                "a request after the withdrawal is answered; the news it took back stays taken back");
        assertTrue(ConsentStandings.mayWrite(Mail.REPLY, askedAgainOnly, null, SIX_MONTHS_AGO));
        assertFalse(ConsentStandings.mayWrite(Mail.BULK, askedAgainOnly, null, SIX_MONTHS_AGO));
    }

    /**
     * A real form writes its consent to be contacted and its news at the same moment, the first before the second:
     * after a withdrawal, the request is answered, the news waits, and the person's page offers to give it — which,
     * from their own link, opens mailings again.
     */
    @Test
    void aFormsContactAndNewsAfterAWithdrawalAreAnsweredWhileTheNewsWaitsForTheirOwnYes() {
        List<ConsentEntry> register = List.of(ConsentStandingsTest.form(ConsentPurpose.CONTACT, true, AT[0]),
                ConsentStandingsTest.change(ConsentPurpose.CONTACT, false, AT[1]),
                ConsentStandingsTest.form(ConsentPurpose.CONTACT, true, AT[2]),
                ConsentStandingsTest.form(ConsentPurpose.NEWS, true, AT[2]));
        assertEquals(new EmailContact(EmailContact.Standing.CONSENTED_NO_MAILINGS, Instant.parse(AT[2])),
                ConsentStandings.emailContact(register, null, SIX_MONTHS_AGO));
        assertTrue(ConsentStandings.mayWrite(Mail.REPLY, register, null, SIX_MONTHS_AGO));
        assertFalse(ConsentStandings.mayWrite(Mail.BULK, register, null, SIX_MONTHS_AGO));
        ConsentEntry news = ConsentStandings.inForce(register).get(ConsentPurpose.NEWS);
        assertTrue(news == null || !news.granted(), "the page offers to give news: " + news);

        List<ConsentEntry> confirmed = new ArrayList<>(register);
        confirmed.add(new ConsentEntry(Instant.parse(AT[2]).plusSeconds(3600), ConsentPurpose.NEWS, true,
                ConsentChannel.PREFERENCES, null, "fr", "v", "texte", null, null, null, false));
        assertEquals(EmailContact.Standing.CONSENTED,
                ConsentStandings.emailContact(confirmed, null, SIX_MONTHS_AGO).standing());
        assertTrue(ConsentStandings.mayWrite(Mail.BULK, confirmed, null, SIX_MONTHS_AGO));
    }

    /**
     * News ticked on a public form (FN+: a request, a registration, which anyone who knows the address can send)
     * after a stop of the person's own — being contacted withdrawn, news withdrawn, the bulk e-mail unsubscribed —
     * counts for nothing until the person confirms it from their own link; before any stop, or after a refusal on
     * a list, it is their yes.
     */
    @Test
    void newsTickedOnAFormAfterThePersonsOwnStopWaitsForThemToConfirmIt() {
        String cases = """
                FN+         CONSENTED 1
                C+  FN+     CONSENTED 2
                FN+ N-      UNSUBSCRIBED 2
                C-  FN+     WITHDRAWN 1
                N-  FN+     UNSUBSCRIBED 1
                U   FN+     UNSUBSCRIBED 1
                R   FN+     CONSENTED 2
                C-  FN+ N+  CONSENTED 3
                U   FN+ N+  UNSUBSCRIBED 1
                """;
        for (String line : cases.strip().split("\n")) {
            String[] parts = line.strip().split("\\s+");
            List<String> words = List.of(parts).subList(0, parts.length - 2);
            List<String> asSituation = words.stream().map(word -> word.equals("FN+") ? "N+" : word).toList();
            Situation said = Situation.of(asSituation);
            List<ConsentEntry> lines = new ArrayList<>();
            for (ConsentEntry entry : said.lines) {
                int position = said.positionOf(entry);
                lines.add(words.get(position).equals("FN+")
                        ? ConsentStandingsTest.form(ConsentPurpose.NEWS, true, AT[position]) : entry);
            }
            Situation ticked = new Situation(List.copyOf(lines), said.unsubscribedAt);
            EmailContact expected = new EmailContact(EmailContact.Standing.valueOf(parts[parts.length - 2]),
                    Instant.parse(AT[Integer.parseInt(parts[parts.length - 1]) - 1]));
            assertEquals(expected, ticked.contact(), String.join(" then ", words));
            assertEquals(expected.standing() == EmailContact.Standing.CONSENTED, ticked.mayWrite(Mail.BULK),
                    String.join(" then ", words));
        }
    }

    /**
     * An old list imported again after the person withdrew: its yes, whatever day it carries, leaves them withdrawn,
     * and they are written to by nobody; the consent they give themselves afterwards counts from that day.
     */
    @Test
    void aListsYesAfterAWithdrawalIsNotThePersonsWordButTheirOwnLaterYesIs() {
        ConsentEntry request = ConsentStandingsTest.form(ConsentPurpose.CONTACT, true, AT[0]);
        ConsentEntry withdrawn = ConsentStandingsTest.change(ConsentPurpose.CONTACT, false, AT[1]);
        ConsentEntry oldList = ConsentStandingsTest.list(ConsentPurpose.CONTACT, true, "2026-10-15T10:00:00Z");
        ConsentEntry oldListNews = ConsentStandingsTest.list(ConsentPurpose.NEWS, true, "2026-10-15T10:00:00Z");
        List<ConsentEntry> register = List.of(request, withdrawn, oldList, oldListNews);

        assertEquals(new EmailContact(EmailContact.Standing.WITHDRAWN, withdrawn.at()),
                ConsentStandings.emailContact(register, null, SIX_MONTHS_AGO));
        assertEquals(MailingConsents.Standing.WITHDRAWN, ConsentStandings.standing(register, SIX_MONTHS_AGO));
        for (Mail kind : List.of(Mail.BULK, Mail.REPLY, Mail.EVENT_REMINDER, Mail.APPLICANT_FILE)) {
            assertFalse(ConsentStandings.mayWrite(kind, register, null, SIX_MONTHS_AGO), kind.name());
        }
        Map<ConsentPurpose, ConsentEntry> inForce = ConsentStandings.inForce(register);
        assertEquals(withdrawn, inForce.get(ConsentPurpose.CONTACT), "the person's page shows their withdrawal");
        assertNull(inForce.get(ConsentPurpose.NEWS), "and no news given");
        assertEquals(new EmailContact(EmailContact.Standing.WITHDRAWN, withdrawn.at()),
                ConsentStandings.ownNoBeforeListYes(List.of(request, withdrawn), null), "what the import says");

        ConsentEntry askedAgain = ConsentStandingsTest.form(ConsentPurpose.CONTACT, true, AT[2]);
        List<ConsentEntry> later = List.of(request, withdrawn, oldList, oldListNews, askedAgain);
        assertEquals(new EmailContact(EmailContact.Standing.CONSENTED_NO_MAILINGS, askedAgain.at()),
                ConsentStandings.emailContact(later, null, SIX_MONTHS_AGO),
                "their own request, as of today: answered, and no mailings until a yes surely theirs");
        assertNull(ConsentStandings.ownNoBeforeListYes(later, null), "a list's yes is theirs to take again");
    }

    /**
     * The no a list's yes would meet, as the import's warning says it: a withdrawal, a refusal the person gave
     * themselves, an unsubscription or news withdrawn (since the first of them), with its day. A list's own refusal
     * is no word of the person's: a later list may say yes.
     */
    @Test
    void theNoAListsYesWouldMeetIsThePersonsOwnWithItsDay() {
        Instant unsubscribed = Instant.parse(AT[1]);
        ConsentEntry request = ConsentStandingsTest.form(ConsentPurpose.CONTACT, true, AT[0]);
        assertNull(ConsentStandings.ownNoBeforeListYes(List.of(request), null));
        assertNull(ConsentStandings.ownNoBeforeListYes(List.of(), null), "nothing said: the list's yes stands");
        assertEquals(new EmailContact(EmailContact.Standing.UNSUBSCRIBED, unsubscribed),
                ConsentStandings.ownNoBeforeListYes(List.of(request), unsubscribed));
        assertEquals(new EmailContact(EmailContact.Standing.UNSUBSCRIBED, unsubscribed),
                ConsentStandings.ownNoBeforeListYes(List.of(request, ConsentStandingsTest.form(ConsentPurpose.CONTACT,
                        true, AT[2])), unsubscribed), "written since, no mailings: the list's yes would reopen them");
        ConsentEntry newsWithdrawn = ConsentStandingsTest.change(ConsentPurpose.NEWS, false, AT[2]);
        assertEquals(new EmailContact(EmailContact.Standing.UNSUBSCRIBED, unsubscribed),
                ConsentStandings.ownNoBeforeListYes(List.of(request, newsWithdrawn), unsubscribed), "the first");
        ConsentEntry refusedOnAForm = ConsentStandingsTest.form(ConsentPurpose.CONTACT, false, AT[0]);
        assertEquals(new EmailContact(EmailContact.Standing.REFUSED, refusedOnAForm.at()),
                ConsentStandings.ownNoBeforeListYes(List.of(refusedOnAForm), null));
        assertEquals(new EmailContact(EmailContact.Standing.REFUSED, refusedOnAForm.at()),
                ConsentStandings.emailContact(List.of(refusedOnAForm, ConsentStandingsTest.list(ConsentPurpose.CONTACT,
                        true, AT[1])), null, SIX_MONTHS_AGO), "the person's own refusal holds the list's yes back");
        assertNull(ConsentStandings.ownNoBeforeListYes(List.of(ConsentStandingsTest.list(ConsentPurpose.CONTACT,
                false, AT[0])), null), "a list's no is the list's");
    }

    /** Giving back the processing of applications on one's page asks nobody to write: it lifts no withdrawal. */
    @Test
    void theProcessingGivenBackFromThePersonsPageIsNoYesToBeingWrittenTo() {
        ConsentEntry applied = ConsentStandingsTest.form(ConsentPurpose.APPLICATION, true, AT[0]);
        ConsentEntry noContact = ConsentStandingsTest.change(ConsentPurpose.CONTACT, false, AT[1]);
        ConsentEntry processingWithdrawn = ConsentStandingsTest.change(ConsentPurpose.APPLICATION, false, AT[1]);
        ConsentEntry givenBack = new ConsentEntry(Instant.parse(AT[2]), ConsentPurpose.APPLICATION, true,
                ConsentChannel.PREFERENCES, null, "fr", "v", "texte", null, null, null, false);

        assertEquals(EmailContact.Standing.WITHDRAWN, ConsentStandings.emailContact(List.of(applied, noContact,
                givenBack), null, SIX_MONTHS_AGO).standing());
        assertTrue(ConsentStandings.processingWithdrawn(List.of(applied, processingWithdrawn), applied.at()),
                "no mail about an application whose processing was withdrawn");
        assertTrue(ConsentStandings.mayWrite(Mail.REPLY, List.of(applied, processingWithdrawn), null,
                SIX_MONTHS_AGO), "the processing is the application's, not being contacted");
        assertFalse(ConsentStandings.processingWithdrawn(List.of(applied, processingWithdrawn, givenBack),
                applied.at()));
        assertFalse(ConsentStandings.processingWithdrawn(List.of(applied, noContact), applied.at()),
                "an application's mails follow its own consent, which the person's page asks apart");
    }

    /** Words said at the times of {@link #AT}, in that order; an unsubscription is the moment it was made. */
    private record Situation(List<ConsentEntry> lines, Instant unsubscribedAt) {

        static Situation of(List<String> words) {
            List<ConsentEntry> lines = new ArrayList<>();
            Instant unsubscribed = null;
            for (int i = 0; i < words.size(); i++) {
                String at = AT[i];
                switch (words.get(i)) {
                    case "C+" -> lines.add(ConsentStandingsTest.form(ConsentPurpose.CONTACT, true, at));
                    case "N+" -> lines.add(new ConsentEntry(Instant.parse(at), ConsentPurpose.NEWS, true,
                            ConsentChannel.PREFERENCES, null, "fr", "v", "texte", null, null, null, false));
                    case "A+" -> lines.add(ConsentStandingsTest.form(ConsentPurpose.APPLICATION, true, at));
                    case "C-" -> lines.add(ConsentStandingsTest.change(ConsentPurpose.CONTACT, false, at));
                    case "N-" -> lines.add(ConsentStandingsTest.change(ConsentPurpose.NEWS, false, at));
                    case "U" -> unsubscribed = Instant.parse(at);
                    case "R" -> lines.add(ConsentStandingsTest.list(ConsentPurpose.CONTACT, false, at));
                    case "L+" -> lines.add(ConsentStandingsTest.list(ConsentPurpose.CONTACT, true, at));
                    case "LN+" -> lines.add(ConsentStandingsTest.list(ConsentPurpose.NEWS, true, at));
                    default -> throw new IllegalArgumentException(words.get(i));
                }
            }
            return new Situation(List.copyOf(lines), unsubscribed);
        }

        /** Which of the words said (0, 1, 2) a line is: each was said at its own time of {@link #AT}. */
        int positionOf(ConsentEntry entry) {
            return List.of(AT).indexOf(entry.at().toString());
        }

        EmailContact contact() {
            return ConsentStandings.emailContact(lines, unsubscribedAt, SIX_MONTHS_AGO);
        }

        boolean mayWrite(Mail kind) {
            return ConsentStandings.mayWrite(kind, lines, unsubscribedAt, SIX_MONTHS_AGO);
        }
    }
}
