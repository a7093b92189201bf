package ca.tremplin.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.testsupport.OutboxFiles;
import ca.tremplin.catalog.Program;
import ca.tremplin.catalog.ProgramType;
import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.kernel.Languages;
import ca.tremplin.kernel.Messages;
import ca.tremplin.kernel.NotFoundException;
import ca.tremplin.mail.OutboxMessage;
import ca.tremplin.person.LeadStage;
import ca.tremplin.security.Role;
import ca.tremplin.security.TestSessions;
import ca.tremplin.security.UserAccount;
import ca.tremplin.tenant.Tenancy;
import ca.tremplin.tenant.Tenant;
import ca.tremplin.tenant.TenantContext;
import ca.tremplin.testsupport.InServerTest;
import ca.tremplin.testsupport.TestFixtures;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A recruiter has the centre's report e-mailed every week to two colleagues, one of whom is deactivated before it
 * leaves: at its hour the other receives the summary and the report as a workbook, the deactivated one nothing, and
 * the centre's admin is told; it leaves once, then a week later. Another centre neither sees the schedule nor can
 * name its own staff as recipients.
 */
class ReportScheduleIT extends InServerTest {

    @Inject
    ca.tremplin.security.UserAdministration users;

    @Inject
    ReportSchedules schedules;

    @Inject
    Tenancy tenancy;

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    private Tenant centre;
    private Tenant other;
    private UserAccount admin;
    private UserAccount recruiter;
    private UserAccount leaving;
    private UserAccount otherRecruiter;
    private Program program;

    @BeforeEach
    void centreWithThreeLeads() {
        centre = fixtures.newSchoolBoard("schedule");
        other = fixtures.newSchoolBoard("schedule-other");
        admin = fixtures.newAccount(centre, Role.CSS_ADMIN);
        recruiter = fixtures.newAccount(centre, Role.RECRUITER);
        leaving = fixtures.newAccount(centre, Role.RECRUITER);
        otherRecruiter = fixtures.newAccount(other, Role.RECRUITER);
        program = fixtures.newProgram(centre, ProgramType.DEP, TestFixtures.programCode(),
                "Horlogerie-bijouterie", "Watchmaking", "16", "montre" + UUID.randomUUID().toString().substring(0, 6),
                true);
        for (int i = 0; i < 3; i++) {
            fixtures.newLead(centre, program);
        }
        fixtures.backdate(centre, 3);
    }

    @Test
    void aScheduledReportReachesItsRecipientsOnceAWeekAndTheAdminHearsOfWhoWasLeftOut() throws Exception {
        String name = "Suivi " + UUID.randomUUID().toString().substring(0, 8);
        ReportSchedule schedule;
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, centre)) {
            schedule = schedules.create(new ReportSchedules.Request(name, "counting=REACHED&breakdown=source", 4,
                    DayOfWeek.MONDAY, ReportSchedule.FileFormat.XLSX, Set.of(recruiter.getId(), leaving.getId())));
        }
        assertEquals(DayOfWeek.MONDAY, schedule.getNextSendAt().atZone(ReportSchedules.QUEBEC).getDayOfWeek());
        assertEquals(7, schedule.getNextSendAt().atZone(ReportSchedules.QUEBEC).getHour());
        tenancy.asTenant(centre.getId(), () -> em.createNativeQuery(
                "update user_account set active = false where id = ?1").setParameter(1, leaving.getId())
                .executeUpdate());

        Instant due = schedule.getNextSendAt().plus(Duration.ofMinutes(5));
        assertTrue(schedules.sendDue(due) >= 1);

        OutboxMessage sent = only(recruiter.getEmail(), name);
        String newStage = Messages.get(Languages.FRENCH, LeadStage.NEW.messageKey());
        assertTrue(sent.getBodyText().contains(newStage + " 3"), "the three leads of the weeks covered: "
                + sent.getBodyText());
        assertTrue(sent.getBodyText().contains("/admin/reports.xhtml?from="), sent.getBodyText());
        ca.tremplin.mail.MailAttachment file = OutboxFiles.of(em, sent);
        assertTrue(file.fileName().endsWith(".xlsx"), file.fileName());
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file.content()))) {
            List<Row> funnel = workbook.getFirstSheet().read();
            Row stageNew = funnel.stream().filter(row -> newStage.equals(row.getCellText(0))).findFirst()
                    .orElseThrow(() -> new AssertionError("no row for the stage new in the attached funnel"));
            assertEquals("3", stageNew.getCellText(1));
        }
        assertTrue(messagesTo(leaving.getEmail(), name).isEmpty(), "a deactivated account receives nothing");
        OutboxMessage notice = only(admin.getEmail(), name);
        assertTrue(notice.getBodyText().contains("compte désactivé"), notice.getBodyText());

        ReportSchedule after = tenancy.asTenant(centre.getId(), () -> em.find(ReportSchedule.class, schedule.getId()));
        assertEquals(schedule.getNextSendAt().atZone(ReportSchedules.QUEBEC).plusWeeks(1),
                after.getNextSendAt().atZone(ReportSchedules.QUEBEC), "the Monday after, at 7");
        assertNotNull(after.getLastSentAt());
        assertTrue(after.getLastSkipped().startsWith("DEACTIVATED:"), after.getLastSkipped());

        schedules.sendDue(due);
        assertEquals(1, messagesTo(recruiter.getEmail(), name).size(), "it left once");
        schedules.sendDue(after.getNextSendAt().plus(Duration.ofMinutes(1)));
        assertEquals(2, messagesTo(recruiter.getEmail(), name).size(), "and again a week later");
        assertEquals(1, messagesTo(admin.getEmail(), name).size(),
                "the admin hears of the same people left out once, not every week");
    }

    /** The schedule page says which report it schedules in words, not as the address it was given. */
    @Test
    void theReportToScheduleIsDescribedByItsFiltersNamesBreakdownAndCounting() {
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, centre)) {
            assertEquals("Programme = Horlogerie-bijouterie · Pays = Sénégal · Ventilation : Source · Étapes comptées :"
                    + " déduites de l’étape la plus avancée", schedules.describe("country=SN&program=" + program.getId()
                    + "&breakdown=source&counting=FURTHEST", Locale.CANADA_FRENCH));
            assertEquals("every lead, no filter · Stages counted: as reached (recorded in the history)",
                    schedules.describe("", Locale.ENGLISH));
            assertEquals("", schedules.describe("breakdown=nope", Locale.CANADA_FRENCH),
                    "an address that cannot be read is described by the page's message, not here");
        }
    }

    @Test
    void sentNowItReachesItsRecipientsAndKeepsItsWeeklyDateOnlyItsAuthorOrAnAdminMaySendIt() {
        String name = "Maintenant " + UUID.randomUUID().toString().substring(0, 8);
        ReportSchedule schedule;
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, centre)) {
            schedule = schedules.create(new ReportSchedules.Request(name, "", 1, DayOfWeek.FRIDAY,
                    ReportSchedule.FileFormat.CSV, Set.of(recruiter.getId(), admin.getId())));
        }
        try (TenantContext.Scope ignored = TestSessions.signedInAs(admin, centre)) {
            assertEquals("reportSchedule.nameTaken", assertThrows(ca.tremplin.kernel.BusinessRuleException.class,
                    () -> schedules.create(new ReportSchedules.Request(" " + name.toUpperCase(Locale.ROOT), "", 4,
                            DayOfWeek.MONDAY, ReportSchedule.FileFormat.XLSX, Set.of(admin.getId())))).messageKey(),
                    "a second schedule of the same name, which nobody could tell apart");
        }
        try (TenantContext.Scope ignored = TestSessions.signedInAs(leaving, centre)) {
            assertThrows(ca.tremplin.kernel.AccessDeniedException.class, () -> schedules.sendNow(schedule.getId()),
                    "a colleague who did not make it cannot send it to others");
        }
        try (TenantContext.Scope ignored = TestSessions.signedInAs(otherRecruiter, other)) {
            assertThrows(ca.tremplin.kernel.NotFoundException.class, () -> schedules.sendNow(schedule.getId()));
        }
        assertTrue(messagesTo(recruiter.getEmail(), name).isEmpty(), "nothing left yet");

        try (TenantContext.Scope ignored = TestSessions.signedInAs(admin, centre)) {
            assertEquals(2, schedules.sendNow(schedule.getId()));
        }

        OutboxMessage sent = only(recruiter.getEmail(), name);
        String fileName = OutboxFiles.of(em, sent).fileName();
        assertTrue(fileName.endsWith(".csv"), fileName);
        assertEquals(1, messagesTo(admin.getEmail(), name).size());
        ReportSchedule after = tenancy.asTenant(centre.getId(), () -> em.find(ReportSchedule.class, schedule.getId()));
        assertEquals(schedule.getNextSendAt(), after.getNextSendAt(), "the weekly sending keeps its date");
        assertNotNull(after.getLastSentAt());
    }

    /**
     * A recipient who did not make the schedule stops receiving it from the page its mail links to; the others keep
     * receiving it; the last one to leave removes it.
     */
    @Test
    void aRecipientStopsReceivingAScheduleSomeoneElseMade() {
        long scheduleId;
        try (TenantContext.Scope ignored = TestSessions.signedInAs(admin, centre)) {
            scheduleId = schedules.create(new ReportSchedules.Request("Pour deux", "", 1, DayOfWeek.MONDAY,
                    ReportSchedule.FileFormat.CSV, Set.of(recruiter.getId(), leaving.getId()))).getId();
        }
        try (TenantContext.Scope ignored = TestSessions.signedInAs(leaving, centre)) {
            ReportSchedules.Line line = schedules.list(Languages.FRENCH)
                    .stream().filter(l -> l.schedule().getId() == scheduleId)
                    .findFirst().orElseThrow();
            assertTrue(line.received() && !line.removable(), "offered to leave it, not to remove it");
            assertEquals(ReportSchedules.Left.OTHERS_RECEIVE_IT, schedules.leave(scheduleId),
                    "the other recipient still receives it");
        }
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, centre)) {
            ReportSchedules.Line line = schedules.list(Languages.FRENCH)
                    .stream().filter(l -> l.schedule().getId() == scheduleId)
                    .findFirst().orElseThrow();
            assertEquals(Set.of(recruiter.getId()), line.schedule().getRecipientIds());
            assertEquals(ReportSchedules.Left.REMOVED, schedules.leave(scheduleId),
                    "nobody receives it any longer: removed");
            assertTrue(schedules.list(Languages.FRENCH)
                    .stream().noneMatch(l -> l.schedule().getId() == scheduleId));
            assertEquals(ReportSchedules.Left.ALREADY_GONE, schedules.leave(scheduleId),
                    "a page shown before says it was gone already");
        }
    }

    @Test
    void anotherCentreNeitherSeesNorRemovesTheScheduleAndItsStaffCannotBeNamedRecipients() {
        ReportSchedule schedule;
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, centre)) {
            BusinessRuleException forged = assertThrows(BusinessRuleException.class, () -> schedules.create(
                    new ReportSchedules.Request("Forgé", "", 1, DayOfWeek.FRIDAY, ReportSchedule.FileFormat.CSV,
                            Set.of(otherRecruiter.getId()))));
            assertEquals("reportSchedule.unknownRecipient", forged.messageKey());
            BusinessRuleException unreadable = assertThrows(BusinessRuleException.class, () -> schedules.create(
                    new ReportSchedules.Request("Illisible", "colour=blue", 1, DayOfWeek.FRIDAY,
                            ReportSchedule.FileFormat.CSV, Set.of(recruiter.getId()))));
            assertEquals("report.unknownFilter", unreadable.messageKey());
            BusinessRuleException unknownSource = assertThrows(BusinessRuleException.class, () -> schedules.create(
                    new ReportSchedules.Request("Source inconnue", "source=NOPE", 1, DayOfWeek.FRIDAY,
                            ReportSchedule.FileFormat.CSV, Set.of(recruiter.getId()))));
            assertEquals("\"NOPE\" cannot be read as a value of the filter \"Source\".",
                    unknownSource.localizedMessage(java.util.Locale.ENGLISH), "the filter named as the form names it");
            schedule = schedules.create(new ReportSchedules.Request("Hebdo", "", 1, DayOfWeek.FRIDAY,
                    ReportSchedule.FileFormat.CSV, Set.of(recruiter.getId())));
            assertFalse(schedules.possibleRecipients().containsKey(otherRecruiter.getId()));
        }
        // An invitation not yet accepted (perhaps sent to a mistyped address) receives no figures of the centre.
        try (TenantContext.Scope ignored = TestSessions.signedInAs(admin, centre)) {
            ca.tremplin.security.UserAccount invited = users.invite(new ca.tremplin.security.UserAdministration
                    .Invitation("invite." + java.util.UUID.randomUUID() + "@exemple.test", "Invité Pas-Encore",
                    Role.RECRUITER, java.util.Locale.FRENCH));
            assertFalse(schedules.possibleRecipients().containsKey(invited.getId()), "not offered");
            assertEquals("reportSchedule.unknownRecipient", assertThrows(BusinessRuleException.class,
                    () -> schedules.create(new ReportSchedules.Request("Invité", "", 1, DayOfWeek.FRIDAY,
                            ReportSchedule.FileFormat.CSV, Set.of(invited.getId())))).messageKey(),
                    "not accepted");
        }
        try (TenantContext.Scope ignored = TestSessions.signedInAs(otherRecruiter, other)) {
            assertTrue(schedules.list(Languages.FRENCH)
                    .stream().noneMatch(line -> line.schedule().getId().equals(schedule.getId())));
            assertThrows(NotFoundException.class, () -> schedules.remove(schedule.getId()));
        }
        try (TenantContext.Scope ignored = TestSessions.signedInAs(leaving, centre)) {
            assertThrows(ca.tremplin.kernel.AccessDeniedException.class, () -> schedules.remove(schedule.getId()),
                    "a recruiter removes only their own schedules");
        }
        try (TenantContext.Scope ignored = TestSessions.signedInAs(admin, centre)) {
            schedules.remove(schedule.getId());
            assertTrue(schedules.list(Languages.FRENCH)
                    .stream().noneMatch(line -> line.schedule().getId().equals(schedule.getId())));
        }
    }

    private OutboxMessage only(String recipient, String name) {
        List<OutboxMessage> messages = messagesTo(recipient, name);
        assertEquals(1, messages.size(), "messages to " + recipient);
        return messages.get(0);
    }

    private List<OutboxMessage> messagesTo(String recipient, String name) {
        return tenancy.acrossAllTenants(() -> em.createQuery(
                "select m from OutboxMessage m where m.recipient = :to and m.subject like :name order by m.id",
                OutboxMessage.class).setParameter("to", recipient).setParameter("name", "%" + name + "%")
                .getResultList());
    }
}
