package ca.tremplin.applicant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ca.tremplin.kernel.Languages;
import ca.tremplin.tenant.Tenant;
import org.junit.jupiter.api.Test;

/**
 * A person whose link belongs to a centre closed since is told so in their language, by the centre's name, and given
 * the coordinating organisation to write to, with the contact it gives (only its name when it gives none).
 */
class CentreClosedExceptionTest {

    @Test
    void thePersonIsToldTheCentreClosedAndWhomToWriteToInTheirLanguage() {
        Tenant coordination = tenant("Organisme de coordination Tremplin", "Tremplin Coordinating Organisation");
        coordination.setContactEmail("accueil@tremplin.example");
        coordination.setContactPhone("418 555-0100");
        CentreClosedException closed = new CentreClosedException(
                tenant("Centre de services scolaire du Fjord", "Fjord School Service Centre"), coordination);

        assertEquals("Ce lien ne fonctionne plus : votre dossier était suivi par Centre de services scolaire du Fjord,"
                + " qui ne reçoit plus de dossiers par Tremplin ; rien ne peut donc y être envoyé. Écrivez à"
                + " l’organisme coordonnateur, Organisme de coordination Tremplin (accueil@tremplin.example ·"
                + " 418 555-0100), qui vous dira à qui vous adresser.", closed.localizedMessage(Languages.FRENCH));
        assertEquals("This link no longer works: your file was followed by Fjord School Service Centre, which no"
                + " longer receives files through Tremplin, so nothing can be sent to it. Write to the coordinating"
                + " organisation, Tremplin Coordinating Organisation (accueil@tremplin.example · 418 555-0100), who"
                + " will tell you whom to contact.", closed.localizedMessage(Languages.ENGLISH));
    }

    @Test
    void aCoordinationThatGivesNoContactIsNamedAlone() {
        CentreClosedException closed = new CentreClosedException(tenant("CSS des Îles", "Islands SSC"),
                tenant("Coordination", "Coordination"));

        assertEquals("This link no longer works: your file was followed by Islands SSC, which no longer receives"
                + " files through Tremplin, so nothing can be sent to it. Write to the coordinating organisation,"
                + " Coordination, who will tell you whom to contact.", closed.localizedMessage(Languages.ENGLISH));
    }

    private static Tenant tenant(String nameFr, String nameEn) {
        Tenant tenant = new Tenant();
        tenant.setNameFr(nameFr);
        tenant.setNameEn(nameEn);
        return tenant;
    }
}
