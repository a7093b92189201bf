package ca.tremplin.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.inquiry.ReplyTemplate;
import ca.tremplin.kernel.Languages;
import ca.tremplin.person.ConsentChannel;
import ca.tremplin.person.ConsentEntry;
import ca.tremplin.person.ConsentPurpose;
import ca.tremplin.person.ConsentStandings;
import ca.tremplin.person.EmailContact;
import ca.tremplin.person.MailingConsents.Standing;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * What a bulk e-mail decides for each person, which its preview and its sending share: who receives it, who is left
 * out and why, which version they read, and the message merged for them.
 */
class BulkEmailRulesTest {

    private static final Function<Locale, String> CENTRE = language ->
            Languages.isEnglish(language) ? "Fjord School Service Centre" : "Centre de services scolaire du Fjord";
    private static final String[] WELDING = {"Soudage-montage", "Welding and Fitting", null};

    @Test
    void aPersonIsLeftOutForNoAddressThenForUnsubscribingThenForTheirConsentAtTheTimeOfSending() {
        Set<String> unsubscribed = Set.of("parti@exemple.ca");
        assertEquals("casl.noEmail", BulkEmailRules.whyLeftOut(null, unsubscribed, Standing.EXPRESS));
        assertEquals("casl.unsubscribed", BulkEmailRules.whyLeftOut("parti@exemple.ca", unsubscribed,
                Standing.EXPRESS), "an unsubscription outweighs an express consent");
        assertEquals("casl.standing.LAPSED", BulkEmailRules.whyLeftOut("ancien@exemple.ca", unsubscribed,
                Standing.LAPSED));
        assertEquals("casl.standing.WITHDRAWN", BulkEmailRules.whyLeftOut("retrait@exemple.ca", unsubscribed,
                Standing.WITHDRAWN));
        assertEquals("casl.standing.NONE", BulkEmailRules.whyLeftOut("inconnu@exemple.ca", unsubscribed,
                Standing.NONE));
        assertNull(BulkEmailRules.whyLeftOut("oui@exemple.ca", unsubscribed, Standing.EXPRESS));
        assertNull(BulkEmailRules.whyLeftOut("recent@exemple.ca", unsubscribed, Standing.IMPLIED));
        assertEquals("casl.standing.REFUSED", BulkEmailRules.whyLeftOut("refus@exemple.ca", unsubscribed,
                Standing.REFUSED));
    }

    /**
     * The lead list's file says "consent given" of exactly the people the sending reaches, by the same rule: for a
     * request, news given, a withdrawal of being contacted, news given again after it (the file said "withdrawn"
     * while the sending wrote), a list's yes after a withdrawal, a list's refusal, news withdrawn, a request since, an
     * unsubscription, a consent lapsed — each with and without an unsubscription.
     */
    @Test
    void theFileSaysConsentGivenOfExactlyThePeopleTheSendingReaches() {
        Instant sixMonthsAgo = Instant.parse("2026-06-01T00:00:00Z");
        ConsentEntry request = line(ConsentPurpose.CONTACT, true, null, "2026-09-01T10:00:00Z", false);
        ConsentEntry withdrawn = line(ConsentPurpose.CONTACT, false, ConsentChannel.PHONE, "2026-10-01T10:00:00Z",
                false);
        ConsentEntry newsAgain = line(ConsentPurpose.NEWS, true, ConsentChannel.PREFERENCES, "2026-11-01T10:00:00Z",
                false);
        ConsentEntry newsTickedAtARegistration = line(ConsentPurpose.NEWS, true, ConsentChannel.EVENT,
                "2026-11-01T10:00:00Z", false);
        ConsentEntry listYes = line(ConsentPurpose.NEWS, true, null, "2026-11-01T10:00:00Z", true);
        ConsentEntry listNo = line(ConsentPurpose.CONTACT, false, null, "2026-09-01T10:00:00Z", true);
        ConsentEntry newsWithdrawn = line(ConsentPurpose.NEWS, false, ConsentChannel.PREFERENCES,
                "2026-10-01T10:00:00Z", false);
        ConsentEntry requestSince = line(ConsentPurpose.CONTACT, true, null, "2026-11-01T10:00:00Z", false);
        ConsentEntry oldRequest = line(ConsentPurpose.CONTACT, true, null, "2026-01-01T10:00:00Z", false);
        List<List<ConsentEntry>> registers = List.of(List.of(), List.of(request), List.of(request, newsAgain),
                List.of(request, withdrawn), List.of(request, withdrawn, newsAgain),
                List.of(request, withdrawn, newsTickedAtARegistration), List.of(request, withdrawn, listYes),
                List.of(listNo), List.of(listNo, requestSince), List.of(request, newsWithdrawn),
                List.of(request, newsWithdrawn, requestSince), List.of(oldRequest));
        for (List<ConsentEntry> register : registers) {
            for (Instant unsubscribedAt : java.util.Arrays.asList(null, Instant.parse("2026-09-15T10:00:00Z"))) {
                boolean sent = BulkEmailRules.whyLeftOut("awa@exemple.sn", unsubscribedAt == null ? Set.of()
                        : Set.of("awa@exemple.sn"), ConsentStandings.standing(register, sixMonthsAgo)) == null;
                EmailContact said = ConsentStandings.emailContact(register, unsubscribedAt, sixMonthsAgo);
                assertEquals(sent, said.standing() == EmailContact.Standing.CONSENTED, register + " " + unsubscribedAt);
                assertEquals(sent, ConsentStandings.mayWrite(ConsentStandings.Mail.BULK, register, unsubscribedAt,
                        sixMonthsAgo), "the rule of bulk e-mail: " + register);
            }
        }
        assertEquals(EmailContact.Standing.CONSENTED, ConsentStandings.emailContact(List.of(request, withdrawn,
                newsAgain), null, sixMonthsAgo).standing(), "news given again after a withdrawal: sent, and said so");
        assertEquals(EmailContact.Standing.WITHDRAWN, ConsentStandings.emailContact(List.of(request, withdrawn,
                newsTickedAtARegistration), null, sixMonthsAgo).standing(),
                "news ticked on a registration form after a withdrawal waits for the person to confirm it");
    }

    private static ConsentEntry line(ConsentPurpose purpose, boolean granted, ConsentChannel channel, String at,
                                     boolean fromList) {
        return new ConsentEntry(Instant.parse(at), purpose, granted, channel, null, "fr", "v", "texte", null, null,
                null, fromList);
    }

    @Test
    void theChosenAreSplitInTheirOrderAndTheOthersCountedByWhy() {
        Map<String, String> why = Map.of("Awa", "", "Bo", "casl.noEmail", "Chen", "", "Dina", "casl.unsubscribed",
                "Eli", "casl.noEmail");
        BulkEmailRules.Audience<String> audience = BulkEmailRules.audience(List.of("Eli", "Chen", "Bo", "Awa", "Dina"),
                name -> why.get(name).isEmpty() ? null : why.get(name), name -> name);

        assertEquals(List.of("Chen", "Awa"), audience.recipients(), "in the order given: the first is the preview's");
        assertEquals(List.of("Eli", "Bo", "Dina"), audience.leftOut());
        assertEquals(Map.of("casl.noEmail", 2, "casl.unsubscribed", 1), audience.whyLeftOut());
        assertEquals(List.of("casl.noEmail", "casl.unsubscribed"), List.copyOf(audience.whyLeftOut().keySet()),
                "reasons in the order they first came");
    }

    @Test
    void eachPersonGetsTheVersionOfTheLanguageTheyReadWhenThereIsOne() {
        ReplyTemplate french = new ReplyTemplate("Relance", "fr", "Sujet", "Texte");
        ReplyTemplate english = new ReplyTemplate("Follow-up", "en", "Subject", "Text");
        assertSame(english, BulkEmailRules.versionFor("en", french, english));
        assertSame(french, BulkEmailRules.versionFor("fr", french, english));
        assertSame(french, BulkEmailRules.versionFor(null, french, english), "no language known: the template");
        assertSame(french, BulkEmailRules.versionFor("en", french, null), "no other version: everyone the same");
    }

    @Test
    void theMessageIsMergedForThePersonInTheLanguageOfItsVersion() {
        ReplyTemplate english = new ReplyTemplate("Follow-up", "en", "{firstName}, your plans in {programTitle}",
                "Hello {firstName} {lastName},\n{schoolBoard} — {recruiter}");
        BulkEmailRules.Merged merged = BulkEmailRules.merge(english, "Sione", "Tupou", "Marie Tremblay", CENTRE,
                WELDING);

        assertEquals("Sione, your plans in Welding and Fitting", merged.subject());
        assertEquals("Hello Sione Tupou,\nFjord School Service Centre — Marie Tremblay", merged.body());
        assertEquals("en", merged.languageTag());

        ReplyTemplate french = new ReplyTemplate("Relance", "fr", "Votre projet : {programTitle}",
                "Bonjour {firstName},");
        BulkEmailRules.Merged oneName = BulkEmailRules.merge(french, null, "Madonna", "Marie Tremblay", CENTRE,
                new String[3]);
        assertEquals("Bonjour Madonna,", oneName.body(), "a person with one name is greeted by it");
        assertEquals("Votre projet : la formation professionnelle", oneName.subject(), "no program asked: never empty");
        assertEquals("Your plans: Soudage-montage", BulkEmailRules.merge(new ReplyTemplate("F", "en",
                        "Your plans: {programTitle}", "x"), "A", "B", "R", CENTRE,
                new String[] {"Soudage-montage", null, null}).subject(), "no English title: the French one");
    }

    @Test
    void aLongNameMergedIntoTheSubjectIsCutToWhatAMessageHolds() {
        ReplyTemplate template = new ReplyTemplate("Relance", "fr", "{firstName} {lastName} {lastName}", "x");
        String subject = BulkEmailRules.merge(template, "Maria " + "Aparecida ".repeat(20), "dos Santos ".repeat(20),
                "R", CENTRE, WELDING).subject();
        assertEquals(ca.tremplin.mail.OutboxMessage.SUBJECT_MAX, subject.codePointCount(0, subject.length()));
        assertTrue(subject.endsWith("…"), subject);
    }
}
