package ca.tremplin.leadimport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A consent column proves a consent only when it says yes and a refusal only when it says no, in French or in
 * English, whatever the case, accents, quotes and blanks around the answer; a blank cell says nothing, and anything
 * else — "peut-être", "N/A", "?" — is not understood, never read as a refusal.
 */
class ConsentAnswerTest {

    @Test
    void yesInFrenchAndInEnglishAndAsTheKnownExportsWriteItIsAConsent() {
        for (String yes : List.of("oui", "Oui", "OUI ", " yes", "Yes", "Y", "o", "true", "TRUE", "Vrai", "1", "x", "X",
                "✓", "✔", "J'accepte", "J’accepte", "j'accepte d'être contacté(e)", "I agree",
                "I agree to be contacted by the school service centres", "Opted in", "Subscribed", "Abonnée",
                "D’accord", "Oui, j’accepte", "Yes, please", "« Oui »", "oui.", "\u00A0oui\u00A0", "Oui\u200B",
                "Cochée", "Checked", "Accepté")) {
            assertEquals(ConsentAnswer.GIVEN, ConsentAnswer.of(yes), yes);
        }
    }

    @Test
    void noInFrenchAndInEnglishIsARefusal() {
        for (String no : List.of("non", "Non", "NON ", "no", "No", "N", "false", "FAUX", "0", "Je refuse",
                "je refuse d’être contacté", "Refusé", "Unsubscribed", "Opted out", "opt-out", "Désabonné",
                "Je n’accepte pas", "Je ne souhaite pas être contacté", "I do not agree", "I don't agree",
                "Non merci", "No thanks", "Non, merci", "non.", "\u00A0Non ")) {
            assertEquals(ConsentAnswer.REFUSED, ConsentAnswer.of(no), no);
        }
    }

    /** The short answers spreadsheets export a box as, in French and in English; "x" is a box ticked. */
    @Test
    void theShortAnswersOfSpreadsheetsAreReadInBothLanguages() {
        Map<String, ConsentAnswer> said = new java.util.LinkedHashMap<>();
        for (String yes : List.of("oui", "yes", "o", "y", "vrai", "true", "1", "x")) {
            said.put(yes, ConsentAnswer.GIVEN);
        }
        for (String no : List.of("non", "no", "n", "faux", "false", "0")) {
            said.put(no, ConsentAnswer.REFUSED);
        }
        said.forEach((answer, read) -> assertEquals(read, ConsentAnswer.of(answer), answer));
        said.forEach((answer, read) -> assertEquals(read, ConsentAnswer.of(answer.toUpperCase(java.util.Locale.ROOT)),
                answer));
    }

    @Test
    void aBlankCellSaysNothingAndAnythingElseIsNotUnderstoodRatherThanARefusal() {
        for (String blank : java.util.Arrays.asList(null, "", "   ", "\u00A0", "\u200B", "\"\"")) {
            assertEquals(ConsentAnswer.BLANK, ConsentAnswer.of(blank), String.valueOf(blank));
        }
        for (String unclear : List.of("peut-être", "Peut-etre", "PEUT-ÊTRE ", "maybe", "Maybe", "N/A", "n/a", "?", "-",
                "ne sait pas", "not specified", "Not applicable", "oui/non", "2", "yes no", "nonsense", "yesterday")) {
            assertEquals(ConsentAnswer.NOT_UNDERSTOOD, ConsentAnswer.of(unclear), unclear);
        }
    }
}
