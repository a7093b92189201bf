package ca.tremplin.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.kernel.Messages;
import ca.tremplin.security.Role;
import ca.tremplin.security.TestSessions;
import ca.tremplin.security.UserAccount;
import ca.tremplin.tenant.Tenant;
import ca.tremplin.testsupport.InServerTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The rules a centre's admin meets when editing the catalogue. */
class CatalogServiceIT extends InServerTest {

    @Inject
    CatalogService catalog;

    @Inject
    PublicPrograms publicPrograms;

    @Inject
    ca.tremplin.security.StaffChanges changes;

    @Inject
    CatalogRemovals removals;

    @Inject
    ca.tremplin.testsupport.DatabaseRows rows;

    @jakarta.annotation.Resource(lookup = "java:jboss/datasources/TremplinDS")
    javax.sql.DataSource database;

    @Test
    void twoAdminsSavingTheSameProgramGetAConflictNotASilentOverwrite() {
        Tenant tenant = fixtures.newSchoolBoard("program-conflict");
        UserAccount admin = fixtures.newAccount(tenant, Role.CSS_ADMIN);
        Program created = fixtures.newProgram(tenant, ProgramType.DEP, "5311", "Cuisine", "Professional Cooking",
                "03", word(), false);

        try (var session = TestSessions.signedInAs(admin, tenant)) {
            Program first = catalog.findProgram(created.getId());
            Program second = catalog.findProgram(created.getId());
            first.setDurationHours(1470);
            catalog.saveProgram(first, "03", Set.of());
            second.setDurationHours(1200);

            BusinessRuleException conflict = assertThrows(BusinessRuleException.class,
                    () -> catalog.saveProgram(second, "03", Set.of()));
            assertEquals("conflict.modifiedMeanwhile", conflict.messageKey());
            assertEquals(Integer.valueOf(1470), catalog.findProgram(created.getId()).getDurationHours());
        }
    }

    /**
     * Two admins with the same program open correct one intake: the second, whose page showed the intake before the
     * first one's change, is told a colleague changed it, with its seats, dates and status as they are now, and
     * nothing of theirs is saved over it — seats, dates or status alike.
     */
    @Test
    void twoAdminsCorrectingTheSameIntakeTellTheSecondWhatItHoldsNowRatherThanOverwriteTheFirst() {
        Tenant tenant = fixtures.newSchoolBoard("intake-conflict");
        UserAccount admin = fixtures.newAccount(tenant, Role.CSS_ADMIN);
        Program program = fixtures.newProgram(tenant, ProgramType.DEP, "5327", "Horticulture et jardinerie",
                "Horticulture and Garden Centre", "01", word(), true);

        try (var session = TestSessions.signedInAs(admin, tenant)) {
            long centreId = catalog.findProgram(program.getId()).getCentres().iterator().next().getId();
            LocalDate august = LocalDate.now().plusYears(1).withMonth(8).withDayOfMonth(25);
            long intakeId = catalog.addIntake(program.getId(), centreId, intake(august)).getId();
            long bothSaw = seen(program, intakeId);

            catalog.changeIntakeSeats(program.getId(), intakeId, bothSaw, 30, 6);
            IntakeChangedException told = assertThrows(IntakeChangedException.class,
                    () -> catalog.changeIntakeSeats(program.getId(), intakeId, bothSaw, 24, 4));
            assertEquals("intake.changedMeanwhile", told.messageKey());
            assertEquals(true, told.localizedMessage(java.util.Locale.ENGLISH)
                    .contains("6 international seats out of 30"), told.localizedMessage(java.util.Locale.ENGLISH));
            assertEquals("intake.changedMeanwhile", assertThrows(BusinessRuleException.class,
                    () -> catalog.changeIntakeDates(program.getId(), intakeId, bothSaw, august.plusDays(7), null))
                    .messageKey());
            assertEquals("intake.changedMeanwhile", assertThrows(BusinessRuleException.class,
                    () -> catalog.changeIntakeStatus(program.getId(), intakeId, bothSaw, IntakeStatus.CLOSED))
                    .messageKey());

            Intake kept = catalog.intakesOf(program.getId()).get(0);
            assertEquals(30, kept.getSeats(), "the first admin's seats stand");
            assertEquals(6, kept.getInternationalSeats());
            assertEquals(august, kept.getStartDate());
            assertEquals(IntakeStatus.OPEN, kept.getStatus());
            assertEquals(java.util.List.of("INTAKE_SEATS", "INTAKE_ADDED"), catalog.history(program.getId(), 20)
                    .lines().stream().map(line -> line.getWhat().name()).toList(), "nothing refused is in the history");

            catalog.changeIntakeSeats(program.getId(), intakeId, kept.getVersion(), 24, 4);
            assertEquals(24, catalog.intakesOf(program.getId()).get(0).getSeats(), "from the values now shown: saved");
        }
    }

    /**
     * Two admins have the same program open: one reopens seats of an intake, the other, whose page showed it before,
     * deletes it. The deletion is refused with the intake as it is now, as a change of its seats or dates would be, and
     * the intake stays with the first admin's seats; deleted again from what is shown now, it goes.
     */
    @Test
    void anIntakeAColleagueChangedSinceThePageShowedItIsNotDeletedAndTheAdminIsToldWhatItHoldsNow() {
        Tenant tenant = fixtures.newSchoolBoard("intake-delete-conflict");
        UserAccount admin = fixtures.newAccount(tenant, Role.CSS_ADMIN);
        Program program = fixtures.newProgram(tenant, ProgramType.DEP, "5320", "Ébénisterie", "Cabinetmaking",
                "10", word(), true);

        try (var session = TestSessions.signedInAs(admin, tenant)) {
            long centreId = catalog.findProgram(program.getId()).getCentres().iterator().next().getId();
            LocalDate august = LocalDate.now().plusYears(1).withMonth(8).withDayOfMonth(25);
            long intakeId = catalog.addIntake(program.getId(), centreId, intake(august)).getId();
            long bothSaw = seen(program, intakeId);

            catalog.changeIntakeSeats(program.getId(), intakeId, bothSaw, 30, 6);
            IntakeChangedException told = assertThrows(IntakeChangedException.class,
                    () -> removals.removeIntake(program.getId(), intakeId, bothSaw));
            assertEquals("intake.changedMeanwhile", told.messageKey());
            assertEquals(true, told.localizedMessage(java.util.Locale.ENGLISH)
                    .contains("6 international seats out of 30"), told.localizedMessage(java.util.Locale.ENGLISH));

            assertEquals(1, catalog.intakesOf(program.getId()).size(), "not deleted");
            assertEquals(30, catalog.intakesOf(program.getId()).get(0).getSeats(), "the colleague's seats stand");
            assertEquals(java.util.List.of("INTAKE_SEATS", "INTAKE_ADDED"), catalog.history(program.getId(), 20)
                    .lines().stream().map(line -> line.getWhat().name()).toList(), "nothing refused is in the history");

            assertEquals(CatalogRemovals.Result.DELETED,
                    removals.removeIntake(program.getId(), intakeId, seen(program, intakeId)).result());
            assertEquals(0, catalog.intakesOf(program.getId()).size());
        }
    }

    /**
     * A program archived while intakes of it are still open or full: they are closed with it, each a line of its
     * history, and the admin is told how many; a closed one stays as it was. While it stays archived no intake of it
     * is opened again or added, and archiving it in place of a deletion says how many intakes it closed too.
     */
    @Test
    void archivingAProgramClosesItsIntakesStillOfferedAndSaysHowMany() {
        Tenant tenant = fixtures.newSchoolBoard("archive-intakes");
        UserAccount admin = fixtures.newAccount(tenant, Role.CSS_ADMIN);
        Program program = fixtures.newProgram(tenant, ProgramType.DEP, "5328", "Mise en œuvre de matériaux composites",
                "Composite Materials Processing", "07", word(), true);
        Program named = fixtures.newProgram(tenant, ProgramType.DEP, "5329", "Pâtes et papiers",
                "Pulp and Paper", "07", word(), true);
        askedFor(tenant, named, LocalDate.now().plusYears(1).withMonth(8).withDayOfMonth(25));

        try (var session = TestSessions.signedInAs(admin, tenant)) {
            long centreId = catalog.findProgram(program.getId()).getCentres().iterator().next().getId();
            LocalDate august = LocalDate.now().plusYears(1).withMonth(8).withDayOfMonth(25);
            long open = catalog.addIntake(program.getId(), centreId, intake(august)).getId();
            long full = catalog.addIntake(program.getId(), centreId, intake(august.plusMonths(1))).getId();
            long closed = catalog.addIntake(program.getId(), centreId, intake(august.plusMonths(2))).getId();
            catalog.changeIntakeStatus(program.getId(), full, seen(program, full), IntakeStatus.FULL);
            catalog.changeIntakeStatus(program.getId(), closed, seen(program, closed), IntakeStatus.CLOSED);

            CatalogService.SavedWithStatus archived = catalog.saveAndChangeStatus(catalog.findProgram(program.getId()),
                    "07", Set.of(centreId), ProgramStatus.ARCHIVED);

            assertEquals(2, archived.intakesClosed(), "the open one and the full one");
            assertEquals(java.util.List.of(IntakeStatus.CLOSED, IntakeStatus.CLOSED, IntakeStatus.CLOSED),
                    catalog.intakesOf(program.getId()).stream().map(Intake::getStatus).toList());
            java.util.List<String> lines = catalog.history(program.getId(), 5).lines().stream()
                    .map(line -> line.getWhat() + " " + line.getDetail()).toList();
            assertEquals(true, lines.contains("INTAKE_STATUS " + august + " " + centreName(program)
                    + ": OPEN → CLOSED"), lines.toString());
            assertEquals(true, lines.contains("INTAKE_STATUS " + august.plusMonths(1) + " " + centreName(program)
                    + ": FULL → CLOSED"), lines.toString());
            assertEquals("intake.programArchived", assertThrows(BusinessRuleException.class,
                    () -> catalog.changeIntakeStatus(program.getId(), open, seen(program, open), IntakeStatus.OPEN))
                    .messageKey(), "not opened again while the program stays archived");
            assertEquals("intake.programArchived", assertThrows(BusinessRuleException.class,
                    () -> catalog.addIntake(program.getId(), centreId, intake(august.plusMonths(3)))).messageKey());

            long namedCentre = catalog.findProgram(named.getId()).getCentres().iterator().next().getId();
            catalog.addIntake(named.getId(), namedCentre, intake(august));
            CatalogRemovals.Outcome instead = removals.removeProgram(named.getId(),
                    catalog.findProgram(named.getId()).getVersion());
            assertEquals("program.archivedInstead", instead.messageKey());
            assertEquals(true, Messages.get(java.util.Locale.ENGLISH, instead.messageKey(), instead.arguments())
                    .endsWith("Its intake still open or full was closed."));
            assertEquals(IntakeStatus.CLOSED, catalog.intakesOf(named.getId()).get(0).getStatus());
        }
    }

    private String centreName(Program program) {
        return catalog.findProgram(program.getId()).getCentres().iterator().next().getName();
    }

    @Test
    void aProgramNumberIsOfferedOnceByACentreAndPublishedOnlyWithACentreToTakeItIn() {
        Tenant tenant = fixtures.newSchoolBoard("program-rules");
        UserAccount admin = fixtures.newAccount(tenant, Role.CSS_ADMIN);
        fixtures.newProgram(tenant, ProgramType.DEP, "5298", "Mécanique automobile", "Automotive Mechanics", "10",
                word(), false);

        try (var session = TestSessions.signedInAs(admin, tenant)) {
            Program duplicate = program("5298");
            assertEquals("program.codeTaken", assertThrows(BusinessRuleException.class,
                    () -> catalog.saveProgram(duplicate, "10", Set.of())).messageKey());

            Program withoutCentre = catalog.saveProgram(program("5330"), "10", Set.of());
            assertEquals("program.publishWithoutCentre", assertThrows(BusinessRuleException.class,
                    () -> catalog.changeStatus(withoutCentre.getId(), ProgramStatus.PUBLISHED,
                            withoutCentre.getVersion())).messageKey());

            // Renamed and published at once: the refused publication saves nothing of the edit either.
            Program renamed = catalog.findProgram(withoutCentre.getId());
            renamed.setTitleFr("Titre jamais enregistré");
            assertEquals("program.publishWithoutCentre", assertThrows(BusinessRuleException.class,
                    () -> catalog.saveAndChangeStatus(renamed, "10", Set.of(), ProgramStatus.PUBLISHED))
                    .messageKey());
            Program stored = catalog.findProgram(withoutCentre.getId());
            assertNotEquals("Titre jamais enregistré", stored.getTitleFr(), "nothing of the edit was saved");
            assertEquals(ProgramStatus.DRAFT, stored.getStatus());
        }
    }

    /**
     * A published program stays given somewhere, and an intake still open stays at a centre the program names: the
     * public pages would otherwise offer a program nowhere, or an intake at a campus the program no longer lists.
     */
    @Test
    void aPublishedProgramKeepsACentreAndTheCentresOfItsOpenIntakes() {
        Tenant tenant = fixtures.newSchoolBoard("program-centres");
        UserAccount admin = fixtures.newAccount(tenant, Role.CSS_ADMIN);
        Program program = fixtures.newProgram(tenant, ProgramType.DEP, "5316", "Plomberie et chauffage",
                "Plumbing and Heating", "07", word(), true);

        try (var session = TestSessions.signedInAs(admin, tenant)) {
            long first = catalog.findProgram(program.getId()).getCentres().iterator().next().getId();
            catalog.addIntake(program.getId(), first, intake(LocalDate.now().plusYears(1).withDayOfYear(240)));
            Centre second = new Centre();
            second.setName("Centre de Shawinigan " + word());
            second.setCity("Shawinigan");
            second.setRegion(tenant.getRegion());
            long secondId = catalog.saveCentre(second).getId();

            assertEquals("program.publishedWithoutCentre", assertThrows(BusinessRuleException.class,
                    () -> catalog.saveProgram(catalog.findProgram(program.getId()), "07", Set.of())).messageKey());
            assertEquals("program.centreHasIntake", assertThrows(BusinessRuleException.class,
                    () -> catalog.saveProgram(catalog.findProgram(program.getId()), "07", Set.of(secondId)))
                    .messageKey(), "the open intake is at the centre unticked");
            assertEquals(Set.of(first), ids(catalog.findProgram(program.getId()).getCentres()), "nothing saved");

            Intake open = catalog.intakesOf(program.getId()).get(0);
            catalog.changeIntakeStatus(program.getId(), open.getId(), seen(program, open.getId()), IntakeStatus.CLOSED);
            catalog.saveProgram(catalog.findProgram(program.getId()), "07", Set.of(secondId));
            assertEquals(Set.of(secondId), ids(catalog.findProgram(program.getId()).getCentres()),
                    "once the intake is closed, the campus may go");
            assertEquals("intake.centreNotNamed", assertThrows(BusinessRuleException.class,
                    () -> catalog.changeIntakeStatus(program.getId(), open.getId(), seen(program, open.getId()),
                            IntakeStatus.OPEN)).messageKey(),
                    "nor opened again at the campus the program no longer names");

            catalog.saveAndChangeStatus(catalog.findProgram(program.getId()), "07", Set.of(), ProgramStatus.ARCHIVED);
            assertEquals(ProgramStatus.ARCHIVED, catalog.findProgram(program.getId()).getStatus(),
                    "archived, a program may be given nowhere");
        }
    }

    private static Set<Long> ids(Set<Centre> centres) {
        Set<Long> ids = new java.util.HashSet<>();
        centres.forEach(centre -> ids.add(centre.getId()));
        return ids;
    }

    /**
     * A program saved twice at once (a double click on "Save" of a new program): both find the number free, the
     * second's insert meets the first's row. It is refused with the centre's message, not a server error. The
     * first click's row is written by a transaction of its own that commits only once the second waits for it.
     */
    @Test
    void aProgramSavedTwiceAtOnceIsRefusedWithTheCentresMessageNotAServerError() throws Exception {
        Tenant tenant = fixtures.newSchoolBoard("program-twice");
        UserAccount admin = fixtures.newAccount(tenant, Role.CSS_ADMIN);
        Program model = fixtures.newProgram(tenant, ProgramType.DEP, "5312", "Pâtisserie", "Pastry", "03", word(),
                false);
        ca.tremplin.testsupport.FirstClick first = ca.tremplin.testsupport.FirstClick.copying(database::getConnection,
                "program", "id = " + model.getId(),
                "code = '5313', slug_fr = concat(slug_fr, '-a'), slug_en = concat(slug_en, '-a')");
        try (var session = TestSessions.signedInAs(admin, tenant)) {
            assertEquals("program.codeTaken", first.meets("insert into program %", () -> assertThrows(
                    BusinessRuleException.class, () -> catalog.saveProgram(program("5313"), "03", Set.of())))
                    .messageKey());
        }
        assertEquals(1L, rows.count("select count(*) from program where tenant_id = ? and code = '5313'",
                tenant.getId()), "the first click's program, once");
    }

    /** The English list sorts its programs by their English titles, as it shows them, not by the French ones. */
    @Test
    void theEnglishListSortsByEnglishTitles() {
        Tenant tenant = fixtures.newSchoolBoard("program-sort");
        UserAccount admin = fixtures.newAccount(tenant, Role.CSS_ADMIN);
        fixtures.newProgram(tenant, ProgramType.DEP, "5270", "Boulangerie", "Bread Making", "03", word(), false);
        fixtures.newProgram(tenant, ProgramType.DEP, "5341", "Assistance technique en pharmacie",
                "Pharmacy Technical Assistance", "19", word(), false);
        fixtures.newProgram(tenant, ProgramType.DEP, "5213", "Traitement des eaux", "Water Treatment", "18", word(),
                false);
        try (var session = TestSessions.signedInAs(admin, tenant)) {
            assertEquals(java.util.List.of("Bread Making", "Pharmacy Technical Assistance", "Water Treatment"),
                    catalog.programRows(null, null, 0, 10, new ca.tremplin.kernel.TableSort("titleEn", true))
                            .stream().map(ProgramRow::titleEn).toList());
            assertEquals(java.util.List.of("Assistance technique en pharmacie", "Boulangerie", "Traitement des eaux"),
                    catalog.programRows(null, null, 0, 10, new ca.tremplin.kernel.TableSort("title", true))
                            .stream().map(ProgramRow::titleFr).toList());
        }
    }

    @Test
    void anIntakeCannotCloseApplicationsAfterItStarts() {
        Tenant tenant = fixtures.newSchoolBoard("intake-rules");
        UserAccount admin = fixtures.newAccount(tenant, Role.CSS_ADMIN);
        Program program = fixtures.newProgram(tenant, ProgramType.DEP, "5319", "Charpenterie-menuiserie",
                "Carpentry", "07", word(), true);

        try (var session = TestSessions.signedInAs(admin, tenant)) {
            long centreId = catalog.findProgram(program.getId()).getCentres().iterator().next().getId();
            Intake late = new Intake();
            late.setStartDate(LocalDate.now().plusMonths(3));
            late.setApplicationDeadline(LocalDate.now().plusMonths(4));
            late.setSeats(20);
            assertEquals("intake.deadlineAfterStart", assertThrows(BusinessRuleException.class,
                    () -> catalog.addIntake(program.getId(), centreId, late)).messageKey());
            Intake closedAlready = intake(LocalDate.now().plusMonths(1));
            closedAlready.setApplicationDeadline(LocalDate.now().minusMonths(2));
            assertEquals("intake.deadlinePast", assertThrows(BusinessRuleException.class,
                    () -> catalog.addIntake(program.getId(), centreId, closedAlready)).messageKey(),
                    "it would be saved open and shown to no one");
            Intake noSeat = intake(LocalDate.now().plusMonths(6));
            noSeat.setSeats(0);
            noSeat.setInternationalSeats(0);
            assertEquals("intake.noSeat", assertThrows(BusinessRuleException.class,
                    () -> catalog.addIntake(program.getId(), centreId, noSeat)).messageKey());
            assertEquals(0, catalog.intakesOf(program.getId()).size(), "nothing half-written");
        }
    }

    @Test
    void anIntakeInThePastOrTwiceIsRefusedAndOneIsClosedRatherThanDeleted() {
        Tenant tenant = fixtures.newSchoolBoard("intake-twice");
        UserAccount admin = fixtures.newAccount(tenant, Role.CSS_ADMIN);
        Program program = fixtures.newProgram(tenant, ProgramType.DEP, "5320", "Soudage-montage",
                "Welding and Fitting", "07", word(), true);

        try (var session = TestSessions.signedInAs(admin, tenant)) {
            long centreId = catalog.findProgram(program.getId()).getCentres().iterator().next().getId();
            LocalDate august = LocalDate.now().plusYears(1).withMonth(8).withDayOfMonth(25);
            catalog.addIntake(program.getId(), centreId, intake(august));
            assertEquals("intake.duplicate", assertThrows(BusinessRuleException.class,
                    () -> catalog.addIntake(program.getId(), centreId, intake(august))).messageKey(),
                    "the same start at the same campus would be listed twice");
            assertEquals("intake.startPast", assertThrows(BusinessRuleException.class,
                    () -> catalog.addIntake(program.getId(), centreId, intake(LocalDate.now().minusYears(6))))
                    .messageKey());
            Intake added = catalog.intakesOf(program.getId()).get(0);
            catalog.changeIntakeStatus(program.getId(), added.getId(), seen(program, added.getId()), IntakeStatus.CLOSED);
            assertEquals(IntakeStatus.CLOSED, catalog.intakesOf(program.getId()).get(0).getStatus());
            assertEquals(1, catalog.intakesOf(program.getId()).size());
        }
    }

    /**
     * A program's history says who changed it, when, from what to what — its title, an intake's seats, its
     * publication —, newest first; another centre's admin neither opens it by the program's id nor reads its lines.
     */
    @Test
    void aProgramsHistorySaysWhoChangedWhatAndWhenToItsOwnCentreOnly() {
        Tenant tenant = fixtures.newSchoolBoard("program-history");
        Tenant other = fixtures.newSchoolBoard("program-history-other");
        UserAccount admin = fixtures.newAccount(tenant, Role.CSS_ADMIN);
        UserAccount otherAdmin = fixtures.newAccount(other, Role.CSS_ADMIN);
        String word = word();
        Program program = fixtures.newProgram(tenant, ProgramType.DEP, "5321", "Briquetage-maçonnerie",
                "Masonry-Bricklaying", "07", word, false);
        java.time.Instant before = java.time.Instant.now().minusSeconds(1);

        try (var session = TestSessions.signedInAs(admin, tenant)) {
            Program edited = catalog.findProgram(program.getId());
            long centreId = edited.getCentres().iterator().next().getId();
            edited.setTitleFr("Briquetage");
            Program saved = catalog.saveProgram(edited, "07", Set.of(centreId));
            LocalDate august = LocalDate.now().plusYears(1).withMonth(8).withDayOfMonth(25);
            Intake added = catalog.addIntake(program.getId(), centreId, intake(august));
            catalog.changeIntakeSeats(program.getId(), added.getId(), seen(program, added.getId()), 24, 4);
            catalog.changeStatus(program.getId(), ProgramStatus.PUBLISHED, saved.getVersion());

            ca.tremplin.security.ChangeLines history = catalog.history(program.getId(), 20);
            assertEquals(java.util.List.of("PROGRAM_STATUS", "INTAKE_SEATS", "INTAKE_ADDED", "PROGRAM_EDITED"),
                    history.lines().stream().map(line -> line.getWhat().name()).toList(), "newest first");
            assertEquals("DRAFT → PUBLISHED", history.lines().get(0).getDetail());
            assertEquals(august + " Centre " + word + ": SEATS (20 → 24)",
                    history.lines().get(1).getDetail());
            assertEquals("TITLE_FR (Briquetage-maçonnerie → Briquetage)", history.lines().get(3).getDetail());
            history.lines().forEach(line -> {
                assertEquals(admin.getId(), line.getActorId());
                assertEquals("Amani Nyambura", history.who(line));
                org.junit.jupiter.api.Assertions.assertFalse(line.getChangedAt().isBefore(before));
            });
        }
        assertAnotherCentreReadsNoLineOf(program.getId(), otherAdmin, other);
    }

    /**
     * An intake closed and opened again, a program's English description rewritten (by its lengths, neither text), its
     * tuition, its exemption (a yes or no, said in words) and its photo replaced are each a line of the program's history, newest first, by the admin, in the
     * reader's words; another centre's admin neither opens the history by the program's id nor reads its lines.
     */
    @Test
    void anIntakeClosedAndOpenedAgainAndAProgramsTextTuitionAndPhotoAreInItsHistoryForItsOwnCentreOnly()
            throws Exception {
        Tenant tenant = fixtures.newSchoolBoard("intake-history");
        Tenant other = fixtures.newSchoolBoard("intake-history-other");
        UserAccount admin = fixtures.newAccount(tenant, Role.CSS_ADMIN);
        UserAccount otherAdmin = fixtures.newAccount(other, Role.CSS_ADMIN);
        String word = word();
        Program program = fixtures.newProgram(tenant, ProgramType.DEP, "5225", "Charpenterie-menuiserie",
                "Carpentry", "07", word, false);
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(40, 30,
                java.awt.image.BufferedImage.TYPE_INT_RGB), "png", png);
        String longer = "Training " + word + " in a workshop, and on building sites with a journeyman.";

        try (var session = TestSessions.signedInAs(admin, tenant)) {
            Program edited = catalog.findProgram(program.getId());
            long centreId = edited.getCentres().iterator().next().getId();
            int formerLength = edited.getDescriptionEn().length();
            LocalDate august = LocalDate.now().plusYears(1).withMonth(8).withDayOfMonth(25);
            Intake added = catalog.addIntake(program.getId(), centreId, intake(august));
            catalog.changeIntakeStatus(program.getId(), added.getId(), seen(program, added.getId()), IntakeStatus.CLOSED);
            catalog.changeIntakeStatus(program.getId(), added.getId(), seen(program, added.getId()), IntakeStatus.OPEN);
            edited.setDescriptionEn(longer);
            edited.setTuitionCad(new java.math.BigDecimal("13000"));
            edited.setTuitionExemption(true);
            catalog.saveProgram(edited, "07", Set.of(centreId));
            catalog.replaceProgramPhoto(program.getId(), png.toByteArray());

            ca.tremplin.security.ChangeLines history = catalog.history(program.getId(), 20);
            String label = august + " Centre " + word;
            assertEquals(java.util.List.of("PROGRAM_PHOTO null", "PROGRAM_EDITED TUITION_EXEMPTION (✗ → ✓)",
                            "PROGRAM_EDITED TUITION (12500.00 → 13000.00)",
                            "PROGRAM_EDITED DESCRIPTION_EN {" + formerLength + " → " + longer.length() + "}",
                            "INTAKE_STATUS " + label + ": CLOSED → OPEN", "INTAKE_STATUS " + label + ": OPEN → CLOSED",
                            "INTAKE_ADDED " + label + ": SEATS (— → 20), INTERNATIONAL_SEATS (— → 4), DEADLINE (— → "
                                    + august.minusMonths(5) + ")"),
                    history.lines().stream().map(line -> line.getWhat() + " " + line.getDetail()).toList(),
                    "newest first");
            assertEquals("exemption des droits de scolarité (non → oui)",
                    history.lines().get(1).detailIn(java.util.Locale.CANADA_FRENCH), "a yes or no in words, not marks");
            assertEquals("tuition exemption (no → yes)", history.lines().get(1).detailIn(java.util.Locale.ENGLISH));
            assertEquals("English description changed (" + formerLength + " → " + longer.length() + " characters)",
                    history.lines().get(3).detailIn(java.util.Locale.ENGLISH));
            assertEquals(label + ": Fermée → Ouverte",
                    history.lines().get(4).detailIn(java.util.Locale.CANADA_FRENCH));
            history.lines().forEach(line -> assertEquals("Amani Nyambura", history.who(line)));
        }
        assertAnotherCentreReadsNoLineOf(program.getId(), otherAdmin, other);
    }

    /** Another centre's admin neither opens the program's history by its id nor reads its lines (the tenant filter). */
    private void assertAnotherCentreReadsNoLineOf(long programId, UserAccount admin, Tenant centre) {
        try (var session = TestSessions.signedInAs(admin, centre)) {
            assertThrows(ca.tremplin.kernel.NotFoundException.class, () -> catalog.history(programId, 20));
            assertEquals(java.util.List.of(), changes.ofRecord(ca.tremplin.security.StaffChange.Subject.PROGRAM,
                    programId, 20).lines(), "the tenant filter keeps its lines out whatever the id");
        }
    }

    /** The intake's version as a page reading it now shows it. */
    private long seen(Program program, long intakeId) {
        return catalog.intakesOf(program.getId()).stream().filter(i -> i.getId() == intakeId).findFirst().orElseThrow()
                .getVersion();
    }

    private static Intake intake(LocalDate start) {
        Intake intake = new Intake();
        intake.setStartDate(start);
        intake.setApplicationDeadline(start.minusMonths(5));
        intake.setSeats(20);
        intake.setInternationalSeats(4);
        return intake;
    }

    @Test
    void aPhotoMustBeARealImageAndOnlyTheProgramsOwnCentreMayReplaceIt() throws Exception {
        Tenant own = fixtures.newSchoolBoard("photo-own");
        Tenant other = fixtures.newSchoolBoard("photo-other");
        UserAccount admin = fixtures.newAccount(own, Role.CSS_ADMIN);
        Program ofOther = fixtures.newProgram(other, ProgramType.DEP, "5311", "Cuisine", "Cooking", "03", word(), true);
        Program ownProgram = fixtures.newProgram(own, ProgramType.DEP, "5311", "Cuisine", "Cooking", "03", word(), true);
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(2400, 1200,
                java.awt.image.BufferedImage.TYPE_INT_ARGB), "png", png);

        try (var session = TestSessions.signedInAs(admin, own)) {
            assertEquals("photo.notAnImage", assertThrows(BusinessRuleException.class,
                    () -> catalog.replaceProgramPhoto(ownProgram.getId(), "GIF89a not really".getBytes()))
                    .messageKey());
            assertThrows(ca.tremplin.kernel.NotFoundException.class,
                    () -> catalog.replaceProgramPhoto(ofOther.getId(), png.toByteArray()));
            catalog.replaceProgramPhoto(ownProgram.getId(), png.toByteArray());
        }
        byte[] stored = publicPrograms.publishedPhotoAcrossAllTenants(ownProgram.getId()).orElseThrow();
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(stored));
        assertEquals(1200, image.getWidth(), "re-encoded as a JPEG of at most 1200 pixels wide");
        assertEquals((byte) 0xFF, stored[0]);
        assertEquals((byte) 0xD8, stored[1]);
        assertEquals(java.util.Optional.empty(), publicPrograms.publishedPhotoAcrossAllTenants(ofOther.getId()));
    }

    /**
     * A start typed wrong is corrected in its row: the dates keep their order, the same start at the same campus is
     * still refused, and the program's history says which intake and from what day to what day.
     */
    @Test
    void anIntakesDatesAreCorrectedInOrderAndTheCorrectionIsInItsProgramsHistory() {
        Tenant tenant = fixtures.newSchoolBoard("intake-dates");
        UserAccount admin = fixtures.newAccount(tenant, Role.CSS_ADMIN);
        Program program = fixtures.newProgram(tenant, ProgramType.DEP, "5321", "Briquetage-maçonnerie",
                "Masonry – Bricklaying", "07", word(), true);

        try (var session = TestSessions.signedInAs(admin, tenant)) {
            long centreId = catalog.findProgram(program.getId()).getCentres().iterator().next().getId();
            LocalDate wrong = LocalDate.now().plusYears(10).withMonth(8).withDayOfMonth(25);
            LocalDate right = LocalDate.now().plusYears(1).withMonth(8).withDayOfMonth(25);
            catalog.addIntake(program.getId(), centreId, intake(wrong));
            catalog.addIntake(program.getId(), centreId, intake(right.plusDays(7)));
            Intake typedWrong = catalog.intakesOf(program.getId()).stream()
                    .filter(i -> i.getStartDate().equals(wrong)).findFirst().orElseThrow();
            long wrongId = typedWrong.getId();
            long shown = typedWrong.getVersion();

            assertEquals("intake.deadlineAfterStart", assertThrows(BusinessRuleException.class,
                    () -> catalog.changeIntakeDates(program.getId(), wrongId, shown, right, right.plusDays(1)))
                    .messageKey());
            assertEquals("intake.startPast", assertThrows(BusinessRuleException.class,
                    () -> catalog.changeIntakeDates(program.getId(), wrongId, shown,
                            LocalDate.now(ca.tremplin.kernel.QuebecTime.ZONE).minusDays(1), null)).messageKey());
            assertEquals("intake.duplicate", assertThrows(BusinessRuleException.class,
                    () -> catalog.changeIntakeDates(program.getId(), wrongId, shown, right.plusDays(7), null))
                    .messageKey());
            assertEquals("intake.startRequired", assertThrows(BusinessRuleException.class,
                    () -> catalog.changeIntakeDates(program.getId(), wrongId, shown, null, null)).messageKey());

            catalog.changeIntakeDates(program.getId(), wrongId, shown, right, right.minusMonths(3));
            Intake corrected = catalog.intakesOf(program.getId()).stream()
                    .filter(i -> i.getId().equals(typedWrong.getId())).findFirst().orElseThrow();
            assertEquals(right, corrected.getStartDate());
            assertEquals(right.minusMonths(3), corrected.getApplicationDeadline());
            var line = catalog.history(program.getId(), 1).lines().get(0);
            assertEquals(ca.tremplin.security.StaffChange.What.INTAKE_DATES, line.getWhat());
            assertEquals(true, line.getDetail().contains("START (" + wrong + " → " + right + ")"), line.getDetail());
        }
    }

    /**
     * An intake added by mistake is deleted, with a line in its program's history; one a request asked for (the program
     * at its month) is closed instead, kept for the request and the reports; another centre's is not found.
     */
    @Test
    void anIntakeNobodyAskedForIsDeletedAndOneARequestNamesIsClosedInstead() {
        Tenant tenant = fixtures.newSchoolBoard("intake-removal");
        UserAccount admin = fixtures.newAccount(tenant, Role.CSS_ADMIN);
        Program program = fixtures.newProgram(tenant, ProgramType.DEP, "5322", "Carrosserie", "Auto Body Repair",
                "10", word(), true);
        LocalDate asked = LocalDate.now().plusYears(1).withMonth(8).withDayOfMonth(25);
        LocalDate mistaken = asked.plusMonths(2);
        askedFor(tenant, program, asked);

        try (var session = TestSessions.signedInAs(admin, tenant)) {
            long centreId = catalog.findProgram(program.getId()).getCentres().iterator().next().getId();
            catalog.addIntake(program.getId(), centreId, intake(asked));
            catalog.addIntake(program.getId(), centreId, intake(mistaken));
            long askedId = idOf(program, asked);
            long mistakenId = idOf(program, mistaken);

            assertEquals(CatalogRemovals.Result.DELETED, removals.removeIntake(program.getId(), mistakenId, seen(program, mistakenId)).result());
            assertEquals(1, catalog.intakesOf(program.getId()).size());
            assertEquals(ca.tremplin.security.StaffChange.What.INTAKE_DELETED,
                    catalog.history(program.getId(), 1).lines().get(0).getWhat());

            assertEquals(CatalogRemovals.Result.WITHDRAWN,
                    removals.removeIntake(program.getId(), askedId, seen(program, askedId)).result());
            assertEquals(IntakeStatus.CLOSED, catalog.intakesOf(program.getId()).get(0).getStatus(),
                    "the request names it: closed, not deleted");
            assertEquals(CatalogRemovals.Result.KEPT,
                    removals.removeIntake(program.getId(), askedId, seen(program, askedId)).result());
        }
        Tenant other = fixtures.newSchoolBoard("intake-removal-other");
        try (var session = TestSessions.signedInAs(fixtures.newAccount(other, Role.CSS_ADMIN), other)) {
            long askedId = idOfAnyTenant(program, asked);
            assertThrows(ca.tremplin.kernel.NotFoundException.class,
                    () -> removals.removeIntake(program.getId(), askedId, 0L));
        }
    }

    /**
     * A program created by mistake, which nothing names, is deleted with its intakes, and the centre's history says so;
     * one a request asked about is archived instead — off the public catalogue, kept for the reports — and the answer
     * names what refers to it.
     */
    @Test
    void aProgramNothingNamesIsDeletedAndOneARequestNamesIsArchivedInstead() throws Exception {
        Tenant tenant = fixtures.newSchoolBoard("program-removal");
        UserAccount admin = fixtures.newAccount(tenant, Role.CSS_ADMIN);
        Program mistaken = fixtures.newProgram(tenant, ProgramType.DEP, "5323", "Programme créé par erreur",
                "Program created by mistake", "07", word(), true);
        Program asked = fixtures.newProgram(tenant, ProgramType.DEP, "5324", "Pâtisserie", "Pastry Making", "03",
                word(), true);
        fixtures.newLead(tenant, asked);

        try (var session = TestSessions.signedInAs(admin, tenant)) {
            long centreId = catalog.findProgram(mistaken.getId()).getCentres().iterator().next().getId();
            catalog.addIntake(mistaken.getId(), centreId, intake(LocalDate.now().plusYears(1).withDayOfYear(240)));
            // The centre's request routing sent the program's requests to its admin: the line goes with the program,
            // where it would be left naming nothing (and the settings page could no longer be saved).
            rows.execute("insert into inquiry_routing_entry (tenant_id, match_kind, match_value, user_account_id)"
                    + " values (?, 'PROGRAM', ?, ?)", tenant.getId(), String.valueOf(mistaken.getId()), admin.getId());
            rows.execute("insert into inquiry_settings (tenant_id, routing_rule, version) values (?, 'BY_PROGRAM', 3)",
                    tenant.getId());
            Program stale = catalog.findProgram(mistaken.getId());
            assertEquals(CatalogRemovals.Result.DELETED,
                    removals.removeProgram(mistaken.getId(), stale.getVersion()).result());
            assertThrows(ca.tremplin.kernel.NotFoundException.class, () -> catalog.findProgram(mistaken.getId()));
            assertEquals(0, rows.count("select count(*) from intake where program_id = ?", mistaken.getId()));
            assertEquals(1, rows.count("select count(*) from staff_change where tenant_id = ? and subject = 'CENTRE'"
                    + " and what = 'PROGRAM_DELETED'", tenant.getId()));
            assertEquals(0, rows.count("select count(*) from inquiry_routing_entry where tenant_id = ?",
                    tenant.getId()), "the routing line went with the program");
            assertEquals(4, rows.count("select version from inquiry_settings where tenant_id = ?", tenant.getId()),
                    "a settings page opened before is told the routing changed");
            assertEquals(1, rows.count("select count(*) from staff_change where tenant_id = ? and subject = 'SETTINGS'"
                    + " and what = 'MAPPING' and detail like '5323 %'", tenant.getId()), "and its going is traced");

            Program named = catalog.findProgram(asked.getId());
            CatalogRemovals.Outcome outcome = removals.removeProgram(asked.getId(), named.getVersion());
            assertEquals(CatalogRemovals.Result.WITHDRAWN, outcome.result());
            assertEquals("program.archivedInstead", outcome.messageKey());
            assertEquals(ProgramStatus.ARCHIVED, catalog.findProgram(asked.getId()).getStatus());
        }
    }

    /** A campus created by mistake is deleted; one a program is given at, or an intake took place at, is kept. */
    @Test
    void aCampusIsDeletedOnlyWhenNoProgramOrIntakeNamesIt() {
        Tenant tenant = fixtures.newSchoolBoard("campus-removal");
        UserAccount admin = fixtures.newAccount(tenant, Role.CSS_ADMIN);
        Program program = fixtures.newProgram(tenant, ProgramType.DEP, "5325", "Ébénisterie", "Cabinetmaking", "07",
                word(), true);

        try (var session = TestSessions.signedInAs(admin, tenant)) {
            long given = catalog.findProgram(program.getId()).getCentres().iterator().next().getId();
            Centre mistaken = new Centre();
            mistaken.setName("Centre créé par erreur " + word());
            mistaken.setCity("Trois-Rivières");
            mistaken.setRegion(tenant.getRegion());
            long mistakenId = catalog.saveCentre(mistaken).getId();

            CatalogRemovals.Outcome kept = removals.removeCentre(given);
            assertEquals(CatalogRemovals.Result.KEPT, kept.result());
            assertEquals("centre.keptForPrograms", kept.messageKey());
            assertEquals(CatalogRemovals.Result.DELETED, removals.removeCentre(mistakenId).result());
            assertEquals(false, catalog.centres().stream().anyMatch(c -> c.getId() == mistakenId));
        }
    }

    /**
     * A training centre created, edited and deleted leaves a line each in the campuses' history, filed under its
     * centre: who, when, and for an edit each field from what to what under the name the campus had. Another centre's
     * admin reads none of them.
     */
    @Test
    void aCampusCreatedEditedAndDeletedLeavesEachChangeInTheCampusesHistoryForItsOwnCentreOnly() throws Exception {
        Tenant tenant = fixtures.newSchoolBoard("campus-history");
        UserAccount admin = fixtures.newAccount(tenant, Role.CSS_ADMIN);
        String name = "Centre de Jonquière " + word();

        try (var session = TestSessions.signedInAs(admin, tenant)) {
            Centre campus = new Centre();
            campus.setName(name);
            campus.setCity("Jonquière");
            campus.setRegion(ca.tremplin.tenant.QuebecRegion.SAGUENAY_LAC_SAINT_JEAN);
            long id = catalog.saveCentre(campus).getId();

            Centre edited = catalog.centre(id);
            edited.setCity("Saguenay");
            edited.setContactPhone("+14185550123");
            catalog.saveCentre(edited);
            Centre unchanged = catalog.centre(id);
            catalog.saveCentre(unchanged);
            assertEquals(CatalogRemovals.Result.DELETED, removals.removeCentre(id).result());

            var lines = catalog.campusHistory(10).lines();
            assertEquals(java.util.List.of(ca.tremplin.security.StaffChange.What.CAMPUS_DELETED,
                            ca.tremplin.security.StaffChange.What.CAMPUS_EDITED,
                            ca.tremplin.security.StaffChange.What.CAMPUS_EDITED,
                            ca.tremplin.security.StaffChange.What.CAMPUS_CREATED),
                    lines.stream().map(ca.tremplin.security.StaffChange::getWhat).toList(),
                    "newest first; a save that changed nothing leaves no line");
            java.util.List<String> details = lines.stream().map(ca.tremplin.security.StaffChange::getDetail).toList();
            assertEquals(name, details.get(0));
            assertEquals(java.util.Set.of(name + ": CITY (Jonquière → Saguenay)",
                    name + ": CONTACT_PHONE (— → +14185550123)"), java.util.Set.copyOf(details.subList(1, 3)));
            assertEquals(name + ": CITY (— → Jonquière), REGION (— → SAGUENAY_LAC_SAINT_JEAN)", details.get(3));
            assertEquals(true, lines.stream().allMatch(line -> admin.getId().equals(line.getActorId())),
                    "each by the admin who made it");
            assertEquals("Centre de formation modifié", ca.tremplin.kernel.Messages.get(java.util.Locale.CANADA_FRENCH,
                    lines.get(1).getWhat().messageKey()));
            assertEquals(true, lines.get(1).detailIn(java.util.Locale.CANADA_FRENCH).startsWith(name + ": "),
                    lines.get(1).detailIn(java.util.Locale.CANADA_FRENCH));
            assertEquals(4, rows.count("select count(*) from staff_change where tenant_id = ? and subject = 'CENTRE'"
                    + " and subject_id = ? and what like 'CAMPUS!_%' escape '!'", tenant.getId(), tenant.getId()),
                    "filed under the centre, whose own page shows them too");
        }
        Tenant other = fixtures.newSchoolBoard("campus-history-other");
        try (var session = TestSessions.signedInAs(fixtures.newAccount(other, Role.CSS_ADMIN), other)) {
            assertEquals(true, catalog.campusHistory(50).lines().stream()
                    .noneMatch(line -> line.getDetail() != null && line.getDetail().startsWith(name)),
                    "another centre reads none of its lines");
        }
    }

    /**
     * An intake's start corrected into another month while a request asked for its program at the month it leaves: asked
     * first, and nothing saved; confirmed, the dates are saved, and that request still keeps the intake from deletion —
     * closed instead — as a request for its new month would. A start moved within its month, or out of a month nobody
     * asked for, is not asked about.
     */
    @Test
    void anIntakeMovedOutOfAMonthARequestAskedForIsAskedAboutAndStaysKeptFromDeletion() {
        Tenant tenant = fixtures.newSchoolBoard("intake-month");
        UserAccount admin = fixtures.newAccount(tenant, Role.CSS_ADMIN);
        Program program = fixtures.newProgram(tenant, ProgramType.DEP, "5326", "Vente-conseil", "Sales Consulting",
                "03", word(), true);
        LocalDate asked = LocalDate.now().plusYears(1).withMonth(8).withDayOfMonth(25);
        LocalDate nobodyAsked = asked.plusMonths(3);
        askedFor(tenant, program, asked);

        try (var session = TestSessions.signedInAs(admin, tenant)) {
            long centreId = catalog.findProgram(program.getId()).getCentres().iterator().next().getId();
            catalog.addIntake(program.getId(), centreId, intake(asked));
            catalog.addIntake(program.getId(), centreId, intake(nobodyAsked));
            long askedId = idOf(program, asked);
            long otherId = idOf(program, nobodyAsked);

            catalog.changeIntakeDates(program.getId(), askedId, seen(program, askedId), asked.plusDays(3), null);
            assertEquals(asked.plusDays(3), start(program, askedId), "within its month: not asked");

            LocalDate september = asked.plusMonths(1).withDayOfMonth(2);
            IntakeMonthAskedException question = assertThrows(IntakeMonthAskedException.class,
                    () -> catalog.changeIntakeDates(program.getId(), askedId, seen(program, askedId), september, null));
            assertEquals("intake.monthAsked", question.messageKey());
            assertEquals(true, question.localizedMessage(java.util.Locale.CANADA_FRENCH).startsWith(
                    "Une demande d’information a demandé ce programme pour une rentrée en août"),
                    question.localizedMessage(java.util.Locale.CANADA_FRENCH));
            assertEquals(asked.plusDays(3), start(program, askedId), "nothing saved before the answer");

            catalog.changeIntakeDates(program.getId(), askedId, seen(program, askedId), september, null, true);
            assertEquals(september, start(program, askedId));
            assertEquals(true, catalog.history(program.getId(), 1).lines().get(0).getDetail()
                    .contains("START (" + asked.plusDays(3) + " → " + september + ")"), "in the program's history");

            catalog.changeIntakeDates(program.getId(), otherId, seen(program, otherId), nobodyAsked.plusMonths(1), null);
            assertEquals(nobodyAsked.plusMonths(1), start(program, otherId), "a month nobody asked for: not asked");

            assertEquals(CatalogRemovals.Result.WITHDRAWN,
                    removals.removeIntake(program.getId(), askedId, seen(program, askedId)).result(),
                    "the request for August still names it: closed, not deleted");
            assertEquals(CatalogRemovals.Result.DELETED,
                    removals.removeIntake(program.getId(), otherId, seen(program, otherId)).result());
        }
    }

    /** A person's request about the program for an intake at that day's month, as the form sends it. */
    private void askedFor(Tenant tenant, Program program, LocalDate start) {
        ca.tremplin.inquiry.InquiryRequest request = ca.tremplin.testsupport.InquiryRequests.complete(
                ca.tremplin.testsupport.InquiryRequests.uniqueEmail(), program.getId());
        request.setPreferredIntake(java.time.YearMonth.from(start).toString());
        fixtures.newLead(tenant, request);
    }

    private LocalDate start(Program program, long intakeId) {
        return catalog.intakesOf(program.getId()).stream().filter(i -> i.getId() == intakeId).findFirst()
                .orElseThrow().getStartDate();
    }

    private long idOf(Program program, LocalDate start) {
        return catalog.intakesOf(program.getId()).stream().filter(i -> i.getStartDate().equals(start))
                .findFirst().orElseThrow().getId();
    }

    private long idOfAnyTenant(Program program, LocalDate start) {
        try {
            return rows.count("select id from intake where program_id = ? and start_date = ?", program.getId(),
                    java.sql.Date.valueOf(start));
        } catch (java.sql.SQLException failed) {
            throw new IllegalStateException(failed);
        }
    }

    private static Program program(String code) {
        Program program = new Program();
        program.setType(ProgramType.DEP);
        program.setCode(code);
        program.setTitleFr("Programme " + code);
        program.setTitleEn("Program " + code);
        program.setDurationHours(900);
        program.setDurationMonths(10);
        program.setDescriptionFr("Description.");
        program.setDescriptionEn("Description.");
        return program;
    }

    private static String word() {
        return "mot" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}
