package ca.tremplin.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ca.tremplin.kernel.Messages;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * What an admin reads when a colleague changed an intake while they had it open, and when archiving a program closed
 * its intakes: the intake as it is now, and the count, in French and in English.
 */
class IntakeChangedTest {

    @Test
    void aColleaguesChangeIsSaidWithTheIntakesValuesOfNowInTheReadersLanguage() {
        Intake now = new Intake();
        Centre laval = new Centre();
        laval.setName("Centre Laval");
        now.setCentre(laval);
        now.setStartDate(LocalDate.of(2027, 8, 25));
        now.setSeats(30);
        now.setInternationalSeats(6);
        now.setStatus(IntakeStatus.FULL);

        IntakeChangedException changed = new IntakeChangedException(now);

        assertEquals("Un collègue a modifié cette rentrée pendant que vous la consultiez : rien n’a été enregistré."
                + " Elle est maintenant ainsi : début le 25 août 2027 à Centre Laval, 6 places internationales sur 30,"
                + " date limite d’admission : aucune, statut : Complète. La liste montre ses valeurs actuelles ;"
                + " refaites votre changement s’il tient toujours.", changed.localizedMessage(Locale.CANADA_FRENCH));
        now.setApplicationDeadline(LocalDate.of(2027, 3, 1));
        assertEquals("A colleague changed this intake while you had it open: nothing was saved. It now reads: starts"
                + " August 25, 2027 at Centre Laval, 6 international seats out of 30, admission deadline: March 1, 2027,"
                + " status: Full. The list shows its current values; make your change again if it still holds.",
                new IntakeChangedException(now).localizedMessage(Locale.ENGLISH));
    }

    @Test
    void theIntakesClosedWithAnArchivedProgramAreCounted() {
        assertEquals("Ses 3 rentrées encore ouvertes ou complètes ont été fermées : plus personne ne peut s’y inscrire."
                        + " S’il est publié de nouveau, rouvrez celles qui doivent l’être.",
                Messages.get(Locale.CANADA_FRENCH, "program.archivedIntakesClosed", 3));
        assertEquals("Its intake still open or full was closed: nobody can apply to them any more. Should it be"
                + " published again, reopen those that should be.",
                Messages.get(Locale.ENGLISH, "program.archivedIntakesClosed", 1));
        Messages.Phrases named = new Messages.Phrases(java.util.List.of(ProgramUse.values()[0].messageKey()));
        assertEquals(true, Messages.get(Locale.ENGLISH, "program.archivedInstead", named, 2)
                .endsWith("kept for the history and the reports. Its 2 intakes still open or full were closed."));
        assertEquals(true, Messages.get(Locale.CANADA_FRENCH, "program.archivedInstead", named, 0)
                .endsWith("gardé pour l’historique et les rapports."), "nothing said of intakes when none was open");
    }
}
