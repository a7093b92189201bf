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
            public void changeIntakeSeats(long programId, long intakeId, long shownVersion, int seats,
                                          int internationalSeats) {
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
    void seatsSavedOverAColleaguesChangeAreRefusedWithTheIntakeAsItIsNowAndTheRowShowsIt() throws Exception {
        Intake before = intakeShown(41L, 3L, 20, 4);
        Intake now = intakeShown(41L, 4L, 30, 6);
        List<Long> versionsSent = new ArrayList<>();
        List<List<Intake>> lists = new ArrayList<>(List.of(List.of(now)));
        ProgramEditor editor = editorOfProgram(7L, new CatalogService() {
            @Override
            public void changeIntakeSeats(long programId, long intakeId, long shownVersion, int seats,
                                          int internationalSeats) {
                versionsSent.add(shownVersion);
                if (shownVersion != now.getVersion()) {
                    throw new IntakeChangedException(now);
                }
            }

            @Override
            public List<Intake> intakesOf(long programId) {
                return lists.get(0);
            }
        });
        setField(editor, "intakes", List.of(before));
        editor.editSeats("41");
        editor.setEditedSeats(24);

        editor.saveSeats();

        assertEquals(List.of(3L), versionsSent, "saved from the version the row showed");
        assertEquals(List.of("error intake.changedMeanwhile"), said, "told, not overwritten");
        assertEquals(41L, editor.getSeatsEdited(), "the row stays open");
        assertEquals(30, editor.getEditedSeats(), "showing the colleague's seats");
        assertEquals(6, editor.getEditedInternationalSeats());

        said.clear();
        editor.setEditedSeats(28);
        editor.saveSeats();
        assertEquals(List.of(3L, 4L), versionsSent, "saved again, from the version now shown");
        assertEquals(List.of("info intake.seatsChanged"), said);
    }

    @Test
    void theAdminsOwnStatusChangeLeavesTheSeatsTheyAreTypingSavedFromTheVersionItLeft() throws Exception {
        List<Long> versionsSent = new ArrayList<>();
        Intake before = intakeShown(41L, 5L, 20, 4);
        Intake after = intakeShown(41L, 6L, 20, 4);
        ProgramEditor editor = editorOfProgram(7L, new CatalogService() {
            @Override
            public void changeIntakeStatus(long programId, long intakeId, long shownVersion, IntakeStatus status) {
                versionsSent.add(shownVersion);
            }

            @Override
            public void changeIntakeSeats(long programId, long intakeId, long shownVersion, int seats,
                                          int internationalSeats) {
                versionsSent.add(shownVersion);
            }

            @Override
            public List<Intake> intakesOf(long programId) {
                return List.of(after);
            }
        });
        setField(editor, "intakes", List.of(before));
        editor.editSeats("41");
        editor.setEditedSeats(26);

        editor.changeIntakeStatus("41", "FULL");
        assertEquals(26, editor.getEditedSeats(), "what was typed stays");
        editor.saveSeats();

        assertEquals(List.of(5L, 6L), versionsSent, "not refused as if a colleague had changed it");
        assertEquals(List.of("info intake.statusChanged", "info intake.seatsChanged"), said);
    }

    @Test
    void anIntakesStatusIsChangedFromTheVersionTheListShowed() throws Exception {
        List<String> sent = new ArrayList<>();
        Intake shown = intakeShown(41L, 5L, 20, 4);
        ProgramEditor editor = editorOfProgram(7L, new CatalogService() {
            @Override
            public void changeIntakeStatus(long programId, long intakeId, long shownVersion, IntakeStatus status) {
                sent.add(intakeId + "@" + shownVersion + " " + status);
            }

            @Override
            public List<Intake> intakesOf(long programId) {
                return List.of(shown);
            }
        });
        setField(editor, "intakes", List.of(shown));

        editor.changeIntakeStatus("41", "FULL");
        editor.changeIntakeStatus("99", "CLOSED");

        assertEquals(List.of("41@5 FULL"), sent, "an intake the list does not show changes nothing");
    }

    /**
     * An intake is deleted from the version the list showed, so a colleague's change since is not deleted unseen: the
     * admin is told what it holds now. An intake the list does not show deletes nothing.
     */
    @Test
    void anIntakeIsDeletedFromTheVersionTheListShowedAndAColleaguesChangeIsSaid() throws Exception {
        Intake shown = intakeShown(41L, 5L, 20, 4);
        Intake now = intakeShown(41L, 6L, 30, 6);
        List<String> sent = new ArrayList<>();
        ProgramEditor editor = editorOfProgram(7L, new CatalogService() {
            @Override
            public List<Intake> intakesOf(long programId) {
                return List.of(now);
            }
        });
        editor.removals = new CatalogRemovals() {
            @Override
            public Outcome removeIntake(long programId, long intakeId, long shownVersion) {
                sent.add(intakeId + "@" + shownVersion);
                throw new IntakeChangedException(now);
            }
        };
        setField(editor, "intakes", List.of(shown));

        editor.removeIntake("41");
        editor.removeIntake("99");

        assertEquals(List.of("41@5"), sent, "from the version shown; an intake the list does not show: nothing");
        assertEquals(List.of("error intake.changedMeanwhile"), said, "told, not deleted");
    }

    @Test
    void archivingSaysHowManyIntakesWereClosedWithTheProgram() throws Exception {
        ProgramEditor editor = editorOfProgram(7L, new CatalogService() {
            @Override
            public SavedWithStatus saveAndChangeStatus(Program edited, String sectorCode, java.util.Set<Long> centreIds,
                                                       ProgramStatus status) {
                return new SavedWithStatus(edited, 3);
            }

            @Override
            public Program findProgram(long id) {
                Program archived = new Program();
                archived.setSector(new TrainingSector() {
                    @Override
                    public String getCode() {
                        return "07";
                    }
                });
                return archived;
            }

            @Override
            public List<Intake> intakesOf(long programId) {
                return List.of();
            }
        });

        editor.changeStatus(ProgramStatus.ARCHIVED);

        assertEquals(List.of("info program.status.ARCHIVED", "info program.archivedIntakesClosed 3"), said);
    }

    private static Intake intakeShown(long id, long version, int seats, int international) throws Exception {
        Intake intake = new Intake() {
            @Override
            public Long getId() {
                return id;
            }
        };
        java.lang.reflect.Field versionField = Intake.class.getDeclaredField("version");
        versionField.setAccessible(true);
        versionField.set(intake, version);
        intake.setSeats(seats);
        intake.setInternationalSeats(international);
        intake.setStartDate(java.time.LocalDate.of(2027, 8, 25));
        Centre centre = new Centre();
        centre.setName("Centre Laval");
        intake.setCentre(centre);
        return intake;
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
                said.add(("info " + key + " " + String.join(" ", java.util.Arrays.stream(arguments)
                        .map(String::valueOf).toList())).strip());
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
