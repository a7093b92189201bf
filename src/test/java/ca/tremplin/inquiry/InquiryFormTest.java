package ca.tremplin.inquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The programs chosen on the information form as the request carries them: a real program no longer published is
 * said to be no longer offered, with the other problems; a number no program can have, sent by hand, is refused as no
 * program, as the API refuses it.
 */
class InquiryFormTest {

    private static final AskedProgram WELDING = new AskedProgram(12, 3, ca.tremplin.catalog.ProgramType.DEP,
            "DEP 5195", "Soudage-montage", "Welding and Fitting", "CSS du Fjord", "CSS du Fjord");

    @Test
    void aProgramWithdrawnMeanwhileIsSaidToBeNoLongerOffered() {
        List<AskedProgram> chosen = List.of(WELDING, AskedProgram.withdrawn(42));

        assertEquals(List.of(12L), InquiryForm.askedIds(chosen));
        assertEquals(List.of("inquiry.invalid.programWithdrawn"), keys(InquiryForm.withdrawnMeanwhile(chosen)));
    }

    @Test
    void aZeroOrNegativeNumberSentByHandIsRefusedAsNoProgramNotAsWithdrawn() {
        for (long forged : new long[] {0, -1, Long.MIN_VALUE}) {
            List<AskedProgram> chosen = List.of(WELDING, AskedProgram.withdrawn(forged));

            assertEquals(List.of(), InquiryForm.withdrawnMeanwhile(chosen), String.valueOf(forged));
            assertEquals(List.of(12L, forged), InquiryForm.askedIds(chosen), "left for the validator to refuse");
            InquiryRequest request = new InquiryRequest();
            request.setProgramIds(InquiryForm.askedIds(chosen));
            InvalidInquiryException refused = org.junit.jupiter.api.Assertions.assertThrows(
                    InvalidInquiryException.class, () -> InquiryValidator.validate(request, java.util.Locale.CANADA_FRENCH,
                            java.time.YearMonth.of(2027, 3), null));
            assertEquals(1, refused.problems().stream()
                    .filter(problem -> problem.messageKey().equals("inquiry.invalid.programId")).count());
        }
    }

    @Test
    void programsStillOfferedGoThroughAsChosen() {
        assertEquals(List.of(12L), InquiryForm.askedIds(List.of(WELDING)));
        assertEquals(List.of(), InquiryForm.withdrawnMeanwhile(List.of(WELDING)));
    }

    private static List<String> keys(List<FieldProblem> problems) {
        return problems.stream().map(FieldProblem::messageKey).toList();
    }

    /** The chooser proposes the programs found DEP first, then ASP, then AEP, by title in the page's language. */
    @Test
    void theProgramsProposedComeDepThenAspThenAepByTitleInThePagesLanguage() {
        AskedProgram business = new AskedProgram(31, 3, ca.tremplin.catalog.ProgramType.ASP, "ASP 5361",
                "Lancement d’une entreprise", "Starting a Business", "CSS du Fjord", "CSS du Fjord");
        AskedProgram attendant = new AskedProgram(32, 3, ca.tremplin.catalog.ProgramType.AEP, "AEP 5958",
                "Préposé aux bénéficiaires", "Patient Care Attendant", "CSS du Fjord", "CSS du Fjord");
        AskedProgram electricity = new AskedProgram(33, 3, ca.tremplin.catalog.ProgramType.DEP, "DEP 5295",
                "Électricité", "Electricity", "CSS du Fjord", "CSS du Fjord");
        List<AskedProgram> found = List.of(business, attendant, WELDING, AskedProgram.withdrawn(44), electricity);

        assertEquals(List.of(33L, 12L, 31L, 32L, 44L), AskedProgram.inOrder(found, java.util.Locale.CANADA_FRENCH)
                .stream().map(AskedProgram::id).toList(), "Électricité before Soudage-montage; a choice withdrawn last");
        assertEquals(List.of(33L, 12L, 31L, 32L, 44L), AskedProgram.inOrder(found, java.util.Locale.CANADA)
                .stream().map(AskedProgram::id).toList());
    }
}
