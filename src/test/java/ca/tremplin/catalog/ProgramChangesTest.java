package ca.tremplin.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A program's history says which of its fields an edit changed, from what to what, its long texts by their lengths; an
 * intake's lines say which intake, by its start and campus.
 */
class ProgramChangesTest {

    @Test
    void anEditNamesEachFieldItChangedWithItsValuesAndALongTextByItsLengths() {
        Centre laval = centre("CFP Laval");
        Program stored = program(laval);
        Program edited = program(laval);
        edited.setTitleFr("Soudage-montage (DEP)");
        edited.setDescriptionFr("Un tout autre texte, bien plus long que le premier.");
        edited.setTuitionCad(new BigDecimal("1250"));
        edited.setCentres(Set.of(laval, centre("CFP Jonquière")));

        assertEquals(List.of("TITLE_FR (Soudage-montage → Soudage-montage (DEP))", "DESCRIPTION_FR {9 → 51}",
                        "TUITION (1200.00 → 1250.00)", "CENTRES (CFP Laval → CFP Jonquière, CFP Laval)"),
                stored.changedFields(edited));
        assertEquals(List.of(), stored.changedFields(program(laval)), "saved unchanged: no line");
    }

    @Test
    void anIntakesSeatsAreSaidWithTheIntakeTheyBelongTo() {
        Intake intake = new Intake();
        intake.setCentre(centre("CFP Laval"));
        intake.setStartDate(LocalDate.of(2027, 8, 25));
        intake.setApplicationDeadline(LocalDate.of(2027, 5, 1));
        intake.setSeats(20);
        intake.setInternationalSeats(4);

        assertEquals("2027-08-25 CFP Laval: SEATS (20 → 25)", intake.seatsChange(25, 4));
        assertNull(intake.seatsChange(20, 4), "the same seats: no line");
        assertEquals("2027-08-25 CFP Laval: SEATS (— → 20), INTERNATIONAL_SEATS (— → 4), DEADLINE (— → 2027-05-01)",
                intake.addedDetail());
    }

    /** A start typed wrong and corrected leaves both days in the history, under the label the intake had. */
    @Test
    void anIntakesDatesCorrectedAreSaidWithTheirDaysBeforeAndAfter() {
        Intake intake = new Intake();
        intake.setCentre(centre("CFP Laval"));
        intake.setStartDate(LocalDate.of(2072, 8, 25));
        intake.setApplicationDeadline(LocalDate.of(2027, 5, 1));

        assertEquals("2072-08-25 CFP Laval: START (2072-08-25 → 2027-08-25)",
                intake.datesChange(LocalDate.of(2027, 8, 25), LocalDate.of(2027, 5, 1)));
        assertEquals("2072-08-25 CFP Laval: START (2072-08-25 → 2027-08-25), DEADLINE (2027-05-01 → —)",
                intake.datesChange(LocalDate.of(2027, 8, 25), null));
        assertNull(intake.datesChange(LocalDate.of(2072, 8, 25), LocalDate.of(2027, 5, 1)), "the same days: no line");

        ca.tremplin.security.StaffChange line = new ca.tremplin.security.StaffChange(1L,
                ca.tremplin.security.StaffChange.Subject.PROGRAM, 7L, ca.tremplin.security.StaffChange.What.INTAKE_DATES,
                intake.datesChange(LocalDate.of(2027, 8, 25), LocalDate.of(2027, 5, 1)), java.time.Instant.EPOCH);
        assertEquals("2072-08-25 CFP Laval: date de début (2072-08-25 → 2027-08-25)",
                line.detailIn(java.util.Locale.CANADA_FRENCH));
    }

    private static Program program(Centre centre) {
        Program program = new Program();
        program.setCode("5195");
        program.setTitleFr("Soudage-montage");
        program.setDescriptionFr("Un texte.");
        program.setTuitionCad(new BigDecimal("1200.00"));
        program.setCentres(Set.of(centre));
        return program;
    }

    private static Centre centre(String name) {
        Centre centre = new Centre();
        centre.setName(name);
        return centre;
    }
}
