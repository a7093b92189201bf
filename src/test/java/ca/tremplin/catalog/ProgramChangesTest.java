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
