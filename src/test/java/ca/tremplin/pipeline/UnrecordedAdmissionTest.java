package ca.tremplin.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.kernel.Languages;
import ca.tremplin.person.LeadStage;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A lead moved forward past "admitted" without its admission ever recorded is asked about, naming the stages it would
 * leave out; a lead admitted once, a move that stops at or before admission, or a move back are not.
 */
class UnrecordedAdmissionTest {

    private static final Set<LeadStage> UP_TO_APPLIED = EnumSet.of(LeadStage.NEW, LeadStage.CONTACTED,
            LeadStage.QUALIFIED, LeadStage.APPLIED);

    @Test
    void aMoveFromAppliedToEnrolledNamesTheAdmissionTheCaqAndTheStudyPermit() {
        assertEquals(List.of(LeadStage.ADMITTED, LeadStage.CAQ_OBTAINED, LeadStage.STUDY_PERMIT_OBTAINED),
                UnrecordedAdmission.skipped(LeadStage.APPLIED, LeadStage.ENROLLED, UP_TO_APPLIED));
        assertEquals(List.of(LeadStage.ADMITTED),
                UnrecordedAdmission.skipped(LeadStage.APPLIED, LeadStage.CAQ_OBTAINED, UP_TO_APPLIED));
        assertEquals(List.of(LeadStage.ADMITTED, LeadStage.CAQ_OBTAINED, LeadStage.STUDY_PERMIT_OBTAINED,
                LeadStage.ENROLLED), UnrecordedAdmission.skipped(LeadStage.NEW, LeadStage.ARRIVED,
                EnumSet.of(LeadStage.NEW)), "the stages before admission are the reason's business, not this one's");
    }

    @Test
    void aLeadAdmittedOnceMovesOnWithoutBeingAsked() {
        Set<LeadStage> admittedOnce = EnumSet.of(LeadStage.NEW, LeadStage.APPLIED, LeadStage.ADMITTED);
        assertEquals(List.of(), UnrecordedAdmission.skipped(LeadStage.ADMITTED, LeadStage.CAQ_OBTAINED, admittedOnce));
        assertEquals(List.of(), UnrecordedAdmission.skipped(LeadStage.APPLIED, LeadStage.ENROLLED, admittedOnce),
                "moved back to applied since, it was admitted once all the same");
        assertEquals(List.of(), UnrecordedAdmission.skipped(LeadStage.LOST, LeadStage.ARRIVED, admittedOnce));
    }

    @Test
    void aLeadAlreadyPastAnAdmissionNeverRecordedIsNotAskedAgainButIsWhenItLeavesLost() {
        Set<LeadStage> caqWithoutAdmission = EnumSet.of(LeadStage.NEW, LeadStage.CAQ_OBTAINED);
        assertEquals(List.of(), UnrecordedAdmission.skipped(LeadStage.CAQ_OBTAINED,
                LeadStage.STUDY_PERMIT_OBTAINED, caqWithoutAdmission), "asked on the way to the CAQ, not at each step");
        assertEquals(List.of(), UnrecordedAdmission.skipped(LeadStage.STUDY_PERMIT_OBTAINED, LeadStage.ENROLLED,
                EnumSet.of(LeadStage.NEW, LeadStage.CAQ_OBTAINED, LeadStage.STUDY_PERMIT_OBTAINED)));
        assertEquals(List.of(LeadStage.ADMITTED, LeadStage.CAQ_OBTAINED), UnrecordedAdmission.skipped(LeadStage.LOST,
                LeadStage.STUDY_PERMIT_OBTAINED, EnumSet.of(LeadStage.NEW, LeadStage.APPLIED, LeadStage.LOST)));
    }

    @Test
    void movesThatStopAtAdmissionGoBackOrAreLostAreNotAsked() {
        assertEquals(List.of(), UnrecordedAdmission.skipped(LeadStage.APPLIED, LeadStage.ADMITTED, UP_TO_APPLIED));
        assertEquals(List.of(), UnrecordedAdmission.skipped(LeadStage.NEW, LeadStage.QUALIFIED, UP_TO_APPLIED));
        assertEquals(List.of(), UnrecordedAdmission.skipped(LeadStage.APPLIED, LeadStage.LOST, UP_TO_APPLIED));
        assertEquals(List.of(), UnrecordedAdmission.skipped(LeadStage.ENROLLED, LeadStage.CAQ_OBTAINED,
                EnumSet.of(LeadStage.NEW, LeadStage.ENROLLED)), "a move back is no move past anything");
        assertFalse(UnrecordedAdmission.concerns(LeadStage.ADMITTED));
        assertFalse(UnrecordedAdmission.concerns(LeadStage.LOST));
        assertTrue(UnrecordedAdmission.concerns(LeadStage.CAQ_OBTAINED));
    }

    /** The question names the person, the stage asked for and the stages left out, in the reader's language. */
    @Test
    void theQuestionNamesTheStagesSkippedInFrenchAndInEnglish() {
        AdmissionNotRecordedException asked = AdmissionNotRecordedException.of("Awa Diop", LeadStage.ENROLLED,
                List.of(LeadStage.ADMITTED, LeadStage.CAQ_OBTAINED, LeadStage.STUDY_PERMIT_OBTAINED));
        assertEquals("L’admission de Awa Diop n’a jamais été enregistrée, alors que le CAQ demande d’abord la lettre"
                + " d’admission de l’école. Passer à « Inscrit » laisserait de côté : Admis, CAQ obtenu, Permis"
                + " d’études obtenu. Déplacer quand même ?", asked.localizedMessage(Languages.FRENCH));
        assertEquals("Awa Diop’s admission was never recorded, and the CAQ needs the school’s letter of admission"
                + " first. Moving to “Enrolled” would leave out: Admitted, CAQ obtained, Study permit obtained. Move"
                + " anyway?", asked.localizedMessage(Languages.ENGLISH));
    }

    /** Chosen together, the leads never admitted are counted and every stage one of them skips is named once. */
    @Test
    void theBulkQuestionCountsTheLeadsAndNamesEachStageSkippedOnce() {
        AdmissionNotRecordedException asked = AdmissionNotRecordedException.ofLeads(3, LeadStage.STUDY_PERMIT_OBTAINED,
                List.of(LeadStage.CAQ_OBTAINED, LeadStage.ADMITTED, LeadStage.ADMITTED));
        assertEquals(List.of(LeadStage.ADMITTED, LeadStage.CAQ_OBTAINED), asked.skipped());
        assertEquals("3 of the leads chosen have no admission recorded, and the CAQ needs the school’s letter of"
                + " admission first. Moving to “Study permit obtained” would leave out: Admitted, CAQ obtained."
                + " Nothing has been moved yet. Move all the leads chosen anyway?",
                asked.localizedMessage(Languages.ENGLISH));
        assertTrue(AdmissionNotRecordedException.ofLeads(1, LeadStage.CAQ_OBTAINED, List.of(LeadStage.ADMITTED))
                .localizedMessage(Languages.FRENCH).startsWith("1 des candidats choisis n’a jamais eu d’admission"));
    }
}
