package ca.tremplin.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ca.tremplin.kernel.BusinessRuleException;
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
            assertEquals(0, catalog.intakesOf(program.getId()).size(), "nothing half-written");
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
