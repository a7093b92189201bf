package ca.tremplin.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.person.MailingConsents.Standing;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a register means for bulk e-mail: a withdrawal stands until news is given again, whatever later form implies;
 * a box left unticked is not a withdrawal; express consent does not lapse, implied consent does. A list's refusal
 * to be contacted counts for a person who never agreed, and takes back no consent given before.
 */
class ConsentStandingsTest {

    private static final Instant SIX_MONTHS_AGO = Instant.parse("2026-06-01T00:00:00Z");

    @Test
    void aWithdrawnNewsConsentLeavesThePersonOutUntilTheyGiveItAgain() {
        ConsentEntry ticked = form(ConsentPurpose.NEWS, true, "2026-09-01T10:00:00Z");
        ConsentEntry withdrawn = change(ConsentPurpose.NEWS, false, "2026-10-01T10:00:00Z");
        ConsentEntry newRequest = form(ConsentPurpose.CONTACT, true, "2026-11-01T10:00:00Z");

        assertEquals(Standing.EXPRESS, standing(ticked));
        assertEquals(Standing.WITHDRAWN, standing(ticked, withdrawn));
        assertEquals(Standing.WITHDRAWN, standing(ticked, withdrawn, newRequest),
                "a later request implies no consent to news the person took back");
        assertEquals(Standing.EXPRESS, standing(ticked, withdrawn, newRequest,
                change(ConsentPurpose.NEWS, true, "2026-11-15T10:00:00Z")));
    }

    @Test
    void aWithdrawnConsentToBeContactedAlsoStopsBulkEmailUnlessNewsIsGivenAfterIt() {
        ConsentEntry asked = form(ConsentPurpose.CONTACT, true, "2026-11-01T10:00:00Z");
        ConsentEntry byPhone = change(ConsentPurpose.CONTACT, false, "2026-11-02T10:00:00Z");

        assertEquals(Standing.IMPLIED, standing(asked));
        assertEquals(Standing.WITHDRAWN, standing(asked, byPhone));
        assertEquals(Standing.WITHDRAWN, standing(form(ConsentPurpose.NEWS, true, "2026-10-01T10:00:00Z"), asked,
                byPhone), "news given before the withdrawal does not outlive it");
        assertEquals(Standing.EXPRESS, standing(asked, byPhone, change(ConsentPurpose.NEWS, true,
                "2026-11-03T10:00:00Z")));
    }

    @Test
    void aWithdrawalInTheSameSecondAsTheFormStillComesAfterIt() {
        ConsentEntry ticked = form(ConsentPurpose.NEWS, true, "2026-11-01T10:00:00Z");
        ConsentEntry withdrawn = change(ConsentPurpose.NEWS, false, "2026-11-01T10:00:00Z");
        assertEquals(Standing.WITHDRAWN, ConsentStandings.standing(List.of(withdrawn, ticked), SIX_MONTHS_AGO));
        assertEquals(withdrawn, ConsentStandings.current(List.of(withdrawn, ticked)).get(ConsentPurpose.NEWS));
    }

    @Test
    void aBoxLeftUntickedIsNoWithdrawalAndImpliedConsentLapses() {
        ConsentEntry unticked = form(ConsentPurpose.NEWS, false, "2026-11-01T10:00:00Z");
        assertFalse(unticked.withdrawal());
        assertEquals(Standing.IMPLIED, standing(form(ConsentPurpose.CONTACT, true, "2026-11-01T10:00:00Z"), unticked));
        assertEquals(Standing.LAPSED, standing(form(ConsentPurpose.CONTACT, true, "2026-01-01T10:00:00Z"), unticked));
        assertEquals(Standing.NONE, ConsentStandings.standing(List.of(), SIX_MONTHS_AGO));
    }

    /**
     * A person who never agreed and said no on the form or the list they came from is left out of bulk e-mail as one
     * who refused, told apart from one never asked; a no after a consent given before takes nothing back.
     */
    @Test
    void aPersonWhoSaidNoOnTheListTheyCameFromIsRefusedNotMerelyWithoutConsent() {
        ConsentEntry listSaysNo = form(ConsentPurpose.CONTACT, false, "2026-11-01T10:00:00Z");

        assertEquals(Standing.REFUSED, standing(listSaysNo));
        assertFalse(Standing.REFUSED.allowsBulkMail());
        assertEquals(Standing.NONE, standing(form(ConsentPurpose.NEWS, false, "2026-11-01T10:00:00Z")),
                "a news box left unticked is no answer on being contacted");
        assertEquals(Standing.LAPSED, standing(form(ConsentPurpose.CONTACT, true, "2026-01-01T10:00:00Z"),
                listSaysNo), "a list's no takes back no consent given before");
        assertEquals(Standing.IMPLIED, standing(form(ConsentPurpose.CONTACT, true, "2026-10-01T10:00:00Z"),
                listSaysNo));
    }

    @Test
    void theConsentInForceForEachPurposeIsItsLatestLine() {
        ConsentEntry withdrawn = change(ConsentPurpose.NEWS, false, "2026-10-01T10:00:00Z");
        var current = ConsentStandings.current(List.of(withdrawn, form(ConsentPurpose.NEWS, true,
                "2026-09-01T10:00:00Z"), form(ConsentPurpose.CONTACT, true, "2026-09-01T10:00:00Z")));
        assertEquals(withdrawn, current.get(ConsentPurpose.NEWS));
        assertTrue(current.get(ConsentPurpose.CONTACT).granted());
        assertEquals("consent.state.withdrawn", withdrawn.stateKey());
    }

    @Test
    void aListsRefusalDeclinesAPersonWhoNeverAgreedButTakesNoConsentGivenBeforeBack() {
        ConsentEntry listSaysNo = list(ConsentPurpose.CONTACT, false, "2026-11-01T10:00:00Z");
        ConsentEntry askedBefore = form(ConsentPurpose.CONTACT, true, "2026-09-01T10:00:00Z");

        assertTrue(ConsentStandings.contactDeclined(List.of(listSaysNo)), "a new person's no is recorded and counts");
        assertFalse(ConsentStandings.contactAgreed(List.of(listSaysNo)));
        assertFalse(ConsentStandings.contactDeclined(List.of(askedBefore, listSaysNo)),
                "only a withdrawal ends a consent, not a later list's refusal");
        assertTrue(ConsentStandings.contactAgreed(List.of(askedBefore, listSaysNo)));
        assertTrue(ConsentStandings.contactDeclined(List.of(askedBefore, listSaysNo,
                change(ConsentPurpose.CONTACT, false, "2026-11-02T10:00:00Z"))), "a withdrawal does");
        assertFalse(ConsentStandings.contactDeclined(List.of()), "nothing said, nothing declined");
        assertFalse(ConsentStandings.contactAgreed(List.of()));
        assertFalse(ConsentStandings.contactDeclined(List.of(form(ConsentPurpose.NEWS, false,
                "2026-11-01T10:00:00Z"))), "a news box left unticked says nothing of being contacted");
    }

    /**
     * Where a person stands on being written to, as a list handed out says it: a no first, with when it was said, then
     * a consent in force with when it was given, else none.
     */
    @Test
    void theStandingOnBeingWrittenToSaysANoFirstWithWhenItWasSaid() {
        ConsentEntry asked = form(ConsentPurpose.CONTACT, true, "2026-09-01T10:00:00Z");
        ConsentEntry newsTicked = form(ConsentPurpose.NEWS, true, "2026-09-01T10:00:00Z");
        ConsentEntry withdrawn = change(ConsentPurpose.CONTACT, false, "2026-10-05T14:00:00Z");
        Instant unsubscribed = Instant.parse("2026-10-20T09:00:00Z");

        assertEquals(new EmailContact(EmailContact.Standing.CONSENTED, asked.at()), contact(null, asked, newsTicked));
        assertEquals(new EmailContact(EmailContact.Standing.WITHDRAWN, withdrawn.at()),
                contact(unsubscribed, asked, newsTicked, withdrawn), "a withdrawal, whatever else was said");
        assertEquals(new EmailContact(EmailContact.Standing.CONSENTED, Instant.parse("2026-11-01T10:00:00Z")),
                contact(null, asked, withdrawn, change(ConsentPurpose.CONTACT, true, "2026-11-01T10:00:00Z")),
                "given again since");
        assertEquals(new EmailContact(EmailContact.Standing.UNSUBSCRIBED, unsubscribed),
                contact(unsubscribed, asked), "unsubscribed from the centre's mailings, agreeing still to be contacted");
        ConsentEntry newsWithdrawn = change(ConsentPurpose.NEWS, false, "2026-10-01T10:00:00Z");
        assertEquals(new EmailContact(EmailContact.Standing.UNSUBSCRIBED, newsWithdrawn.at()),
                contact(null, asked, newsTicked, newsWithdrawn), "news withdrawn");
        assertEquals(new EmailContact(EmailContact.Standing.UNSUBSCRIBED, newsWithdrawn.at()),
                contact(unsubscribed, asked, newsTicked, newsWithdrawn), "both: since the first of them");
        ConsentEntry listSaysNo = list(ConsentPurpose.CONTACT, false, "2026-11-01T10:00:00Z");
        assertEquals(new EmailContact(EmailContact.Standing.REFUSED, listSaysNo.at()), contact(null, listSaysNo));
        assertEquals(new EmailContact(EmailContact.Standing.CONSENTED, asked.at()), contact(null, asked, listSaysNo),
                "a list's no takes back no consent given before");
        assertEquals(EmailContact.NONE, contact(null));
        assertEquals(EmailContact.NONE, contact(null, form(ConsentPurpose.NEWS, false,
                "2026-11-01T10:00:00Z")), "a news box left unticked is no answer on being contacted");
        assertEquals(new EmailContact(EmailContact.Standing.CONSENTED, newsTicked.at()), contact(null, newsTicked),
                "news asked for alone");

        assertTrue(EmailContact.Standing.WITHDRAWN.declinedContact() && EmailContact.Standing.REFUSED.declinedContact());
        assertFalse(EmailContact.Standing.UNSUBSCRIBED.declinedContact(), "only mailings were refused");
        assertTrue(EmailContact.Standing.UNSUBSCRIBED.saidNo());
        assertFalse(EmailContact.Standing.NONE.saidNo() || EmailContact.Standing.CONSENTED.saidNo()
                || EmailContact.Standing.LAPSED.saidNo() || EmailContact.Standing.CONSENTED_NO_MAILINGS.saidNo());
        assertFalse(EmailContact.Standing.LAPSED.declinedContact() || EmailContact.Standing.NONE.declinedContact()
                || EmailContact.Standing.CONSENTED_NO_MAILINGS.declinedContact(), "nobody said not to call");
    }

    /** Whether the person is one the export blanks the phone of is the same rule as {@code contactDeclined}. */
    @Test
    void aStandingDeclinesContactExactlyWhenTheRegisterSaysNoToBeingContacted() {
        List<List<ConsentEntry>> registers = List.of(List.of(),
                List.of(form(ConsentPurpose.CONTACT, false, "2026-11-01T10:00:00Z")),
                List.of(form(ConsentPurpose.CONTACT, true, "2026-09-01T10:00:00Z"),
                        form(ConsentPurpose.CONTACT, false, "2026-11-01T10:00:00Z")),
                List.of(form(ConsentPurpose.CONTACT, true, "2026-09-01T10:00:00Z"),
                        change(ConsentPurpose.CONTACT, false, "2026-11-01T10:00:00Z")),
                List.of(form(ConsentPurpose.CONTACT, true, "2026-09-01T10:00:00Z"),
                        change(ConsentPurpose.NEWS, false, "2026-11-01T10:00:00Z")));
        for (List<ConsentEntry> register : registers) {
            assertEquals(ConsentStandings.contactDeclined(register),
                    ConsentStandings.emailContact(register, null, SIX_MONTHS_AGO).standing().declinedContact(),
                    register.toString());
        }
    }

    /**
     * Consent implied by a request lapses six months on, as for the centre's bulk e-mail: the list says so, since the
     * day it lapsed, and not to write; news asked for does not lapse; an application implies consent as a request does.
     */
    @Test
    void aRequestsConsentLapsesAfterSixMonthsAsForBulkEmail() {
        ConsentEntry oldRequest = form(ConsentPurpose.CONTACT, true, "2026-01-10T10:00:00Z");
        assertEquals(new EmailContact(EmailContact.Standing.LAPSED, Instant.parse("2026-07-10T10:00:00Z")),
                contact(null, oldRequest, form(ConsentPurpose.NEWS, false, "2026-01-10T10:00:00Z")),
                "since the day it lapsed");
        assertEquals(new EmailContact(EmailContact.Standing.CONSENTED, Instant.parse("2026-09-01T10:00:00Z")),
                contact(null, oldRequest, form(ConsentPurpose.CONTACT, true, "2026-09-01T10:00:00Z")),
                "a later request gives it again");
        ConsentEntry oldNews = form(ConsentPurpose.NEWS, true, "2025-03-01T10:00:00Z");
        assertEquals(new EmailContact(EmailContact.Standing.CONSENTED, oldNews.at()),
                contact(null, form(ConsentPurpose.CONTACT, true, "2025-03-01T10:00:00Z"), oldNews),
                "news asked for, express, does not lapse");
        ConsentEntry applied = form(ConsentPurpose.APPLICATION, true, "2026-10-01T10:00:00Z");
        assertEquals(new EmailContact(EmailContact.Standing.CONSENTED, applied.at()), contact(null, applied));
        assertEquals(new EmailContact(EmailContact.Standing.LAPSED, Instant.parse("2026-04-01T10:00:00Z")),
                contact(null, form(ConsentPurpose.APPLICATION, true, "2025-10-01T10:00:00Z")));
        assertEquals("emailContact.LAPSED", EmailContact.Standing.LAPSED.messageKey());
    }

    /**
     * A person who unsubscribed, or withdrew their consent to news, then asked to be contacted by a request since:
     * consent given, without mailings. A request before the last no, or one whose consent lapsed, leaves the no.
     */
    @Test
    void aRequestSentAfterUnsubscribingIsConsentWithoutMailings() {
        Instant unsubscribed = Instant.parse("2026-09-15T10:00:00Z");
        ConsentEntry before = form(ConsentPurpose.CONTACT, true, "2026-09-01T10:00:00Z");
        ConsentEntry after = form(ConsentPurpose.CONTACT, true, "2026-10-01T10:00:00Z");

        assertEquals(new EmailContact(EmailContact.Standing.CONSENTED_NO_MAILINGS, after.at()),
                contact(unsubscribed, before, after));
        assertEquals(new EmailContact(EmailContact.Standing.UNSUBSCRIBED, unsubscribed), contact(unsubscribed, before));
        ConsentEntry newsWithdrawn = change(ConsentPurpose.NEWS, false, "2026-09-20T10:00:00Z");
        assertEquals(new EmailContact(EmailContact.Standing.CONSENTED_NO_MAILINGS, after.at()),
                contact(null, before, newsWithdrawn, after), "news withdrawn, then a request");
        assertEquals(new EmailContact(EmailContact.Standing.UNSUBSCRIBED, unsubscribed),
                contact(unsubscribed, before, after, change(ConsentPurpose.NEWS, false, "2026-10-05T10:00:00Z")),
                "news withdrawn after the request: the no said last stands, since the first no");
        assertEquals(new EmailContact(EmailContact.Standing.UNSUBSCRIBED, Instant.parse("2025-12-01T10:00:00Z")),
                contact(Instant.parse("2025-12-01T10:00:00Z"), form(ConsentPurpose.CONTACT, true,
                        "2026-01-10T10:00:00Z")), "a request since, whose consent lapsed");
        assertEquals(new EmailContact(EmailContact.Standing.WITHDRAWN, Instant.parse("2026-10-02T10:00:00Z")),
                contact(unsubscribed, before, after, change(ConsentPurpose.CONTACT, false, "2026-10-02T10:00:00Z")),
                "a withdrawal of being contacted after it");
        assertEquals(Standing.WITHDRAWN, standing(before, newsWithdrawn, after),
                "as for bulk e-mail: no mailing after news withdrawn, whatever request came since");
    }

    /**
     * The list says "consent given" of exactly the people the centre's bulk e-mail may reach, by the register alone:
     * a consent in force, not lapsed, not taken back.
     */
    @Test
    void theListSaysConsentGivenOfThePeopleBulkEmailReaches() {
        List<List<ConsentEntry>> registers = List.of(List.of(),
                List.of(form(ConsentPurpose.CONTACT, true, "2026-09-01T10:00:00Z")),
                List.of(form(ConsentPurpose.CONTACT, true, "2026-01-01T10:00:00Z")),
                List.of(form(ConsentPurpose.CONTACT, true, "2026-01-01T10:00:00Z"),
                        form(ConsentPurpose.NEWS, true, "2026-01-01T10:00:00Z")),
                List.of(form(ConsentPurpose.NEWS, false, "2026-09-01T10:00:00Z")),
                List.of(form(ConsentPurpose.APPLICATION, true, "2026-09-01T10:00:00Z")),
                List.of(form(ConsentPurpose.APPLICATION, true, "2025-09-01T10:00:00Z")),
                List.of(form(ConsentPurpose.CONTACT, true, "2026-09-01T10:00:00Z"),
                        change(ConsentPurpose.CONTACT, false, "2026-10-01T10:00:00Z")),
                List.of(form(ConsentPurpose.NEWS, true, "2026-09-01T10:00:00Z"),
                        change(ConsentPurpose.NEWS, false, "2026-10-01T10:00:00Z")),
                List.of(form(ConsentPurpose.CONTACT, true, "2026-09-01T10:00:00Z"),
                        change(ConsentPurpose.NEWS, false, "2026-10-01T10:00:00Z"),
                        form(ConsentPurpose.CONTACT, true, "2026-11-01T10:00:00Z")));
        for (List<ConsentEntry> register : registers) {
            assertEquals(ConsentStandings.standing(register, SIX_MONTHS_AGO).allowsBulkMail(),
                    ConsentStandings.emailContact(register, null, SIX_MONTHS_AGO).standing()
                            == EmailContact.Standing.CONSENTED, register.toString());
        }
    }

    private static EmailContact contact(Instant unsubscribedAt, ConsentEntry... lines) {
        return ConsentStandings.emailContact(List.of(lines), unsubscribedAt, SIX_MONTHS_AGO);
    }

    @Test
    void newsAskedForBeforeAWithdrawalOfAllContactIsNoLongerShownInForceAndNewsGivenAgainIsRecordedAsNew() {
        ConsentEntry news = form(ConsentPurpose.NEWS, true, "2026-01-10T12:00:00Z");
        ConsentEntry withdrawal = change(ConsentPurpose.CONTACT, false, "2026-02-10T12:00:00Z");
        List<ConsentEntry> register = List.of(form(ConsentPurpose.CONTACT, true, "2026-01-10T12:00:00Z"), news,
                withdrawal);

        assertEquals(Standing.WITHDRAWN, ConsentStandings.standing(register, SIX_MONTHS_AGO), "bulk e-mail leaves her out");
        assertFalse(ConsentStandings.inForce(register).containsKey(ConsentPurpose.NEWS),
                "her page does not say \"news accepted\", and news ticked again is a new word, not \"already given\"");
        assertEquals(withdrawal, ConsentStandings.inForce(register).get(ConsentPurpose.CONTACT));

        ConsentEntry newsTickedOnAForm = form(ConsentPurpose.NEWS, true, "2026-03-10T12:00:00Z");
        List<ConsentEntry> ticked = new java.util.ArrayList<>(register);
        ticked.add(newsTickedOnAForm);
        assertFalse(ConsentStandings.inForce(ticked).containsKey(ConsentPurpose.NEWS),
                "news ticked on a public form, which anyone who knows her address can send, waits for her to confirm");
        assertEquals(Standing.WITHDRAWN, ConsentStandings.standing(ticked, SIX_MONTHS_AGO));

        ConsentEntry newsAgain = new ConsentEntry(Instant.parse("2026-03-11T12:00:00Z"), ConsentPurpose.NEWS, true,
                ConsentChannel.PREFERENCES, null, "fr", "v", "texte", null, null, null, false);
        List<ConsentEntry> again = new java.util.ArrayList<>(ticked);
        again.add(newsAgain);
        assertEquals(newsAgain, ConsentStandings.inForce(again).get(ConsentPurpose.NEWS), "confirmed from her own link");
        assertEquals(Standing.EXPRESS, ConsentStandings.standing(again, SIX_MONTHS_AGO));
    }

    @Test
    void aNoToBeingContactedStandsForCallsWhateverIsSaidOfNewsAndOnlyAYesToBeingContactedEndsIt() {
        ConsentEntry refused = form(ConsentPurpose.CONTACT, false, "2026-01-10T12:00:00Z");
        ConsentEntry news = form(ConsentPurpose.NEWS, true, "2026-01-10T12:00:00Z");
        assertTrue(ConsentStandings.contactRefused(List.of(refused, news)), "news is a yes to e-mail, not to a call");
        assertEquals(EmailContact.Standing.CONSENTED,
                ConsentStandings.emailContact(List.of(refused, news), null, SIX_MONTHS_AGO).standing());

        assertFalse(ConsentStandings.contactRefused(List.of(refused, news,
                form(ConsentPurpose.CONTACT, true, "2026-02-10T12:00:00Z"))), "a later request to be contacted");
        assertTrue(ConsentStandings.contactRefused(List.of(form(ConsentPurpose.CONTACT, true, "2026-01-10T12:00:00Z"),
                change(ConsentPurpose.CONTACT, false, "2026-02-10T12:00:00Z"))), "a withdrawal");
        assertFalse(ConsentStandings.contactRefused(List.of(form(ConsentPurpose.CONTACT, true, "2026-01-10T12:00:00Z"),
                form(ConsentPurpose.CONTACT, false, "2026-02-10T12:00:00Z"))),
                "a box unticked on a later form withdraws nothing");
        assertTrue(ConsentStandings.contactRefused(List.of(change(ConsentPurpose.CONTACT, false,
                "2026-01-10T12:00:00Z"), list(ConsentPurpose.CONTACT, true, "2026-02-10T12:00:00Z"))),
                "a list's yes does not overrule her own no");
        assertFalse(ConsentStandings.contactRefused(List.of()), "never asked");
    }

    /**
     * She withdrew all contact, then gave news again on her consents page: she is written to again (news and the
     * answers to her requests), and her page says so — being contacted given since the day she gave news, not
     * "withdrawn". Withdrawing being contacted once more takes both back, as before.
     */
    @Test
    void aWithdrawalOfAllContactEndedByNewsGivenAgainIsNoLongerShownAsWithdrawn() {
        ConsentEntry asked = form(ConsentPurpose.CONTACT, true, "2026-01-10T12:00:00Z");
        ConsentEntry news = form(ConsentPurpose.NEWS, true, "2026-01-10T12:00:00Z");
        ConsentEntry withdrawal = new ConsentEntry(Instant.parse("2026-02-10T12:00:00Z"), ConsentPurpose.CONTACT,
                false, ConsentChannel.PREFERENCES, null, "fr", "v", "texte", null, null, null, false);
        ConsentEntry newsAgain = new ConsentEntry(Instant.parse("2026-11-10T12:00:00Z"), ConsentPurpose.NEWS, true,
                ConsentChannel.PREFERENCES, null, "fr", "v", "texte", null, null, null, false);
        List<ConsentEntry> register = List.of(asked, news, withdrawal, newsAgain);

        assertTrue(ConsentStandings.mayWrite(ConsentStandings.Mail.BULK, register, null, SIX_MONTHS_AGO));
        assertTrue(ConsentStandings.mayWrite(ConsentStandings.Mail.REPLY, register, null, SIX_MONTHS_AGO));
        ConsentEntry contact = ConsentStandings.inForce(register).get(ConsentPurpose.CONTACT);
        assertTrue(contact.granted(), "her page no longer says contact withdrawn");
        assertEquals(ConsentPurpose.CONTACT, contact.purpose());
        assertEquals(newsAgain.at(), contact.at(), "given since the day she gave news again");
        assertEquals(newsAgain, ConsentStandings.inForce(register).get(ConsentPurpose.NEWS));
        assertEquals(new EmailContact(EmailContact.Standing.CONSENTED, newsAgain.at()),
                ConsentStandings.emailContact(register, null, SIX_MONTHS_AGO), "the lead list's file says the same");
        assertEquals(withdrawal, ConsentStandings.inForceAsWritten(register).get(ConsentPurpose.CONTACT),
                "a registration that asks again compares with her written no, and records her yes to being contacted");

        ConsentEntry againNo = new ConsentEntry(Instant.parse("2026-11-20T12:00:00Z"), ConsentPurpose.CONTACT,
                false, ConsentChannel.PREFERENCES, null, "fr", "v", "texte", null, null, null, false);
        List<ConsentEntry> withdrawnAgain = List.of(asked, news, withdrawal, newsAgain, againNo);
        assertEquals(againNo, ConsentStandings.inForce(withdrawnAgain).get(ConsentPurpose.CONTACT));
        assertFalse(ConsentStandings.inForce(withdrawnAgain).containsKey(ConsentPurpose.NEWS));
        assertFalse(ConsentStandings.mayWrite(ConsentStandings.Mail.REPLY, withdrawnAgain, null, SIX_MONTHS_AGO));

        List<ConsentEntry> listYesOnly = List.of(asked, withdrawal, list(ConsentPurpose.NEWS, true,
                "2026-11-10T12:00:00Z"));
        assertEquals(withdrawal, ConsentStandings.inForce(listYesOnly).get(ConsentPurpose.CONTACT),
                "a list's yes ends no withdrawal of hers");
    }

    /**
     * A withdrawal of being contacted that staff write down as said before the person asked to be written to again —
     * news given, a request, an application — would end nothing: the day of that later yes is found, so that staff
     * are told. A list's yes, or the processing given back on the person's page, asks nothing.
     */
    @Test
    void aWithdrawalOfBeingContactedSaidBeforeALaterYesOfThePersonsOwnIsFound() {
        Instant called = Instant.parse("2026-02-01T12:00:00Z");
        ConsentEntry asked = form(ConsentPurpose.CONTACT, true, "2026-01-10T12:00:00Z");
        ConsentEntry newsAfter = change(ConsentPurpose.NEWS, true, "2026-03-01T12:00:00Z");
        assertEquals(newsAfter.at(), ConsentStandings.askedToBeWrittenToSince(List.of(asked, newsAfter), called));
        assertEquals(null, ConsentStandings.askedToBeWrittenToSince(List.of(asked), called), "nothing since");
        ConsentEntry applied = form(ConsentPurpose.APPLICATION, true, "2026-04-01T12:00:00Z");
        assertEquals(applied.at(), ConsentStandings.askedToBeWrittenToSince(List.of(asked, newsAfter, applied),
                called), "the latest");
        assertEquals(null, ConsentStandings.askedToBeWrittenToSince(List.of(asked, list(ConsentPurpose.NEWS, true,
                "2026-03-01T12:00:00Z"), new ConsentEntry(Instant.parse("2026-03-02T12:00:00Z"),
                ConsentPurpose.APPLICATION, true, ConsentChannel.PREFERENCES, null, "fr", "v", "texte", null, null,
                null, false)), called), "a list's yes, the processing given back");

        List<ConsentEntry> recorded = List.of(asked, newsAfter, change(ConsentPurpose.CONTACT, false,
                "2026-02-01T12:00:00Z"));
        assertTrue(ConsentStandings.mayWrite(ConsentStandings.Mail.REPLY, recorded, null, SIX_MONTHS_AGO),
                "recorded all the same, it would stop nothing");
    }

    private static Standing standing(ConsentEntry... lines) {
        return ConsentStandings.standing(List.of(lines), SIX_MONTHS_AGO);
    }

    static ConsentEntry form(ConsentPurpose purpose, boolean granted, String at) {
        return new ConsentEntry(Instant.parse(at), purpose, granted, null, "FORM /fr/information", "fr", "v", "texte",
                null, null, null, false);
    }

    static ConsentEntry change(ConsentPurpose purpose, boolean granted, String at) {
        return new ConsentEntry(Instant.parse(at), purpose, granted, ConsentChannel.PHONE, null, "fr", "v", "texte",
                null, 1L, null, false);
    }

    /** What a line of an imported list said: a registration the import made, with the list as its proof. */
    static ConsentEntry list(ConsentPurpose purpose, boolean granted, String at) {
        return new ConsentEntry(Instant.parse(at), purpose, granted, null, "IMPORT #9 line 2", "fr", "import",
                "« Consentement » = « oui »", null, null, null, true);
    }
}
