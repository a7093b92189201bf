package ca.tremplin.inquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.tenant.TenantContext;
import ca.tremplin.testsupport.InServerTest;
import ca.tremplin.testsupport.TestCentre;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A centre's reply templates: a name taken, or a template changed meanwhile, is said to the admin, never a 500. */
class ReplyTemplatesIT extends InServerTest {

    @Inject
    InquirySettingsService settings;

    @Test
    void aNameTakenInTheLanguageAndAnEditOfATemplateChangedMeanwhileAreRefusedWithAMessage() {
        TestCentre centre = fixtures.newCentre("templates");
        try (TenantContext.Scope ignored = centre.asAdmin()) {
            ReplyTemplate first = settings.saveTemplate(new ReplyTemplate("Modèle d’accueil é", "fr",
                    "Bienvenue", "Bonjour {firstName},"));
            assertEquals("inquirySettings.templateNameTaken", assertThrows(BusinessRuleException.class,
                    () -> settings.saveTemplate(new ReplyTemplate("modele d’accueil E", "fr", "Autre", "Bonjour")))
                    .messageKey(), "the table's key compares without case or accents, and so does the check");
            settings.saveTemplate(new ReplyTemplate("Modèle d’accueil é", "en", "Welcome", "Hello {firstName},"));

            ReplyTemplate seenByA = settings.templates().stream().filter(t -> t.getId().equals(first.getId()))
                    .findFirst().orElseThrow();
            ReplyTemplate seenByB = settings.templates().stream().filter(t -> t.getId().equals(first.getId()))
                    .findFirst().orElseThrow();
            seenByA.setSubject("Bienvenue au CSS");
            settings.saveTemplate(seenByA);
            seenByB.setSubject("Bienvenue chez nous");
            assertEquals("conflict.modifiedMeanwhile", assertThrows(BusinessRuleException.class,
                    () -> settings.saveTemplate(seenByB)).messageKey());
            assertEquals("Bienvenue au CSS", settings.templates().stream()
                    .filter(t -> t.getId().equals(first.getId())).findFirst().orElseThrow().getSubject());
        }
    }

    @Test
    void aWordInBracesThatNamesNoFieldIsRefusedWhenSavedAndFrenchNamesAreFilled() {
        TestCentre centre = fixtures.newCentre("template-fields");
        try (TenantContext.Scope ignored = centre.asAdmin()) {
            BusinessRuleException typo = assertThrows(BusinessRuleException.class, () -> settings.saveTemplate(
                    new ReplyTemplate("Accueil", "fr", "Votre demande, {prenm}", "Bonjour {prenm}, {ville} !")));
            assertEquals("Ces champs entre accolades n’existent pas : {prenm}, {ville}. Les champs de fusion sont"
                    + " {firstName} (ou {prénom}), {lastName} ({nom}), {programTitle} ({programme}), {schoolBoard}"
                    + " ({centre}) et {recruiter} ({recruteur}).", typo.localizedMessage(Locale.FRENCH));
            assertTrue(settings.templates().isEmpty(), "nothing saved");

            ReplyTemplate french = settings.saveTemplate(new ReplyTemplate("Accueil", "fr", "Votre demande",
                    "Bonjour { Prénom }, le {centre} vous répond. {recruteur}"));
            assertEquals("Bonjour Awa, le CSS du Fjord vous répond. Marc", ReplyTemplate.merge(french.getBody(),
                    Map.of("firstName", "Awa", "schoolBoard", "CSS du Fjord", "recruiter", "Marc")));
        }
        assertEquals(List.of("{ville}"), ReplyTemplate.unknownFields("Prix : {0} $ {ville} {firstName}"),
                "a number in braces is no field");
        assertEquals(List.of("{first name}", "{{prenom}}", "{nom-de-famille}", "{programme"),
                ReplyTemplate.unknownFields("Bonjour {first name}", "Bonjour {{prenom}}", "Bonjour {nom-de-famille}",
                        "Corps {programme"), "fields meant but not written as fields: the person would read them");
        // "prénom" typed with its accent apart (e + U+0301), as some keyboards and pastes give it, is the field.
        assertEquals(List.of(), ReplyTemplate.unknownFields("Bonjour {pre\u0301nom},"));
        assertEquals("Bonjour Awa,", ReplyTemplate.merge("Bonjour {pre\u0301nom},", Map.of("firstName", "Awa")));
    }
}
