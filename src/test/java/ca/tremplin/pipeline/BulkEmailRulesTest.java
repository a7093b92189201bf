package ca.tremplin.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.inquiry.ReplyTemplate;
import ca.tremplin.kernel.Languages;
import ca.tremplin.person.MailingConsents.Standing;
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
