package ca.tremplin.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import ca.tremplin.kernel.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The program editor's answers to an admin acting on an intake a colleague changed or deleted meanwhile. */
class ProgramEditorTest {

    private final List<String> said = new ArrayList<>();

    @Test
    void seatsSavedOnAnIntakeAColleagueDeletedMeanwhileAreSaidNotSaved() throws Exception {
        ProgramEditor editor = editorOfProgram(7L, new CatalogService() {
            @Override
            public void changeIntakeSeats(long programId, long intakeId, int seats, int internationalSeats) {
                throw new NotFoundException("intake " + intakeId);
            }

            @Override
            public List<Intake> intakesOf(long programId) {
                return List.of();
            }
        });
        Intake shown = new Intake() {
            @Override
            public Long getId() {
                return 41L;
            }
        };
        shown.setSeats(20);
        setField(editor, "intakes", List.of(shown));
        editor.editSeats("41");
        editor.setEditedSeats(30);

        editor.saveSeats();

        assertEquals(List.of("error intake.goneMeanwhile"), said, "the admin is told, not left with a vanished row");
        assertNull(editor.getSeatsEdited(), "the row is gone: nothing left to edit");
    }

    @Test
    void anOpenIntakeWhoseApplicationsClosedIsSaidNoLongerShownToThePublic() throws Exception {
        ProgramEditor editor = editorOfProgram(7L, new CatalogService());
        java.time.LocalDate today = java.time.LocalDate.now(ca.tremplin.kernel.QuebecTime.ZONE);
        Intake closedYesterday = new Intake();
        closedYesterday.setStartDate(today.plusMonths(2));
        closedYesterday.setApplicationDeadline(today.minusDays(1));
        Intake ahead = new Intake();
        ahead.setStartDate(today.plusMonths(2));
        ahead.setApplicationDeadline(today);

        assertEquals("Applications closed on "
                        + ca.tremplin.kernel.FrenchDates.longDay(today.minusDays(1), java.util.Locale.ENGLISH)
                        + ": no longer shown to the public.", editor.notOfferedNote(closedYesterday));
        assertNull(editor.notOfferedNote(ahead), "offered until the end of its deadline");
        closedYesterday.setStatus(IntakeStatus.CLOSED);
        assertNull(editor.notOfferedNote(closedYesterday), "a closed intake says so already");
    }

    private ProgramEditor editorOfProgram(long id, CatalogService catalog) throws Exception {
        ProgramEditor editor = new ProgramEditor();
        editor.catalog = catalog;
        editor.messages = new ca.tremplin.web.PageMessages() {
            @Override
            public java.util.Locale locale() {
                return java.util.Locale.ENGLISH;
            }

            @Override
            public void info(String key, Object... arguments) {
                said.add("info " + key);
            }

            @Override
            public void error(String key, Object... arguments) {
                said.add("error " + key);
            }

            @Override
            public void explain(ca.tremplin.kernel.BusinessRuleException broken) {
                said.add("error " + broken.messageKey());
            }
        };
        setField(editor, "program", new Program() {
            @Override
            public Long getId() {
                return id;
            }
        });
        return editor;
    }

    private static void setField(ProgramEditor editor, String name, Object value) throws Exception {
        java.lang.reflect.Field field = ProgramEditor.class.getDeclaredField(name);
        field.setAccessible(true);
        field.set(editor, value);
    }
}
