package ca.tremplin.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.kernel.Languages;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemsTest {

    @Test
    void invalidParametersListEachParameterWithWhatIsExpectedInTheCallersLanguage() {
        List<InvalidParameter> invalid = List.of(InvalidParameter.malformed("region", "ATLANTIS"),
                InvalidParameter.malformed("page", "abc"), InvalidParameter.missing("program"));

        Problem french = Problems.invalidParameters(Languages.FRENCH, invalid);
        Problem english = Problems.invalidParameters(Languages.ENGLISH, invalid);

        assertEquals(400, french.status());
        assertEquals("about:blank", french.type());
        assertEquals("Paramètres invalides", french.title());
        assertEquals("Invalid parameters", english.title());
        assertEquals(List.of("region", "page", "program"),
                french.errors().stream().map(ParameterError::parameter).toList());
        assertEquals("ATLANTIS", french.errors().get(0).value());
        assertTrue(french.errors().get(0).message().contains("MONTREAL, OUTAOUAIS"), french.errors().get(0).message());
        assertTrue(english.errors().get(0).message().startsWith("A Québec administrative region is expected"));
        assertEquals("Numéro de page attendu, de 1 à 10000.", french.errors().get(1).message());
        assertEquals("A page number is expected, from 1 to 10000.", english.errors().get(1).message());
        assertEquals(null, french.errors().get(2).value());
        assertEquals("This parameter is required.", english.errors().get(2).message());
    }

    @Test
    void everyParameterTheApiReadsHasAMessageInBothLanguages() {
        for (String name : List.of("sector", "region", "type", "instruction", "month", "tuition", "open", "sort",
                "page", "program", "from", "Idempotency-Key", "somethingElse")) {
            for (var locale : Languages.ALL) {
                String message = Problems.message(locale, InvalidParameter.malformed(name, "x"));
                assertFalse(message.startsWith("???"), name + ": " + message);
                assertFalse(message.contains("{0}"), name + ": " + message);
            }
        }
    }

    @Test
    void anIdempotencyKeyTooLongSaysHowLongOneMayBe() {
        InvalidParameter key = InvalidParameter.malformed("Idempotency-Key", "k".repeat(101));

        assertEquals("Une clé de 1 à 100 caractères ASCII imprimables (lettres sans accents, chiffres, espaces et"
                        + " ponctuation) est attendue, par exemple un UUID.",
                Problems.message(Languages.FRENCH, key));
        assertEquals("A key of 1 to 100 printable ASCII characters (unaccented letters, digits, spaces and punctuation)"
                        + " is expected, for example a UUID.",
                Problems.message(Languages.ENGLISH, key));
    }

    @Test
    void aLongValueIsEchoedShortened() {
        InvalidParameter parameter = InvalidParameter.malformed("month", "9".repeat(500));

        assertEquals(41, parameter.value().length());
        assertTrue(parameter.value().endsWith("…"));
    }

    @Test
    void aBusinessRuleIsExplainedInTheCallersLanguage() {
        Problem problem = Problems.businessRule(Languages.ENGLISH, new BusinessRuleException("program.sectorUnknown"));

        assertEquals(400, problem.status());
        assertEquals("Request refused", problem.title());
        assertEquals("Choose a training sector from the list.", problem.detail());
        assertTrue(problem.errors().isEmpty());
    }

    @Test
    void httpErrorsKeepTheirStatusWithATextOfTheirOwn() {
        assertEquals(404, Problems.httpError(Languages.FRENCH, 404).status());
        assertEquals("Ressource introuvable", Problems.httpError(Languages.FRENCH, 404).title());
        assertEquals("Method not allowed", Problems.httpError(Languages.ENGLISH, 405).title());
        assertEquals(406, Problems.httpError(Languages.ENGLISH, 406).status());
        assertEquals("Format non accepté", Problems.httpError(Languages.FRENCH, 415).title());
        assertEquals("Request too large", Problems.httpError(Languages.ENGLISH, 413).title());
        assertEquals("Too many requests", Problems.httpError(Languages.ENGLISH, 429).title());
        assertEquals("Requête invalide", Problems.httpError(Languages.FRENCH, 400).title());
        assertEquals(415, Problems.httpError(Languages.FRENCH, 415).status());
        assertEquals(503, Problems.httpError(Languages.ENGLISH, 503).status());
        assertEquals("Internal error", Problems.httpError(Languages.ENGLISH, 503).title());
    }

    @Test
    void aServerErrorSaysNothingOfTheFailure() {
        Problem problem = Problems.serverError(Languages.FRENCH);

        assertEquals(500, problem.status());
        assertEquals("Erreur interne", problem.title());
        assertEquals("Nous n’avons pas pu traiter votre requête. Réessayez dans un instant.", problem.detail());
    }
}
