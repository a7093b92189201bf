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

    private ProgramEditor editorOfProgram(long id, CatalogService catalog) throws Exception {
        ProgramEditor editor = new ProgramEditor();
        editor.catalog = catalog;
        editor.messages = new ca.tremplin.web.PageMessages() {
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
