package ca.tremplin.inquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ca.tremplin.kernel.Languages;
import org.junit.jupiter.api.Test;

/** The centre a person chose on the form, as the coordination's queue and request page name it. */
class ChosenCentreTest {

    @Test
    void aChosenCentreIsNamedInTheReadersLanguage() {
        InboxRow row = row("css-du-fjord", "Centre de services scolaire du Fjord", "Fjord School Service Centre");
        assertEquals("Centre de services scolaire du Fjord", row.chosenCentre(Languages.FRENCH));
        assertEquals("Fjord School Service Centre", row.chosenCentre(Languages.ENGLISH));
    }

    @Test
    void noCentreChosenIsADashAndAnAddressNoCentreHasNowIsShownAsGiven() {
        assertEquals("—", row(null, null, null).chosenCentre(Languages.ENGLISH));
        assertEquals("css-renommee", row("css-renommee", null, null).chosenCentre(Languages.FRENCH));
    }

    private static InboxRow row(String slug, String nameFr, String nameEn) {
        return new InboxRow(1L, java.time.Instant.EPOCH, java.time.Instant.EPOCH, InquiryStatus.NEW, "Awa", "Ndiaye",
                "SN", null, slug, nameFr, nameEn);
    }
}
