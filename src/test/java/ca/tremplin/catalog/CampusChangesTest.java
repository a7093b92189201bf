package ca.tremplin.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ca.tremplin.security.StaffChange;
import ca.tremplin.tenant.QuebecRegion;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A campus's lines in the campuses' history: created with the values it was given, each field an edit changed with its
 * value before and after, under the name the campus had, and read in the reader's language.
 */
class CampusChangesTest {

    @Test
    void anEditNamesEachFieldItChangedWithItsValuesBeforeAndAfter() {
        Centre stored = laval();
        Centre edited = laval();
        edited.setName("CFP Laval-Nord");
        edited.setCity("Terrebonne");
        edited.setRegion(QuebecRegion.LANAUDIERE);
        edited.setContactPhone(null);
        edited.setLatitude(new BigDecimal("45.7"));

        assertEquals(List.of("NAME (CFP Laval → CFP Laval-Nord)", "CITY (Laval → Terrebonne)",
                        "REGION (LAVAL → LANAUDIERE)", "LATITUDE (45.60 → 45.70)", "CONTACT_PHONE (+14505550101 → —)"),
                stored.changedFields(edited));
        assertEquals(List.of(), stored.changedFields(laval()), "saved unchanged: no line");
        assertEquals("CFP Laval: CITY (Laval → Terrebonne)", stored.about("CITY (Laval → Terrebonne)"),
                "under the name it had");
    }

    @Test
    void aCampusCreatedIsSaidWithTheValuesItWasGiven() {
        assertEquals("CFP Laval: ADDRESS (— → 2100, boul. Saint-Martin), CITY (— → Laval), REGION (— → LAVAL),"
                + " LATITUDE (— → 45.60), CONTACT_EMAIL (— → info@cfplaval.example),"
                + " CONTACT_PHONE (— → +14505550101)", laval().createdDetail());
    }

    @Test
    void theLinesAreReadInTheReadersLanguage() {
        StaffChange edited = new StaffChange(1L, StaffChange.Subject.CENTRE, 9L, StaffChange.What.CAMPUS_EDITED,
                "CFP Laval: CITY (Laval → Terrebonne)", java.time.Instant.EPOCH);
        assertEquals("CFP Laval: ville (Laval → Terrebonne)", edited.detailIn(Locale.CANADA_FRENCH));
        assertEquals("CFP Laval: city (Laval → Terrebonne)", edited.detailIn(Locale.ENGLISH));

        StaffChange created = new StaffChange(1L, StaffChange.Subject.CENTRE, 9L, StaffChange.What.CAMPUS_CREATED,
                laval().createdDetail(), java.time.Instant.EPOCH);
        assertEquals("CFP Laval: adresse (— → 2100, boul. Saint-Martin), ville (— → Laval),"
                + " région administrative (— → LAVAL), latitude (— → 45.60), courriel (— → info@cfplaval.example),"
                + " téléphone (— → +14505550101)", created.detailIn(Locale.CANADA_FRENCH));
        assertEquals(true, StaffChange.What.CAMPUSES.contains(StaffChange.What.CAMPUS_DELETED),
                "a campus deleted is a line of the same history");
    }

    private static Centre laval() {
        Centre centre = new Centre();
        centre.setName("CFP Laval");
        centre.setAddress("2100, boul. Saint-Martin");
        centre.setCity("Laval");
        centre.setRegion(QuebecRegion.LAVAL);
        centre.setLatitude(new BigDecimal("45.6"));
        centre.setContactEmail("info@cfplaval.example");
        centre.setContactPhone("+14505550101");
        return centre;
    }
}
