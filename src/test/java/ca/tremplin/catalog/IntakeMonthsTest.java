package ca.tremplin.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The months requests may name an intake by: the one it starts in, and every one it started in before its start was
 * corrected into another; and the question asked before such a correction, in the reader's words.
 */
class IntakeMonthsTest {

    @Test
    void anIntakeMovedIntoAnotherMonthKeepsTheMonthsItLeft() {
        Intake intake = intake(LocalDate.of(2027, 8, 25));
        assertEquals(Set.of("2027-08"), intake.askedMonths());

        assertNull(intake.moveStart(LocalDate.of(2027, 8, 30)), "the same month: nothing to keep");
        assertEquals(Set.of("2027-08"), intake.askedMonths());

        assertEquals(YearMonth.of(2027, 8), intake.moveStart(LocalDate.of(2027, 9, 1)));
        assertEquals(YearMonth.of(2027, 9), intake.moveStart(LocalDate.of(2027, 10, 4)));
        assertEquals(Set.of("2027-08", "2027-09", "2027-10"), intake.askedMonths(),
                "requests for August or September still name it");
        assertEquals(LocalDate.of(2027, 10, 4), intake.getStartDate());
    }

    @Test
    void theQuestionSaysHowManyRequestsNamedTheMonthAndTheNewStart() {
        IntakeMonthAskedException asked = new IntakeMonthAskedException(3, YearMonth.of(2027, 8),
                LocalDate.of(2027, 9, 1));
        String french = asked.localizedMessage(Locale.CANADA_FRENCH);
        assertTrue(french.startsWith("3 demandes d’information ont demandé ce programme pour une rentrée en août 2027."
                + " Déplacer le début au 1er septembre 2027 ?"), french);
        String english = new IntakeMonthAskedException(1, YearMonth.of(2027, 8), LocalDate.of(2027, 9, 1))
                .localizedMessage(Locale.ENGLISH);
        assertTrue(english.startsWith("One information request asked for this program for an intake in August 2027."
                + " Move the start to September 1, 2027?"), english);
    }

    private static Intake intake(LocalDate start) {
        Intake intake = new Intake();
        intake.setStartDate(start);
        return intake;
    }
}
