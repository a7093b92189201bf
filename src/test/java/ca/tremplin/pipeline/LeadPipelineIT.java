package ca.tremplin.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.catalog.Program;
import ca.tremplin.catalog.ProgramType;
import ca.tremplin.kernel.AccessDeniedException;
import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.kernel.NotFoundException;
import ca.tremplin.person.HeardFrom;
import ca.tremplin.person.Lead;
import ca.tremplin.person.LeadAudit;
import ca.tremplin.person.LeadEvent;
import ca.tremplin.person.LeadEventKind;
import ca.tremplin.person.LeadField;
import ca.tremplin.person.LeadStage;
import ca.tremplin.person.LeadTask;
import ca.tremplin.person.TaskKind;
import ca.tremplin.security.Role;
import ca.tremplin.security.TestSessions;
import ca.tremplin.security.UserAccount;
import ca.tremplin.tenant.Tenant;
import ca.tremplin.tenant.TenantContext;
import ca.tremplin.testsupport.InServerTest;
import ca.tremplin.testsupport.InquiryRequests;
import ca.tremplin.testsupport.TestFixtures;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A lead's way through the pipeline, against MariaDB: the stage rules and their explained refusals, edits that
 * never overwrite someone else's in silence, the audit of personal data, merging duplicates without losing
 * anything, tasks, and another centre's ids answering "not found" everywhere.
 */
class LeadPipelineIT extends InServerTest {

    /**
     * Intakes to come, whatever the day the tests run (a request naming an intake already past is refused): in order,
     * a year after the first, and one nobody asks for.
     */
    private static final java.time.YearMonth NOW = java.time.YearMonth.now(ca.tremplin.kernel.QuebecTime.ZONE);
    private static final String INTAKE_SOON = NOW.plusMonths(8).toString();
    private static final String INTAKE_LATER = NOW.plusMonths(13).toString();
    private static final String INTAKE_A_YEAR_AFTER = NOW.plusMonths(20).toString();
    private static final String INTAKE_NOBODY_ASKED = NOW.plusMonths(25).toString();
    private static final String INTAKE_FAR = NOW.plusMonths(33).toString();

    @org.jboss.arquillian.test.api.ArquillianResource
    java.net.URL leadPageBase;

    @Inject
    LeadService leads;

    @Inject
    LeadListService list;

    @Inject
    ca.tremplin.security.UserAdministration administration;

    @Inject
    PipelineRepository pipeline;

    @Inject
    LeadListExport export;

    @Inject
    LeadConsents consents;

    @jakarta.persistence.PersistenceContext(unitName = "tremplin")
    jakarta.persistence.EntityManager em;

    @Inject
    ca.tremplin.tenant.Tenancy tenancy;

    @Inject
    ca.tremplin.testsupport.DatabaseRows rows;

    /**
     * The whole list as a file, slice by slice, with the list's filters, each person logged: names, e-mail and the
     * phone to call, in E.164 behind the quote that keeps a spreadsheet from reading "+33…" as a formula, text in a
     * workbook; no phone for a person who withdrew their consent to being contacted (one who only unsubscribed from
     * news keeps theirs). Beside them, where each person stands on being written to and since which day: consent
     * given, withdrawn, unsubscribed from news, no consent (never asked), refused on her request — the four who may
     * not be written to marked "do not write", in the file's language.
     */
    @Test
    void theWholeListLeavesAsAFileSliceBySliceWithItsFiltersAndEveryPersonExportedIsLogged() throws Exception {
        Centre centre = centre("export");
        Centre other = centre("export-other");
        List<Lead> people = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            people.add(fixtures.newLead(centre.tenant, centre.program, "Awa", "Diop " + i, InquiryRequests.uniqueEmail(),
                    "+33 6 12 34 56 7" + i, null));
        }
        Lead elsewhere = fixtures.newLead(other.tenant, other.program);
        // The fifth said no to being contacted, and to news, on the request she came with (a list's "contact: no" is
        // kept so); a yes to news on the same form would be her word to be written to, as bulk e-mail reads it.
        assertEquals(2, tenancy.acrossAllTenants(() -> em.createNativeQuery("update consent_record c"
                + " join routed_inquiry r on r.inquiry_id = c.inquiry_id set c.granted = false"
                + " where r.lead_id = ?1 and c.purpose in ('CONTACT', 'NEWS')").setParameter(1, people.get(4).getId())
                .executeUpdate()));
        // The fourth was never asked (as a person staff add by hand): her register holds nothing.
        assertTrue(tenancy.acrossAllTenants(() -> em.createNativeQuery("delete c from consent_record c"
                + " join routed_inquiry r on r.inquiry_id = c.inquiry_id where r.lead_id = ?1")
                .setParameter(1, people.get(3).getId()).executeUpdate()) > 0);
        Instant withdrawnAt = Instant.now();
        String withdrawnOn = java.time.LocalDate.ofInstant(withdrawnAt, ca.tremplin.kernel.QuebecTime.ZONE).toString();
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            leads.changeStage(people.get(3).getId(), LeadStage.CONTACTED, null, null);
            consents.recordWithdrawal(people.get(1).getId(), ca.tremplin.person.ConsentPurpose.CONTACT,
                    ca.tremplin.person.ConsentChannel.PHONE, withdrawnAt, "Ne plus m’appeler");
            consents.recordWithdrawal(people.get(2).getId(), ca.tremplin.person.ConsentPurpose.NEWS,
                    ca.tremplin.person.ConsentChannel.EMAIL, withdrawnAt, null);
            java.io.ByteArrayOutputStream file = new java.io.ByteArrayOutputStream();
            assertEquals(5, export.write(LeadFilter.NONE, LeadListExport.Format.CSV, Locale.FRENCH, file, 2),
                    "three slices of two, the last one short");
            List<org.apache.commons.csv.CSVRecord> rows = csv(file, ';');
            assertEquals(List.of("N°", "Prénom", "Nom", "Courriel", "Téléphone"),
                    rows.get(0).toList().subList(0, 5), "in French, the semicolons French Excel reads as columns");
            assertEquals(people.stream().map(lead -> lead.getId().toString()).toList(),
                    rows.subList(1, rows.size()).stream().map(row -> row.get(0)).toList(),
                    "every lead of the centre once, in order, and no other centre's");
            assertEquals(List.of("'+33612345670", "", "'+33612345672", "'+33612345673", ""),
                    rows.subList(1, rows.size()).stream().map(row -> row.get(4)).toList(),
                    "the phone right after the e-mail, none for the people who said not to be contacted: one who"
                            + " withdrew, one who refused on her request");
            assertEquals(people.get(0).getEmail(), rows.get(1).get(3));
            assertEquals(List.of("Contact par courriel", "Contact par courriel depuis le"),
                    rows.get(0).toList().subList(5, 7), "where each stands on being written to, beside the phone");
            assertEquals(List.of("consentement donné", "consentement retiré : ne pas écrire",
                            "désabonnement : ne pas écrire", "aucun consentement : ne pas écrire",
                            "consentement refusé : ne pas écrire"),
                    rows.subList(1, rows.size()).stream().map(row -> row.get(5)).toList(),
                    "read from each one's consent register, whatever slice they are in");
            assertEquals(List.of(withdrawnOn, withdrawnOn, ""), List.of(rows.get(2).get(6), rows.get(3).get(6),
                    rows.get(4).get(6)), "the day the no was said; none for what was never said");
            assertTrue(rows.get(1).get(6).matches("\\d{4}-\\d{2}-\\d{2}") && rows.get(5).get(6).matches(
                    "\\d{4}-\\d{2}-\\d{2}"), "the day of the consent given, and of the request that refused it");
            assertEquals("Pays de résidence", rows.get(0).get(7));
            assertEquals("Soudage-montage", rows.get(1).get(12), "the program the person asked about");

            file.reset();
            export.write(new LeadFilter(LeadStage.CONTACTED, null, null, null, null, null, null),
                    LeadListExport.Format.CSV, Locale.ENGLISH, file, 2);
            rows = csv(file, ',');
            assertEquals(2, rows.size(), "the list's filter: the header and the one contacted lead");
            assertEquals(List.of("#", "First name", "Last name", "E-mail", "Phone"), rows.get(0).toList().subList(0, 5));
            assertEquals("Diop 3", rows.get(1).get(2));
            assertEquals("'+33612345673", rows.get(1).get(4));
            assertEquals(List.of("E-mail contact", "E-mail contact since"), rows.get(0).toList().subList(5, 7));
            assertEquals(List.of("no consent: do not write", ""), List.of(rows.get(1).get(5), rows.get(1).get(6)));
            assertEquals("Contacted", rows.get(1).get(8));

            file.reset();
            export.write(LeadFilter.NONE, LeadListExport.Format.XLSX, Locale.FRENCH, file, 2);
            try (org.dhatim.fastexcel.reader.ReadableWorkbook workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(
                    new java.io.ByteArrayInputStream(file.toByteArray()))) {
                List<org.dhatim.fastexcel.reader.Row> sheet = workbook.getFirstSheet().read();
                assertEquals("Téléphone", sheet.get(0).getCellText(4));
                org.dhatim.fastexcel.reader.Cell phone = sheet.get(1).getCell(4);
                assertEquals(org.dhatim.fastexcel.reader.CellType.STRING, phone.getType(), "text, never a formula");
                assertEquals("+33612345670", phone.getText(), "as stored, without the CSV's quote");
                assertTrue(sheet.get(2).getOptionalCell(4).map(org.dhatim.fastexcel.reader.Cell::getText)
                        .orElse("").isEmpty(), "no phone for the person who said not to be contacted");
                assertEquals("Soudage-montage", sheet.get(1).getCellText(12));
                assertEquals("consentement retiré : ne pas écrire", sheet.get(2).getCellText(5));
                org.dhatim.fastexcel.reader.Cell since = sheet.get(2).getCell(6);
                assertEquals(org.dhatim.fastexcel.reader.CellType.NUMBER, since.getType(), "a date, sorted as one");
                assertEquals(withdrawnOn, since.asDate().toLocalDate().toString());
            }
        }
        long logged = tenancy.asTenant(centre.tenant.getId(), () -> em.createQuery(
                "select count(a) from PersonalDataAccess a where a.userId = :user"
                        + " and a.action = ca.tremplin.person.AccessAction.EXPORTED", Long.class)
                .setParameter("user", centre.recruiter.getId()).getSingleResult());
        assertEquals(11, logged, "each person once per export they were in");
        assertTrue(elsewhere.getId() > 0);
    }

    private static List<org.apache.commons.csv.CSVRecord> csv(java.io.ByteArrayOutputStream file, char delimiter)
            throws Exception {
        String text = file.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"), "a byte order mark, for Excel");
        return org.apache.commons.csv.CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get()
                .parse(new java.io.StringReader(text.substring(1))).getRecords();
    }

    /**
     * On the lead's page, the move form offers the way forward from the lead's stage (not "New", one click from
     * sending it back), and a task refused for want of a due date keeps its title.
     */
    @Test
    void theLeadPageOffersTheNextStageAndKeepsARefusedTasksTitle() throws Exception {
        Centre centre = centre("page");
        Lead lead = fixtures.newLead(centre.tenant, centre.program);
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            leads.changeStage(lead.getId(), LeadStage.CONTACTED, null, null);
        }
        ca.tremplin.testsupport.HttpVisitor recruiter = new ca.tremplin.testsupport.HttpVisitor(leadPageBase);
        recruiter.signIn(centre.recruiter.getEmail(), TestFixtures.PASSWORD);
        String page = recruiter.get("admin/lead.xhtml?id=" + lead.getId()).body();
        java.util.regex.Matcher menu = java.util.regex.Pattern.compile(
                "(?s)id=\"lead:targetStage\"[^>]*>(.*?)</select>").matcher(page);
        assertTrue(menu.find(), page);
        assertTrue(menu.group(1).contains("<option value=\"QUALIFIED\" selected=\"selected\">"), menu.group(1));

        String title = "Appeler pour le CAQ — long titre à ne pas perdre";
        String refused = recruiter.submit("admin/lead.xhtml?id=" + lead.getId(), "lead",
                Map.of("lead:taskTitle", title), "lead:add-task").body();
        assertTrue(refused.contains("value=\"" + title + "\""), "the title typed is still there: " + refused);
    }

    /**
     * The program filter of the lead list offers the centre's DEP first, then its ASP, then its AEP, each by title in
     * the page's language, accents sorted as that language sorts them.
     */
    @Test
    void theProgramFilterOffersTheDepThenTheAspThenTheAepByTitleInThePagesLanguage() throws Exception {
        Centre centre = centre("program-order");
        String unique = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        fixtures.newProgram(centre.tenant, ProgramType.ASP, TestFixtures.programCode(), "Lancement d’une entreprise",
                "Starting a Business", "07", "a" + unique, true);
        fixtures.newProgram(centre.tenant, ProgramType.AEP, TestFixtures.programCode(), "Préposé aux bénéficiaires",
                "Patient Care Attendant", "07", "b" + unique, true);
        fixtures.newProgram(centre.tenant, ProgramType.DEP, TestFixtures.programCode(), "Électricité", "Electricity",
                "07", "c" + unique, true);
        ca.tremplin.testsupport.HttpVisitor recruiter = new ca.tremplin.testsupport.HttpVisitor(leadPageBase);
        recruiter.signIn(centre.recruiter.getEmail(), TestFixtures.PASSWORD);

        assertEquals(List.of("Électricité", "Soudage-montage", "Lancement d’une entreprise",
                "Préposé aux bénéficiaires"), programFilter(recruiter.get("admin/leads.xhtml").body()));
        recruiter.get("admin/leads.xhtml?lang=en");
        assertEquals(List.of("Electricity", "Welding and Fitting", "Starting a Business", "Patient Care Attendant"),
                programFilter(recruiter.get("admin/leads.xhtml").body()));
    }

    /** The titles the program filter offers, in the order of its menu ("Any" left out). */
    private static List<String> programFilter(String page) {
        java.util.regex.Matcher menu = java.util.regex.Pattern.compile("(?s)<select id=\"program\"[^>]*>(.*?)</select>")
                .matcher(page);
        assertTrue(menu.find(), page);
        java.util.regex.Matcher option = java.util.regex.Pattern.compile("<option value=\"(\\d+)\"[^>]*>([^<]*)</option>")
                .matcher(menu.group(1));
        List<String> titles = new java.util.ArrayList<>();
        while (option.find()) {
            titles.add(option.group(2).replace("&amp;", "&").strip());
        }
        return titles;
    }

    /** Two people of a centre give the same lead to someone from pages opened at once: the second is told. */
    @Test
    void anOwnerChosenFromAPageOpenedBeforeAColleaguesChangeIsRefusedAndNamesTheOwnerNow() {
        Centre centre = centre("owners");
        Lead lead = fixtures.newLead(centre.tenant, centre.program);
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            Long shownBoth = leads.open(lead.getId()).lead().getOwnerId();
            leads.assignOwner(lead.getId(), shownBoth, centre.admin.getId());
            BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                    () -> leads.assignOwner(lead.getId(), shownBoth, centre.recruiter.getId()));
            assertEquals("lead.ownerChangedMeanwhile", refused.messageKey());
            assertTrue(refused.localizedMessage(Locale.ENGLISH).contains("it is now "
                    + centre.admin.getDisplayName()), refused.localizedMessage(Locale.ENGLISH));
            assertEquals(centre.admin.getId(), leads.open(lead.getId()).lead().getOwnerId(),
                    "the colleague's choice stands");

            leads.assignOwner(lead.getId(), centre.admin.getId(), centre.recruiter.getId());
            assertEquals(centre.recruiter.getId(), leads.open(lead.getId()).lead().getOwnerId(),
                    "chosen again from the page that shows it, the change is made");
        }
    }

    /**
     * Two colleagues move the same lead from the stage their pages show, at the same instant, to different stages:
     * one move is made, the other is told a colleague moved it meanwhile — never an error page, which the database's
     * giving up on one of two waiting transactions gave.
     */
    @Test
    void twoColleaguesMovingTheSameLeadAtOnceMakeOneMoveAndTellTheOther() throws Exception {
        Centre centre = centre("stages-at-once");
        for (int round = 0; round < 3; round++) {
            Lead lead = fixtures.newLead(centre.tenant, centre.program);
            java.util.function.Function<LeadStage, java.util.concurrent.Callable<String>> moving = target -> () -> {
                try {
                    leads.changeStage(lead.getId(), LeadStage.NEW, target, "Dossier reçu", null);
                    return "moved";
                } catch (BusinessRuleException refused) {
                    return refused.messageKey();
                }
            };
            assertEquals(List.of("moved", "pipeline.stageChangedMeanwhile"), ca.tremplin.security.TestSessions.atOnce(
                    centre.tenant, centre.recruiter, moving.apply(LeadStage.CONTACTED), centre.admin,
                    moving.apply(LeadStage.ADMITTED)), "round " + round);
            try (TenantContext.Scope ignored = centre.asRecruiter()) {
                LeadStage now = stageOf(lead);
                assertTrue(now == LeadStage.CONTACTED || now == LeadStage.ADMITTED, now.toString());
            }
        }
    }

    @Test
    void movingOneStageForwardNeedsNothingButSkippingGoingBackAndLosingNeedAReason() {
        Centre centre = centre("stages");
        Lead lead = fixtures.newLead(centre.tenant, centre.program);
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            leads.changeStage(lead.getId(), LeadStage.NEW, LeadStage.CONTACTED, null, null);
            assertEquals(LeadStage.CONTACTED, stageOf(lead));
            // A colleague's tab still showing "new" moves the lead from a stage it is no longer in: refused.
            assertEquals("pipeline.stageChangedMeanwhile", assertThrows(BusinessRuleException.class,
                    () -> leads.changeStage(lead.getId(), LeadStage.NEW, LeadStage.LOST, "Pas de réponse", null))
                    .messageKey());
            assertEquals(LeadStage.CONTACTED, stageOf(lead), "the move made meanwhile stands");

            BusinessRuleException skipped = assertThrows(BusinessRuleException.class,
                    () -> leads.changeStage(lead.getId(), LeadStage.ADMITTED, " ", null));
            assertEquals("pipeline.reasonRequired", skipped.messageKey());
            assertTrue(skipped.localizedMessage(Locale.ENGLISH).contains("reason"), skipped.localizedMessage(Locale.ENGLISH));
            assertEquals(LeadStage.CONTACTED, stageOf(lead), "a refused move changes nothing");

            leads.changeStage(lead.getId(), LeadStage.ADMITTED, "Dossier complet reçu par courrier", null);
            assertEquals(LeadStage.ADMITTED, stageOf(lead));
            assertThrows(BusinessRuleException.class, () -> leads.changeStage(lead.getId(), LeadStage.QUALIFIED, null, null),
                    "going back needs a reason");
            BusinessRuleException lostWithoutReason = assertThrows(BusinessRuleException.class,
                    () -> leads.changeStage(lead.getId(), LeadStage.LOST, "whatever", null));
            assertEquals("pipeline.lostReasonRequired", lostWithoutReason.messageKey());

            LostReason caqRefused = leads.lostReasons().stream()
                    .filter(reason -> reason.getLabel().contains("CAQ")).findFirst().orElseThrow();
            leads.changeStage(lead.getId(), LeadStage.LOST, "Refus du 12 novembre, elle redemandera en mars",
                    caqRefused.getId());
            Lead lost = leads.open(lead.getId()).lead();
            assertEquals(LeadStage.LOST, lost.getStage());
            assertEquals(caqRefused.getLabel(), lost.getLostReason());
            assertThrows(BusinessRuleException.class, () -> leads.changeStage(lead.getId(), LeadStage.ARRIVED, null, null),
                    "leaving lost needs a reason");

            List<LeadEvent> timeline = leads.timeline(lead.getId(), 0, 10);
            assertEquals(LeadEventKind.STAGE_CHANGED, timeline.get(0).getKind(), "newest first");
            assertTrue(timeline.get(0).getDetail().contains("CAQ")
                    && timeline.get(0).getDetail().contains("elle redemandera en mars"),
                    "the reason from the list and the comment beside it: " + timeline.get(0).getDetail());
            assertEquals(3, timeline.stream().filter(e -> e.getKind() == LeadEventKind.STAGE_CHANGED).count());
            assertTrue(timeline.stream().anyMatch(e -> e.getDetail() != null
                    && e.getDetail().contains("Dossier complet")), "the reason is on the timeline");
        }
    }

    /**
     * A colleague moved the lead's stage while the page was open: the person's details, which nobody else changed,
     * are saved (they were refused with an empty list of changes).
     */
    @Test
    void anEditAfterAColleagueMovedTheStageOnlyIsSaved() {
        Centre centre = centre("edit-after-move");
        Lead now = editedAfterAColleagueMovedTheStage(centre, fixtures.newLead(centre.tenant, centre.program),
                LeadField.FIRST_NAME, "Thu Hà");
        assertEquals("Thu Hà", now.getFirstName(), "saved");
        assertEquals(LeadStage.CONTACTED, now.getStage(), "and the colleague's move stands");
    }

    /**
     * A person known by one name, edited after a colleague moved their stage: the name they lack ("" on the record,
     * sent back empty by the page) is no conflict, and the edit is saved rather than refused over "Last name « »".
     */
    @Test
    void anEditOfAPersonWithOneNameAfterAColleagueMovedTheStageIsSaved() {
        Centre centre = centre("onename-move");
        Lead now = editedAfterAColleagueMovedTheStage(centre, fixtures.newLead(centre.tenant, centre.program, null,
                "Sukarno", InquiryRequests.uniqueEmail(), null, null), LeadField.PHONE, "+62 812 3456 7890");
        assertEquals("+6281234567890", now.getPhoneE164(), "saved");
        assertEquals(List.of("", "Sukarno"), List.of(now.getFirstName(), now.getLastName()));
        assertEquals(LeadStage.CONTACTED, now.getStage(), "and the colleague's move stands");
    }

    /**
     * One field typed into the lead's page, opened before a colleague moved the lead from "new" to "contacted", then
     * saved as the page sends it (every field as it showed it, this one as typed); the lead as it stands after.
     */
    private Lead editedAfterAColleagueMovedTheStage(Centre centre, Lead lead, LeadField field, String typed) {
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            Lead loaded = leads.open(lead.getId()).lead();
            long version = loaded.getVersion();
            leads.changeStage(lead.getId(), LeadStage.NEW, LeadStage.CONTACTED, null, null);
            Map<LeadField, String> edited = values(loaded);
            edited.put(field, typed);
            leads.updateDetails(lead.getId(), version, values(loaded), edited);
            return leads.open(lead.getId()).lead();
        }
    }

    /**
     * A colleague deactivated since the page drew its menus is chosen for a task, as the owner of a lead, or for a
     * whole list: each is refused with what to do — not a "page not found", nor "merged by a colleague" — nothing is
     * saved, and the menus read again leave them out.
     */
    @Test
    void aColleagueDeactivatedSinceThePageWasDrawnIsRefusedWithWhatToDo() {
        Centre centre = centre("departed");
        UserAccount leaving = fixtures.newAccount(centre.tenant, Role.RECRUITER);
        Lead lead = fixtures.newLead(centre.tenant, centre.program);
        try (TenantContext.Scope ignored = TestSessions.signedInAs(centre.admin, centre.tenant)) {
            UserAccount account = tenancy.acrossAllTenants(() -> em.find(UserAccount.class, leaving.getId()));
            administration.deactivate(account.getId(), account.getVersion(), null);
        }
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            LeadView before = leads.open(lead.getId());
            Long owner = before.lead().getOwnerId();
            ColleagueGoneException refused = assertThrows(ColleagueGoneException.class, () -> leads.addTask(
                    lead.getId(), "Rappeler", Instant.now().plus(Duration.ofDays(2)), leaving.getId()));
            assertEquals("This colleague no longer has access to Tremplin (their account was deactivated since this"
                    + " page was opened): nothing was saved. Choose someone else; what you typed is kept.",
                    refused.localizedMessage(Locale.ENGLISH));
            assertThrows(ColleagueGoneException.class, () -> leads.assignOwner(lead.getId(), owner, leaving.getId()));
            assertThrows(ColleagueGoneException.class, () -> list.assign(List.of(lead.getId()), leaving.getId()));

            LeadView after = leads.open(lead.getId());
            assertEquals(owner, after.lead().getOwnerId(), "the lead's owner as it was");
            assertEquals(before.tasks().size(), after.tasks().size(), "no task given to nobody who can do it");
            assertFalse(leads.staffNames().containsKey(leaving.getId()), "the menus read again leave them out");
        }
    }

    @Test
    void aStaleEditIsRefusedNamingWhatSomeoneElseChangedAndNothingIsOverwritten() {
        Centre centre = centre("conflict");
        Lead lead = fixtures.newLead(centre.tenant, centre.program);
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            Lead loaded = leads.open(lead.getId()).lead();
            long version = loaded.getVersion();
            Map<LeadField, String> original = values(loaded);

            Map<LeadField, String> first = values(loaded);
            first.put(LeadField.PHONE, "+221 77 123 45 67");
            leads.updateDetails(lead.getId(), version, original, first);

            Map<LeadField, String> second = values(loaded);
            second.put(LeadField.LAST_NAME, "Nguyen-Tran");
            LeadConflictException conflict = assertThrows(LeadConflictException.class,
                    () -> leads.updateDetails(lead.getId(), version, original, second));
            assertEquals(List.of(LeadField.PHONE), conflict.changes().stream().map(LeadConflictException.Change::field)
                    .toList());
            String message = conflict.localizedMessage(Locale.FRENCH);
            assertTrue(message.contains("Téléphone") && message.contains("+221771234567"), message);

            Lead now = leads.open(lead.getId()).lead();
            assertEquals("Nguyễn", now.getLastName(), "the stale edit saved nothing");
            assertEquals("+221771234567", now.getPhoneE164(), "kept as a number, in E.164, not as typed");
        }
    }

    @Test
    void aPersonWithOneNameOnlyCanBeEditedAndKeepsAtLeastThatName() {
        Centre centre = centre("onename");
        Lead lead = fixtures.newLead(centre.tenant, centre.program, null, "Sukarno",
                ca.tremplin.testsupport.InquiryRequests.uniqueEmail(), null, null);
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            Lead loaded = leads.open(lead.getId()).lead();
            assertEquals("", loaded.getFirstName());
            assertEquals("Sukarno", loaded.fullName());
            Map<LeadField, String> edited = values(loaded);
            edited.put(LeadField.PHONE, "+62 812 3456 7890");
            leads.updateDetails(lead.getId(), loaded.getVersion(), values(loaded), edited);
            Lead withPhone = leads.open(lead.getId()).lead();
            assertEquals("+6281234567890", withPhone.getPhoneE164(), "an edit of a person with one name is saved");

            Map<LeadField, String> moved = values(withPhone);
            moved.put(LeadField.FIRST_NAME, "Sukarno");
            moved.put(LeadField.LAST_NAME, "");
            leads.updateDetails(lead.getId(), withPhone.getVersion(), values(withPhone), moved);
            Lead swapped = leads.open(lead.getId()).lead();
            assertEquals(List.of("Sukarno", ""), List.of(swapped.getFirstName(), swapped.getLastName()),
                    "the one name moved from one field to the other");
            Map<LeadField, String> back = values(swapped);
            back.put(LeadField.FIRST_NAME, " ");
            back.put(LeadField.LAST_NAME, "Sukarno");
            leads.updateDetails(lead.getId(), swapped.getVersion(), values(swapped), back);
            Lead restored = leads.open(lead.getId()).lead();
            assertEquals(List.of("", "Sukarno"), List.of(restored.getFirstName(), restored.getLastName()));

            Map<LeadField, String> nameless = values(restored);
            nameless.put(LeadField.LAST_NAME, " ");
            BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                    () -> leads.updateDetails(lead.getId(), restored.getVersion(), values(restored), nameless));
            assertEquals("Keep at least one name, first or last: a person with one name only keeps it in either.",
                    refused.localizedMessage(Locale.ENGLISH));
            assertEquals("Sukarno", leads.open(lead.getId()).lead().getLastName(), "nothing was saved");
        }
    }

    @Test
    void everyChangeToPersonalDataIsAuditedAndOnlyTheCentresAdminsReadTheAudit() {
        Centre centre = centre("audit");
        Lead lead = fixtures.newLead(centre.tenant, centre.program);
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            Lead loaded = leads.open(lead.getId()).lead();
            Map<LeadField, String> edited = values(loaded);
            edited.put(LeadField.EMAIL, "hoa.nguyen@example.org");
            edited.put(LeadField.COUNTRY, "SN");
            leads.updateDetails(lead.getId(), loaded.getVersion(), values(loaded), edited);
            assertThrows(AccessDeniedException.class, () -> leads.audit(lead.getId()));
        }
        try (TenantContext.Scope ignored = TestSessions.signedInAs(centre.admin, centre.tenant)) {
            List<LeadAudit> audit = leads.audit(lead.getId());
            assertEquals(2, audit.size());
            LeadAudit country = audit.stream().filter(a -> a.getField().equals("COUNTRY")).findFirst().orElseThrow();
            assertEquals("VN", country.getOldValue());
            assertEquals("SN", country.getNewValue());
            assertEquals(centre.recruiter.getId(), country.getActorId());
            assertNotNull(country.getChangedAt());
        }
    }

    /** The same note or task sent twice at once (a double click, its posts handled in turn) is kept once. */
    @Test
    void theSameNoteOrTaskSentTwiceByOnePersonIsKeptOnce() {
        Centre centre = centre("note-twice");
        Lead lead = fixtures.newLead(centre.tenant, centre.program, "Fatou", "Sow", InquiryRequests.uniqueEmail(),
                null, 2002);
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            leads.addNote(lead.getId(), "Appelée, rappeler lundi");
            leads.addNote(lead.getId(), "Appelée, rappeler lundi ");
            leads.addNote(lead.getId(), "Dossier complet");
            assertEquals(List.of("Dossier complet", "Appelée, rappeler lundi"), leads.timeline(lead.getId(), 0, 50)
                    .stream().filter(e -> e.getKind() == ca.tremplin.person.LeadEventKind.NOTE_ADDED)
                    .map(ca.tremplin.person.LeadEvent::getDetail).toList());
            java.time.Instant monday = java.time.Instant.now().plus(3, java.time.temporal.ChronoUnit.DAYS)
                    .truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
            long first = leads.addTask(lead.getId(), "Rappeler", monday, null).getId();
            assertEquals(first, leads.addTask(lead.getId(), "Rappeler", monday, null).getId(),
                    "the same task sent twice is the first one");
            assertEquals(1L, leads.open(lead.getId()).tasks().stream()
                    .filter(task -> task.getTitle().equals("Rappeler")).count());

            // Done from two tabs: once on the timeline, the second click told the task was done already.
            leads.completeTask(first);
            BusinessRuleException again = assertThrows(BusinessRuleException.class, () -> leads.completeTask(first));
            assertEquals("task.alreadyDone", again.messageKey());
            assertEquals(1L, leads.timeline(lead.getId(), 0, 50).stream()
                    .filter(e -> e.getKind() == ca.tremplin.person.LeadEventKind.TASK_DONE).count());

            // A note longer than the timeline keeps is refused whole, with its length, not cut without a word.
            String longNote = "Appel du " + "très long compte rendu ".repeat(100) + "FIN.";
            BusinessRuleException tooLong = assertThrows(BusinessRuleException.class,
                    () -> leads.addNote(lead.getId(), longNote));
            assertEquals("Une note compte au plus 2000 caractères ; celle-ci en compte " + longNote.length()
                    + ". Raccourcissez-la ou partagez-la en deux notes : elle est gardée dans la case.",
                    tooLong.localizedMessage(java.util.Locale.FRENCH));
            assertEquals(2L, leads.timeline(lead.getId(), 0, 50).stream()
                    .filter(e -> e.getKind() == ca.tremplin.person.LeadEventKind.NOTE_ADDED).count(), "nothing added");
        }
    }

    /**
     * The note's or the task's form of the lead page sent again long after its first sending (pressed again after a
     * slow answer, sent again by the browser) is kept once, and the second sending is told it was saved already; the
     * same words typed again into the form the page shows after the saving are a note of their own.
     */
    @Test
    void aNoteOrTaskFormSentAgainLongAfterIsKeptOnceAndTheSameWordsTypedAgainAreANewNote() throws Exception {
        OnLeadPage visit = onANewLeadsPage("sent-again");
        Centre centre = visit.centre();
        Lead lead = visit.lead();
        ca.tremplin.testsupport.HttpVisitor recruiter = visit.recruiter();
        String page = visit.page();
        String note = "Appelée : rappeler après son examen de français";
        String title = "Rappeler après l’examen";
        String due = java.time.LocalDate.now(ca.tremplin.kernel.QuebecTime.ZONE).plusDays(3).toString();
        java.net.http.HttpRequest noteSent = recruiter.form(page, "lead", Map.of("lead:note", note), "lead:add-note",
                shown -> Map.of(LeadPage.NOTE_SUBMISSION, hiddenField(shown, LeadPage.NOTE_SUBMISSION)));
        java.net.http.HttpRequest taskSent = recruiter.form(page, "lead",
                Map.of("lead:taskTitle", title, "lead:taskDue_input", due), "lead:add-task",
                shown -> Map.of(LeadPage.TASK_SUBMISSION, hiddenField(shown, LeadPage.TASK_SUBMISSION)));

        String noteSaved = recruiter.send(noteSent).body();
        assertTrue(noteSaved.contains("Note ajoutée."), noteSaved);
        String taskSaved = recruiter.send(taskSent).body();
        assertTrue(taskSaved.contains("Tâche ajoutée."), taskSaved);
        // Past the few seconds within which the same words by the same person are taken for a double click: the
        // first sending's note and task are dated a minute earlier, as if the form were sent again that long after.
        tenancy.acrossAllTenants(() -> em.createNativeQuery("update lead_event set occurred_at = occurred_at"
                + " - interval 1 minute where lead_id = ?1").setParameter(1, lead.getId()).executeUpdate()
                + em.createNativeQuery("update lead_task set created_at = created_at - interval 1 minute"
                + " where lead_id = ?1").setParameter(1, lead.getId()).executeUpdate());
        String noteAgain = recruiter.send(noteSent).body();
        assertTrue(noteAgain.contains("Cette note était déjà enregistrée"), "told, not an error page: " + noteAgain);
        String taskAgain = recruiter.send(taskSent).body();
        assertTrue(taskAgain.contains("Cette tâche était déjà enregistrée"), "told, not an error page: " + taskAgain);
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            assertEquals(1L, notesSaying(lead, note), "the note sent twice is kept once");
            assertEquals(1L, leads.open(lead.getId()).tasks().stream().filter(task -> task.getTitle().equals(title))
                    .count(), "the task sent twice is kept once");
        }

        String typedAgain = recruiter.send(recruiter.form(page, "lead", Map.of("lead:note", note), "lead:add-note",
                shown -> Map.of(LeadPage.NOTE_SUBMISSION, hiddenField(shown, LeadPage.NOTE_SUBMISSION)))).body();
        assertTrue(typedAgain.contains("Note ajoutée."), typedAgain);
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            assertEquals(2L, notesSaying(lead, note), "the same words typed again later into a new form: a new note");
        }
    }

    /**
     * A note saved, then the browser's Back and another note typed into that older copy of the form, which carries the
     * first one's token: the new text is saved, not answered "already saved" and thrown away.
     */
    @Test
    void anotherNoteTypedIntoAnOlderCopyOfTheFormIsSavedRatherThanToldAlreadySaved() throws Exception {
        OnLeadPage visit = onANewLeadsPage("older-copy");
        ca.tremplin.testsupport.HttpVisitor recruiter = visit.recruiter();
        String page = visit.page();
        String olderCopy = recruiter.get(page).body();
        String token = hiddenField(olderCopy, LeadPage.NOTE_SUBMISSION);
        String first = "Appelée : rappeler lundi";
        String second = "Bulletin reçu par courriel, à joindre au dossier";

        String saved = recruiter.send(recruiter.formOn(page, olderCopy, "lead",
                Map.of("lead:note", first, LeadPage.NOTE_SUBMISSION, token), "lead:add-note")).body();
        assertTrue(saved.contains("Note ajoutée."), saved);
        String fromTheOlderCopy = recruiter.send(recruiter.formOn(page, olderCopy, "lead",
                Map.of("lead:note", second, LeadPage.NOTE_SUBMISSION, token), "lead:add-note")).body();
        assertTrue(fromTheOlderCopy.contains("Note ajoutée."), "new words, saved: " + fromTheOlderCopy);
        assertFalse(fromTheOlderCopy.contains("Cette note était déjà enregistrée"), fromTheOlderCopy);
        String resent = recruiter.send(recruiter.formOn(page, olderCopy, "lead",
                Map.of("lead:note", second, LeadPage.NOTE_SUBMISSION, token), "lead:add-note")).body();
        assertTrue(resent.contains("Cette note était déjà enregistrée"), "that sending sent again: " + resent);
        try (TenantContext.Scope ignored = visit.centre().asRecruiter()) {
            assertEquals(1L, notesSaying(visit.lead(), first));
            assertEquals(1L, notesSaying(visit.lead(), second), "saved once, not lost and not twice");
        }
    }

    /** The question a move past an admission never recorded is answered with, nothing moved. */
    private static AdmissionNotRecordedException asked(org.junit.jupiter.api.function.Executable move) {
        return assertThrows(AdmissionNotRecordedException.class, move);
    }

    /** A new centre's new lead, and its recruiter signed in over HTTP as a browser would be, with the lead's page. */
    private record OnLeadPage(Centre centre, Lead lead, ca.tremplin.testsupport.HttpVisitor recruiter, String page) {
    }

    private OnLeadPage onANewLeadsPage(String centreName) throws Exception {
        Centre centre = centre(centreName);
        Lead lead = fixtures.newLead(centre.tenant, centre.program);
        ca.tremplin.testsupport.HttpVisitor recruiter = new ca.tremplin.testsupport.HttpVisitor(leadPageBase);
        recruiter.signIn(centre.recruiter.getEmail(), TestFixtures.PASSWORD);
        return new OnLeadPage(centre, lead, recruiter, "admin/lead.xhtml?id=" + lead.getId());
    }

    /** The value of a hidden field the page rendered. */
    private static String hiddenField(String page, String name) {
        java.util.regex.Matcher field = java.util.regex.Pattern.compile(
                "name=\"" + java.util.regex.Pattern.quote(name) + "\" value=\"([^\"]+)\"").matcher(page);
        assertTrue(field.find(), "the page renders " + name + ": " + page);
        return field.group(1);
    }

    private long notesSaying(Lead lead, String note) {
        return leads.timeline(lead.getId(), 0, 50).stream()
                .filter(event -> event.getKind() == LeadEventKind.NOTE_ADDED && note.equals(event.getDetail())).count();
    }

    @Test
    void mergingTwoDuplicatesKeepsBothTimelinesRequestsConsentsAndTasks() {
        Centre centre = centre("merge");
        Lead kept = fixtures.newLead(centre.tenant, centre.program, "Amadou", "Diallo",
                InquiryRequests.uniqueEmail(), "+221 77 111 22 33", 2001);
        String otherEmail = InquiryRequests.uniqueEmail();
        Lead duplicate = fixtures.newLead(centre.tenant, centre.program, "Amadou", "Diallo", otherEmail,
                "+221 77 111 22 33", 2001);
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            leads.addNote(duplicate.getId(), "Appelé au salon de Dakar");
            leads.addTag(duplicate.getId(), "Salon Dakar");
            LeadView before = leads.open(kept.getId());
            assertEquals(List.of(duplicate.getId()), before.possibleDuplicates().stream().map(LeadRow::id).toList(),
                    "same name and phone: flagged");

            leads.merge(kept.getId(), duplicate.getId());

            LeadView after = leads.open(kept.getId());
            assertEquals(2, after.requests().size());
            assertEquals(4, after.consents().size(), "two purposes for each of the two requests");
            assertEquals(2, after.tasks().size(), "both first-response tasks");
            assertEquals(List.of("salon-dakar"), after.tags());
            assertTrue(after.possibleDuplicates().isEmpty());
            List<LeadEvent> timeline = leads.timeline(kept.getId(), 0, 50);
            assertEquals(2, timeline.stream().filter(e -> e.getKind() == LeadEventKind.REQUEST_RECEIVED).count());
            assertTrue(timeline.stream().anyMatch(e -> "Appelé au salon de Dakar".equals(e.getDetail())));
            assertEquals(LeadEventKind.MERGED, timeline.get(0).getKind());
            assertThrows(NotFoundException.class, () -> leads.open(duplicate.getId()), "the duplicate is gone");
            assertEquals(1, list.count(new LeadFilter(null, null, null, null, centre.program.getId(), null, null)));
        }
        fixtures.newLead(centre.tenant, centre.program, "Amadou", "Diallo", otherEmail, null, 2001);
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            assertEquals(3, leads.open(kept.getId()).requests().size(),
                    "a new request from the merged e-mail joins the lead that was kept");
        }
    }

    @Test
    void theListAndTheBoardFilterByTheProgramsIntakeAndSourceThePersonsRequestsGave() {
        Centre centre = centre("interests");
        Program mechanics = program(centre.tenant, "Mécanique automobile", "Automobile Mechanics");
        Lead welder = fixtures.newLead(centre.tenant, request(INTAKE_SOON, "FAIR", centre.program));
        Lead mechanic = fixtures.newLead(centre.tenant, request(INTAKE_LATER, "WEBINAR", mechanics));
        Lead undecided = fixtures.newLead(centre.tenant, request(null, "FRIEND", centre.program, mechanics));
        // the same person again, about another intake, having heard of us otherwise: both answers count
        ca.tremplin.inquiry.InquiryRequest again = request(INTAKE_A_YEAR_AFTER, "SCHOOL", centre.program);
        again.setEmail(welder.getEmail());
        fixtures.newLead(centre.tenant, again);
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            assertEquals(Set.of(welder.getId(), undecided.getId()), ids(byProgram(centre.program)));
            assertEquals(Set.of(mechanic.getId(), undecided.getId()), ids(byProgram(mechanics)));
            assertEquals(Set.of(welder.getId()), ids(byIntake(INTAKE_SOON)));
            assertEquals(Set.of(welder.getId()), ids(byIntake(INTAKE_A_YEAR_AFTER)));
            assertEquals(Set.of(mechanic.getId()), ids(byIntake(INTAKE_LATER)));
            assertEquals(Set.of(), ids(byIntake(INTAKE_NOBODY_ASKED)));
            assertEquals(Set.of(welder.getId()), ids(bySource(HeardFrom.FAIR)));
            assertEquals(Set.of(welder.getId()), ids(bySource(HeardFrom.SCHOOL)));
            assertEquals(Set.of(undecided.getId()), ids(bySource(HeardFrom.FRIEND)));
            assertEquals(Set.of(mechanic.getId()), ids(new LeadFilter(null, null, null, null, mechanics.getId(),
                    INTAKE_LATER, HeardFrom.WEBINAR)), "every part of the filter holds");
            assertEquals(Set.of(), ids(new LeadFilter(null, null, null, null, mechanics.getId(), null,
                    HeardFrom.FAIR)));

            leads.changeStage(undecided.getId(), LeadStage.CONTACTED, null, null);
            Map<LeadStage, Long> columns = list.stageCounts(byProgram(mechanics));
            assertEquals(1, columns.get(LeadStage.NEW));
            assertEquals(1, columns.get(LeadStage.CONTACTED));
            assertEquals(2, list.count(byProgram(mechanics)));
            assertEquals(List.of(undecided.getId()), list.page(byProgram(mechanics).withStage(LeadStage.CONTACTED),
                    0, 25, ca.tremplin.kernel.TableSort.DEFAULT).stream().map(LeadRow::id).toList());
        }
    }

    @Test
    void aMergedLeadsProgramsIntakeAndSourceFollowTheLeadThatWasKept() {
        Centre centre = centre("merge-interests");
        Program mechanics = program(centre.tenant, "Mécanique de véhicules lourds", "Heavy Vehicle Mechanics");
        Lead kept = fixtures.newLead(centre.tenant, request(null, "FAIR", centre.program));
        Lead duplicate = fixtures.newLead(centre.tenant, request(INTAKE_FAR, "WEBINAR", mechanics));
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            assertEquals(Set.of(duplicate.getId()), ids(byProgram(mechanics)));

            leads.merge(kept.getId(), duplicate.getId());

            assertEquals(Set.of(kept.getId()), ids(byProgram(mechanics)));
            assertEquals(Set.of(kept.getId()), ids(byIntake(INTAKE_FAR)));
            assertEquals(Set.of(kept.getId()), ids(bySource(HeardFrom.WEBINAR)));
            assertEquals(Set.of(kept.getId()), ids(bySource(HeardFrom.FAIR)), "and it keeps its own");
            assertEquals(Set.of(kept.getId()), ids(byProgram(centre.program)));
            assertEquals(1, list.stageCounts(byIntake(INTAKE_FAR)).get(LeadStage.NEW));
        }
    }

    @Test
    void aFilteredPageIsTheSameWhetherReadFromItsMatchesOrWalkedInTheSortsOrder() {
        Centre centre = centre("page-access");
        Program mechanics = program(centre.tenant, "Mécanique industrielle", "Industrial Mechanics");
        List<Lead> people = List.of(
                fixtures.newLead(centre.tenant, request(INTAKE_SOON, "FAIR", centre.program)),
                fixtures.newLead(centre.tenant, request(INTAKE_SOON, "WEBINAR", centre.program, mechanics)),
                fixtures.newLead(centre.tenant, request(null, "FAIR", mechanics)),
                fixtures.newLead(centre.tenant, request(INTAKE_SOON, "FAIR", centre.program)),
                fixtures.newLead(centre.tenant, request(INTAKE_LATER, "FAIR", centre.program)),
                fixtures.newLead(centre.tenant, request(INTAKE_SOON, null, mechanics)));
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            leads.changeStage(people.get(1).getId(), LeadStage.CONTACTED, null, null);
            leads.changeStage(people.get(3).getId(), LeadStage.CONTACTED, null, null);
            list.tag(List.of(people.get(0).getId(), people.get(1).getId(), people.get(2).getId()), "bourse");
            List<LeadFilter> filters = List.of(byProgram(centre.program), byIntake(INTAKE_SOON),
                    bySource(HeardFrom.FAIR), new LeadFilter(null, null, null, "bourse", null, null, null),
                    new LeadFilter(LeadStage.NEW, null, "VN", "bourse", centre.program.getId(), INTAKE_SOON,
                            HeardFrom.FAIR),
                    new LeadFilter(LeadStage.CONTACTED, null, null, null, null, INTAKE_SOON, null));
            List<ca.tremplin.kernel.TableSort> sorts = List.of(ca.tremplin.kernel.TableSort.DEFAULT,
                    new ca.tremplin.kernel.TableSort("lastInquiryAt", false),
                    new ca.tremplin.kernel.TableSort("stageSince", true),
                    new ca.tremplin.kernel.TableSort("name", false),
                    new ca.tremplin.kernel.TableSort("stage", true));
            int pages = 0;
            for (LeadFilter filter : filters) {
                for (ca.tremplin.kernel.TableSort sort : sorts) {
                    for (int first = 0; first < 5; first += 2) {
                        List<LeadRow> fromMatches = pipeline.page(filter, PipelineRepository.PageAccess.FROM_MATCHES,
                                first, 2, sort);
                        assertEquals(fromMatches, pipeline.page(filter, PipelineRepository.PageAccess.IN_SORT_ORDER,
                                first, 2, sort), filter.toQuery() + " sorted by " + sort + " from " + first);
                        pages += fromMatches.isEmpty() ? 0 : 1;
                    }
                }
            }
            assertTrue(pages >= 30, "most of those pages hold leads: " + pages);
            assertEquals(List.of(people.get(0).getId()), pipeline.page(filters.get(4),
                    PipelineRepository.PageAccess.IN_SORT_ORDER, 0, 25, ca.tremplin.kernel.TableSort.DEFAULT).stream()
                    .map(LeadRow::id).toList());
            assertEquals(PipelineRepository.PageAccess.FROM_MATCHES, pipeline.pageAccess(byProgram(centre.program)),
                    "a few matches: read from them");
            LeadFilter everyone = new LeadFilter(null, null, null, null, null, null, null);
            assertEquals(List.of(LeadStage.NEW, LeadStage.NEW, LeadStage.NEW, LeadStage.NEW, LeadStage.CONTACTED,
                            LeadStage.CONTACTED), pipeline.page(everyone, 0, 25,
                            new ca.tremplin.kernel.TableSort("stage", true)).stream().map(LeadRow::stage).toList(),
                    "sorted by stage, the way's order: new before contacted (the codes' order put CONTACTED first)");
            assertEquals(LeadStage.CONTACTED, pipeline.page(everyone, 0, 25,
                    new ca.tremplin.kernel.TableSort("stage", false)).get(0).stage());
        }
    }

    @Test
    void anotherCentresLeadTaskAndTemplateAreNotFoundThroughEveryPath() {
        Centre mine = centre("mine");
        Centre theirs = centre("theirs");
        Lead own = fixtures.newLead(mine.tenant, mine.program);
        Lead foreign = fixtures.newLead(theirs.tenant, theirs.program);
        long foreignTask;
        try (TenantContext.Scope ignored = theirs.asRecruiter()) {
            foreignTask = leads.open(foreign.getId()).tasks().get(0).getId();
        }
        long id = foreign.getId();
        try (TenantContext.Scope ignored = mine.asRecruiter()) {
            assertThrows(NotFoundException.class, () -> leads.open(id));
            assertThrows(NotFoundException.class, () -> leads.timeline(id, 0, 10));
            assertThrows(NotFoundException.class, () -> leads.changeStage(id, LeadStage.CONTACTED, null, null));
            assertThrows(NotFoundException.class, () -> leads.addNote(id, "x"));
            assertThrows(NotFoundException.class, () -> leads.addTag(id, "x"));
            assertThrows(NotFoundException.class, () -> leads.updateDetails(id, 0, Map.of(), Map.of()));
            assertThrows(NotFoundException.class, () -> leads.merge(own.getId(), id));
            assertThrows(NotFoundException.class, () -> leads.completeTask(foreignTask));
            // Another centre's lead chosen by a forged post is left out as a lead no longer listed: never touched.
            assertEquals(Map.of(LeadListService.GONE, 1), list.assign(List.of(own.getId(), id), null).whyLeftOut());
            LeadListService.BulkResult moved = list.changeStage(List.of(id), LeadStage.CONTACTED, null, null);
            assertEquals(0, moved.done());
            assertEquals(Map.of(LeadListService.GONE, 1), moved.whyLeftOut());
            assertEquals(0, list.page(LeadFilter.NONE, 0, 50, ca.tremplin.kernel.TableSort.DEFAULT).stream()
                    .filter(row -> row.id() == id).count());
            assertEquals(1, list.count(LeadFilter.NONE));
        }
        try (TenantContext.Scope ignored = TestSessions.signedInAs(mine.admin, mine.tenant)) {
            assertThrows(NotFoundException.class, () -> leads.audit(id));
        }
    }

    @Test
    void aNewRequestCreatesAFirstResponseTaskAndOverdueTasksAreOnTheRecruitersDay() {
        Centre centre = centre("tasks");
        Lead lead = fixtures.newLead(centre.tenant, centre.program);
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            LeadTask first = leads.open(lead.getId()).tasks().get(0);
            assertEquals(TaskKind.FIRST_RESPONSE, first.getKind());
            assertEquals(centre.recruiter.getId(), first.getAssignedTo());
            assertEquals(centre.recruiter.getId(), leads.open(lead.getId()).lead().getOwnerId(),
                    "the recruiter who got the request owns the lead");

            LeadTask late = leads.addTask(lead.getId(), "Relancer pour le relevé de notes",
                    Instant.now().minus(Duration.ofDays(2)), null);
            List<TaskRow> today = leads.myTasksDueToday(20);
            assertEquals(late.getId(), today.get(0).id(), "overdue first");
            assertEquals("Nguyễn", today.get(0).lastName());

            leads.completeTask(late.getId());
            assertFalse(leads.myTasksDueToday(20).stream().anyMatch(task -> task.id().equals(late.getId())));
            assertTrue(leads.timeline(lead.getId(), 0, 5).stream().anyMatch(e -> e.getKind() == LeadEventKind.TASK_DONE));
        }
    }

    /**
     * A lead never admitted moved to the CAQ is asked about, naming the admission it skips, and stays where it was;
     * confirmed, it moves and its line says the admission was not recorded. A lead admitted once moves on unasked.
     */
    @Test
    void aMovePastAnAdmissionNeverRecordedIsAskedAboutAndOnceConfirmedItsLineSaysSo() {
        Centre centre = centre("no-admission");
        Lead lead = fixtures.newLead(centre.tenant, centre.program);
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            leads.changeStage(lead.getId(), LeadStage.APPLIED, "Dossier reçu par courriel", null);
            AdmissionNotRecordedException asked = asked(() -> leads.changeStage(lead.getId(), LeadStage.APPLIED,
                    LeadStage.CAQ_OBTAINED, "CAQ reçu par courriel", null));
            assertEquals(List.of(LeadStage.ADMITTED), asked.skipped());
            assertTrue(asked.localizedMessage(Locale.CANADA).contains("Moving to “CAQ obtained” would leave out:"
                    + " Admitted. Move anyway?"), asked.localizedMessage(Locale.CANADA));
            assertEquals(LeadStage.APPLIED, stageOf(lead), "nothing moved while it is asked");

            leads.changeStage(lead.getId(), LeadStage.APPLIED, LeadStage.CAQ_OBTAINED, "CAQ reçu par courriel", null,
                    true);
            assertEquals(LeadStage.CAQ_OBTAINED, stageOf(lead));
            LeadEvent line = leads.timeline(lead.getId(), 0, 1).get(0);
            assertEquals("Applied → CAQ obtained (admission not recorded): CAQ reçu par courriel",
                    TimelineText.detail(line.getKind(), line.getDetail(), Locale.CANADA));
            assertEquals("Dossier déposé → CAQ obtenu (admission non enregistrée) : CAQ reçu par courriel",
                    TimelineText.detail(line.getKind(), line.getDetail(), Locale.CANADA_FRENCH));
            // Asked on the way to the CAQ, not again at each step after it: a term's move to "enrolled" goes through.
            leads.changeStage(lead.getId(), LeadStage.STUDY_PERMIT_OBTAINED, null, null);
            assertEquals(LeadStage.STUDY_PERMIT_OBTAINED, stageOf(lead));
        }

        Lead admitted = fixtures.newLead(centre.tenant, centre.program);
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            leads.changeStage(admitted.getId(), LeadStage.ADMITTED, "Admise sur dossier", null);
            leads.changeStage(admitted.getId(), LeadStage.CAQ_OBTAINED, null, null);
            assertEquals(LeadStage.CAQ_OBTAINED, stageOf(admitted), "admitted once: no question");
            assertFalse(leads.timeline(admitted.getId(), 0, 1).get(0).getDetail()
                    .contains(ca.tremplin.person.TimelineDetails.ADMISSION_NOT_RECORDED));
        }
    }

    /**
     * Leads chosen together for "Enrolled", one of them never admitted: nobody moves until the question is answered,
     * which counts that one; confirmed, all of them move.
     */
    @Test
    void aBulkMovePastAnAdmissionNeverRecordedMovesNobodyUntilConfirmed() {
        Centre centre = centre("bulk-no-admission");
        List<Lead> chosenLeads = List.of(fixtures.newLead(centre.tenant, centre.program),
                fixtures.newLead(centre.tenant, centre.program));
        Lead admitted = chosenLeads.get(0);
        Lead never = chosenLeads.get(1);
        List<Long> chosen = PipelineRepository.idsOfLeads(chosenLeads);
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            leads.changeStage(admitted.getId(), LeadStage.ADMITTED, "Admis sur dossier", null);
            String question = asked(() -> list.changeStage(chosen, LeadStage.ENROLLED, "Inscrits à la rentrée", null))
                    .localizedMessage(Locale.CANADA_FRENCH);
            assertTrue(question.startsWith("1 des candidats choisis n’a jamais eu d’admission enregistrée"), question);
            assertTrue(question.contains("laisserait de côté : Admis, CAQ obtenu, Permis d’études obtenu."), question);
            assertEquals(LeadStage.ADMITTED, stageOf(admitted), "not even the admitted one moved");
            assertEquals(LeadStage.NEW, stageOf(never));

            LeadListService.BulkResult moved = list.changeStage(chosen, LeadStage.ENROLLED, "Inscrits à la rentrée",
                    null, true);
            assertEquals(2, moved.done());
            assertEquals(LeadStage.ENROLLED, stageOf(admitted));
            assertEquals(LeadStage.ENROLLED, stageOf(never));
            assertTrue(leads.timeline(never.getId(), 0, 1).get(0).getDetail()
                    .contains(ca.tremplin.person.TimelineDetails.ADMISSION_NOT_RECORDED));
            assertFalse(leads.timeline(admitted.getId(), 0, 1).get(0).getDetail()
                    .contains(ca.tremplin.person.TimelineDetails.ADMISSION_NOT_RECORDED));
        }
    }

    /**
     * On the lead's page, a move to the CAQ of a lead never admitted shows the question, "No" before "Yes" and
     * taking the focus; "No" moves nothing and says so, "Yes" moves the lead.
     */
    @Test
    void theLeadPageAsksBeforeMovingALeadNeverAdmittedAndNoComesFirst() throws Exception {
        OnLeadPage visit = onANewLeadsPage("page-no-admission");
        ca.tremplin.testsupport.HttpVisitor recruiter = visit.recruiter();
        String page = visit.page();
        Map<String, String> toTheCaq = Map.of("lead:targetStage", "CAQ_OBTAINED",
                "lead:reason", "CAQ reçu par courriel");

        String asked = recruiter.submit(page, "lead", toTheCaq, "lead:change-stage").body();
        assertTrue(asked.contains("id=\"admission-question-text\""), asked);
        assertTrue(asked.contains("laisserait de côté : Admis"), asked);
        assertTrue(asked.indexOf("lead:admission-no") < asked.indexOf("lead:admission-yes"), "No first");
        assertTrue(java.util.regex.Pattern.compile("id=\"lead:admission-no\"[^>]*data-focus-on-load=\"true\"")
                .matcher(asked).find() || java.util.regex.Pattern.compile(
                "data-focus-on-load=\"true\"[^>]*id=\"lead:admission-no\"").matcher(asked).find(),
                "No takes the focus");
        String declined = recruiter.send(recruiter.formOn(page, asked, "lead", Map.of(), "lead:admission-no"))
                .body();
        assertTrue(declined.contains("Rien n’a été déplacé."), declined);
        assertFalse(declined.contains("id=\"admission-question-text\""), "the question is gone");
        try (TenantContext.Scope ignored = visit.centre().asRecruiter()) {
            assertEquals(LeadStage.NEW, stageOf(visit.lead()));
        }

        String askedAgain = recruiter.send(recruiter.formOn(page, declined, "lead", toTheCaq, "lead:change-stage"))
                .body();
        String confirmed = recruiter.send(recruiter.formOn(page, askedAgain, "lead", Map.of(), "lead:admission-yes"))
                .body();
        assertTrue(confirmed.contains("Étape changée."), confirmed);
        try (TenantContext.Scope ignored = visit.centre().asRecruiter()) {
            assertEquals(LeadStage.CAQ_OBTAINED, stageOf(visit.lead()));
        }
        assertTrue(confirmed.contains("(admission non enregistrée)"), "the timeline's line says so: " + confirmed);
    }

    @Test
    void bulkActionsMoveWhatTheRulesAllowAndNameTheOthersAndEmailGoesThroughTheOutbox() {
        Centre centre = centre("bulk");
        Lead a = fixtures.newLead(centre.tenant, centre.program);
        Lead b = fixtures.newLead(centre.tenant, centre.program);
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            leads.changeStage(b.getId(), LeadStage.CONTACTED, null, null);
            LeadListService.BulkResult result = list.changeStage(List.of(a.getId(), b.getId()), LeadStage.QUALIFIED,
                    null, null);
            assertEquals(1, result.done());
            assertEquals(List.of(a.fullName()), result.leftOut(), "NEW → QUALIFIED skips a stage without a reason");
            assertEquals(Map.of("pipeline.reasonRequired.bulk", 1), result.whyLeftOut(), "and why is said");
            assertEquals("moving back, skipping a stage or leaving \"Lost\" needs a reason: write it, then try again",
                    ca.tremplin.kernel.Messages.get(Locale.ENGLISH, "pipeline.reasonRequired.bulk"));
            assertEquals(LeadStage.QUALIFIED, stageOf(b));

            list.tag(List.of(a.getId(), b.getId()), "bourse");
            assertEquals(2, list.count(new LeadFilter(null, null, null, "Bourse", null, null, null)));
            assertEquals(1, list.stageCounts(LeadFilter.NONE).get(LeadStage.QUALIFIED));
            assertEquals(2, list.count(new LeadFilter(null, null, null, null, null, null, HeardFrom.FAIR)));
            assertEquals(0, list.count(new LeadFilter(null, null, null, null, null, null, HeardFrom.WEBINAR)),
                    "the source filter keeps only leads who came that way");
        }
    }

    /**
     * A lead merged into another record after the list was shown, then chosen with others for a bulk assignment, tag
     * or stage change: the others are done, the merged one is counted under its reason, and no action is refused whole
     * (the page would have answered "not found").
     */
    @Test
    void aLeadMergedSinceTheListWasShownIsLeftOutOfEveryBulkActionWithItsReasonAndTheOthersAreDone() {
        Centre centre = centre("bulk-merged");
        Lead kept = fixtures.newLead(centre.tenant, centre.program);
        Lead merged = fixtures.newLead(centre.tenant, centre.program);
        Lead other = fixtures.newLead(centre.tenant, centre.program);
        List<Long> chosen = List.of(kept.getId(), merged.getId(), other.getId());
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            leads.merge(kept.getId(), merged.getId());

            LeadListService.BulkResult assigned = list.assign(chosen, centre.admin.getId());
            assertEquals(2, assigned.done());
            assertEquals(Map.of(LeadListService.GONE, 1), assigned.whyLeftOut());
            assertEquals(centre.admin.getId(), leads.open(other.getId()).lead().getOwnerId());

            LeadListService.BulkResult tagged = list.tag(chosen, "bourse");
            assertEquals(2, tagged.done());
            assertEquals(Map.of(LeadListService.GONE, 1), tagged.whyLeftOut());
            assertEquals(2, list.count(new LeadFilter(null, null, null, "Bourse", null, null, null)));

            LeadListService.BulkResult moved = list.changeStage(chosen, LeadStage.CONTACTED, null, null);
            assertEquals(2, moved.done());
            assertEquals(List.of(), moved.leftOut(), "no name for a lead no longer listed");
            assertEquals(Map.of(LeadListService.GONE, 1), moved.whyLeftOut());
            assertEquals(LeadStage.CONTACTED, stageOf(other));
        }
    }

    /**
     * A bulk assignment, tag or stage change says how many leads it changed and counts those it left as they were with
     * the reason — already that owner's, already tagged so, already at that stage —, never counting them as done.
     */
    @Test
    void aBulkActionCountsTheLeadsItChangedApartFromThoseThatWereSoAlreadyWithTheReason() {
        Centre centre = centre("bulk-counts");
        Lead a = fixtures.newLead(centre.tenant, centre.program);
        Lead b = fixtures.newLead(centre.tenant, centre.program);
        List<Long> both = List.of(a.getId(), b.getId());
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            list.assign(List.of(a.getId()), centre.admin.getId());
            LeadListService.BulkResult assigned = list.assign(both, centre.admin.getId());
            assertEquals(1, assigned.done(), "only b changed owner");
            assertEquals(1, assigned.skipped());
            assertEquals(Map.of(LeadListService.ALREADY_OWNED, 1), assigned.whyLeftOut());

            assertEquals(2, list.tag(both, "bourse").done());
            LeadListService.BulkResult tagged = list.tag(both, "Bourse");
            assertEquals(0, tagged.done(), "the same tag, whatever its case");
            assertEquals(Map.of(LeadListService.ALREADY_TAGGED, 2), tagged.whyLeftOut());

            list.changeStage(List.of(a.getId()), LeadStage.CONTACTED, null, null);
            LeadListService.BulkResult moved = list.changeStage(both, LeadStage.CONTACTED, null, null);
            assertEquals(1, moved.done());
            assertEquals(Map.of("pipeline.alreadyInStage.bulk", 1), moved.whyLeftOut());
            assertEquals("already at this stage",
                    ca.tremplin.kernel.Messages.get(Locale.ENGLISH, "pipeline.alreadyInStage.bulk"));
            assertEquals("already had this owner",
                    ca.tremplin.kernel.Messages.get(Locale.ENGLISH, LeadListService.ALREADY_OWNED));
        }
    }

    /**
     * A recruiter assigns three leads of the list to a colleague, while another colleague has taken one of them by
     * hand on its page since the list was shown, and given another to that same colleague: the one taken is left to
     * whoever took it, named and said why (in both languages), the one given already is counted as it was, and only
     * the third changes owner — nobody's work is overwritten unseen.
     */
    @Test
    void aBulkAssignmentLeavesTheLeadsWhoseOwnerChangedSinceTheListWasShownToWhoeverHasThemNow() {
        Centre centre = centre("bulk-taken");
        Lead awa = fixtures.newLead(centre.tenant, centre.program, "Awa", "Diop", InquiryRequests.uniqueEmail(),
                null, null);
        Lead binta = fixtures.newLead(centre.tenant, centre.program, "Binta", "Sow", InquiryRequests.uniqueEmail(),
                null, null);
        Lead coumba = fixtures.newLead(centre.tenant, centre.program, "Coumba", "Fall",
                InquiryRequests.uniqueEmail(), null, null);
        UserAccount taker = fixtures.newAccount(centre.tenant, Role.RECRUITER);
        UserAccount chosen = fixtures.newAccount(centre.tenant, Role.RECRUITER);
        List<LeadRow> shown;
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            shown = list.page(LeadFilter.NONE, 0, 50, ca.tremplin.kernel.TableSort.DEFAULT);
        }
        try (TenantContext.Scope ignored = TestSessions.signedInAs(taker, centre.tenant)) {
            leads.assignOwner(binta.getId(), ownerShown(shown, binta), taker.getId());
            leads.assignOwner(coumba.getId(), ownerShown(shown, coumba), chosen.getId());
        }

        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            LeadListService.BulkResult assigned = list.assign(List.of(awa.getId(), binta.getId(), coumba.getId()),
                    keysOf(shown), chosen.getId());

            assertEquals(1, assigned.done(), "Awa only");
            assertEquals(Map.of(LeadListService.ALREADY_OWNED, 1, LeadListService.OWNER_CHANGED, 1),
                    assigned.whyLeftOut());
            assertEquals(List.of("Binta Sow"), assigned.leftOut(), "the one taken meanwhile, by name");
            assertEquals(taker.getId(), leads.open(binta.getId()).lead().getOwnerId(), "still whoever took her");
            assertEquals(chosen.getId(), leads.open(awa.getId()).lead().getOwnerId());
            assertEquals(chosen.getId(), leads.open(coumba.getId()).lead().getOwnerId());
        }
        assertEquals("leur responsable a changé depuis l’affichage de la liste : la personne qui les suit maintenant"
                + " les garde (rechargez la liste pour la voir)",
                ca.tremplin.kernel.Messages.get(Locale.FRENCH, LeadListService.OWNER_CHANGED));
        assertEquals("their owner changed since the list was shown: whoever follows them now keeps them (reload the"
                + " list to see who)", ca.tremplin.kernel.Messages.get(Locale.ENGLISH, LeadListService.OWNER_CHANGED));
    }

    /**
     * On the list's page: the rows ticked carry the owner each was shown with, so that a lead a colleague took by hand
     * after the page was drawn is left to them, and the page says so — how many changed, how many were left and why,
     * and who.
     */
    @Test
    void theListPageLeavesALeadTakenSinceItWasDrawnAndSaysWhyAndWho() throws Exception {
        Centre centre = centre("bulk-page");
        Lead awa = fixtures.newLead(centre.tenant, centre.program, "Awa", "Diop", InquiryRequests.uniqueEmail(),
                null, null);
        Lead binta = fixtures.newLead(centre.tenant, centre.program, "Binta", "Sow", InquiryRequests.uniqueEmail(),
                null, null);
        UserAccount taker = fixtures.newAccount(centre.tenant, Role.RECRUITER);
        UserAccount chosen = fixtures.newAccount(centre.tenant, Role.RECRUITER);
        ca.tremplin.testsupport.HttpVisitor recruiter = new ca.tremplin.testsupport.HttpVisitor(leadPageBase);
        recruiter.signIn(centre.recruiter.getEmail(), TestFixtures.PASSWORD);
        String page = recruiter.get("admin/leads.xhtml").body();
        java.util.regex.Matcher row = java.util.regex.Pattern.compile("<tr[^>]*data-rk=\"([^\"]+)\"").matcher(page);
        List<String> keys = new java.util.ArrayList<>();
        while (row.find()) {
            keys.add(row.group(1));
        }
        assertEquals(2, keys.size(), "the centre's two people: " + keys);
        try (TenantContext.Scope ignored = TestSessions.signedInAs(taker, centre.tenant)) {
            leads.assignOwner(binta.getId(), leads.open(binta.getId()).lead().getOwnerId(), taker.getId());
        }

        String done = recruiter.send(recruiter.formOn("admin/leads.xhtml", page, "leads", Map.of(
                "leads:table_selection", String.join(",", keys), "leads:bulkOwner", String.valueOf(chosen.getId())),
                "leads:bulk-assign")).body();

        assertTrue(done.contains("1 candidat modifié ; 1 laissé tel quel."), done);
        assertTrue(done.contains("Laissés de côté : 1 — leur responsable a changé depuis l’affichage de la liste"),
                done);
        assertTrue(done.contains("Laissés tels quels : Binta Sow."), done);
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            assertEquals(taker.getId(), leads.open(binta.getId()).lead().getOwnerId());
            assertEquals(chosen.getId(), leads.open(awa.getId()).lead().getOwnerId());
        }
    }

    /**
     * Two recruiters assign overlapping choices of the same list, shown to both with the same owners, at the same
     * instant: the lead both chose goes to one of them once — one line on its timeline — and the other is told it was
     * taken meanwhile, where the later silently gave it to their own choice.
     */
    @Test
    void twoBulkAssignmentsOfOverlappingChoicesAtOnceGiveTheSharedLeadOnceAndTheOtherSaysWhy() throws Exception {
        Centre centre = centre("bulk-crossing");
        Lead first = fixtures.newLead(centre.tenant, centre.program);
        Lead shared = fixtures.newLead(centre.tenant, centre.program);
        Lead last = fixtures.newLead(centre.tenant, centre.program);
        UserAccount one = fixtures.newAccount(centre.tenant, Role.RECRUITER);
        UserAccount other = fixtures.newAccount(centre.tenant, Role.RECRUITER);
        List<LeadRow> shown;
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            shown = list.page(LeadFilter.NONE, 0, 50, ca.tremplin.kernel.TableSort.DEFAULT);
        }
        long linesBefore = ownerLines(shared);
        java.util.function.BiFunction<List<Long>, Long, java.util.concurrent.Callable<String>> assigning =
                (chosen, to) -> () -> {
                    LeadListService.BulkResult done = list.assign(chosen, keysOf(shown), to);
                    return done.done() + " " + done.whyLeftOut();
                };

        List<String> said = TestSessions.atOnce(centre.tenant, centre.recruiter,
                assigning.apply(List.of(first.getId(), shared.getId()), one.getId()), centre.admin,
                assigning.apply(List.of(shared.getId(), last.getId()), other.getId()));

        assertEquals(List.of("1 {" + LeadListService.OWNER_CHANGED + "=1}", "2 {}"), said);
        assertEquals(linesBefore + 1, ownerLines(shared), "given once");
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            Long owner = leads.open(shared.getId()).lead().getOwnerId();
            assertTrue(owner.equals(one.getId()) || owner.equals(other.getId()), "one of the two: " + owner);
        }
    }

    /**
     * A recruiter changes a lead's owner on its page while a colleague's bulk assignment of it is being written: the
     * page's change waits for it, then is refused naming the owner now, as when the two are minutes apart — not a
     * failure at the end of the save, nor the colleague's assignment overwritten.
     */
    @Test
    void anOwnerChosenOnTheLeadPageWhileABulkAssignmentOfItIsWrittenWaitsAndIsRefusedNamingTheOwnerNow()
            throws Exception {
        Centre centre = centre("owner-race");
        Lead lead = fixtures.newLead(centre.tenant, centre.program, "Fatou", "Ba", InquiryRequests.uniqueEmail(),
                null, null);
        UserAccount bulkChoice = fixtures.newAccount(centre.tenant, Role.RECRUITER);
        Long shownOwner;
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            shownOwner = leads.open(lead.getId()).lead().getOwnerId();
        }
        ca.tremplin.testsupport.FirstClick bulk = new ca.tremplin.testsupport.FirstClick(database::getConnection,
                "update `lead` set owner_id = " + bulkChoice.getId() + ", version = version + 1 where id = "
                        + lead.getId());

        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            BusinessRuleException refused = bulk.meets(LEAD_LOCKED, () -> assertThrows(BusinessRuleException.class,
                    () -> leads.assignOwner(lead.getId(), shownOwner, centre.admin.getId())));
            assertEquals("lead.ownerChangedMeanwhile", refused.messageKey());
            assertTrue(refused.localizedMessage(Locale.ENGLISH).contains("it is now " + bulkChoice.getDisplayName()),
                    refused.localizedMessage(Locale.ENGLISH));
            assertEquals(bulkChoice.getId(), leads.open(lead.getId()).lead().getOwnerId(), "the bulk's owner stays");
        }
        assertTrue(bulk.met(), "the page's change waited for the lead being written");
    }

    /**
     * A statement of the server reading a lead locked ({@code PipelineRepository.lockLeads}, {@code lockedLeads}),
     * as the database lists it while it waits; its own beginning, which the query looking for it does not share.
     */
    static final String LEAD_LOCKED = "select l1_0.%from `lead` l1_0%for update%";

    @jakarta.annotation.Resource(lookup = "java:jboss/datasources/TremplinDS")
    javax.sql.DataSource database;

    /** The owner the list showed the lead with. */
    private static Long ownerShown(List<LeadRow> shown, Lead lead) {
        return shown.stream().filter(row -> row.id().equals(lead.getId())).findFirst().orElseThrow().ownerId();
    }

    /** The rows' keys as the list drew them and a browser sends them back ticked. */
    private static ShownOwners keysOf(List<LeadRow> shown) {
        return ShownOwners.read(String.join(",", shown.stream().map(row -> ShownOwners.key(row.id(), row.ownerId()))
                .toList()));
    }

    private long ownerLines(Lead lead) {
        return tenancy.acrossAllTenants(() -> em.createQuery("select count(e) from LeadEvent e where e.leadId = :lead"
                + " and e.kind = :kind", Long.class).setParameter("lead", lead.getId())
                .setParameter("kind", LeadEventKind.OWNER_CHANGED).getSingleResult());
    }

    @Test
    void theLeadPageTheListAndTheBoardIssueAFixedHandfulOfStatementsWhateverTheirSize() {
        Centre centre = centre("statements");
        Lead small = fixtures.newLead(centre.tenant, centre.program);
        String busyEmail = InquiryRequests.uniqueEmail();
        Lead busy = fixtures.newLead(centre.tenant, centre.program, "Ama", "Owusu", busyEmail, null, 2000);
        fixtures.newLead(centre.tenant, centre.program, "Ama", "Owusu", busyEmail, null, 2000);
        fixtures.newLead(centre.tenant, centre.program, "Ama", "Owusu", busyEmail, null, 2000);
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            for (int i = 0; i < 30; i++) {
                leads.addNote(busy.getId(), "Relance " + i);
            }
            leads.addTag(busy.getId(), "salon");
            int smallPage = ca.tremplin.kernel.StatementCounter.count(() -> leadPage(small.getId()));
            int busyPage = ca.tremplin.kernel.StatementCounter.count(() -> leadPage(busy.getId()));
            assertEquals(3, leads.open(busy.getId()).requests().size());
            assertEquals(smallPage, busyPage, "the same statements for 1 request and 3, 3 timeline lines and 40");
            assertTrue(busyPage <= 12, "a fixed handful (consents: one query for requests, one for applications;"
                    + " the values other sources proposed: one): "
                    + busyPage);

            LeadFilter filter = new LeadFilter(null, null, "VN", null, centre.program.getId(), null, HeardFrom.FAIR);
            int oneRow = ca.tremplin.kernel.StatementCounter.count(() -> listAndBoard(filter));
            for (int i = 0; i < 5; i++) {
                fixtures.newLead(centre.tenant, centre.program);
            }
            int manyRows = ca.tremplin.kernel.StatementCounter.count(() -> listAndBoard(filter));
            assertEquals(oneRow, manyRows, "the list and the board do not read row by row");
            assertEquals(7, list.count(filter));
        }
    }

    private void leadPage(long leadId) {
        leads.open(leadId);
        leads.timeline(leadId, 0, 20);
        leads.timelineSize(leadId);
    }

    private void listAndBoard(LeadFilter filter) {
        list.page(filter, 0, 25, ca.tremplin.kernel.TableSort.DEFAULT);
        list.count(filter);
        list.board(filter, 20);
    }

    private Set<Long> ids(LeadFilter filter) {
        return list.page(filter, 0, 50, ca.tremplin.kernel.TableSort.DEFAULT).stream().map(LeadRow::id)
                .collect(java.util.stream.Collectors.toSet());
    }

    private static LeadFilter byProgram(Program program) {
        return new LeadFilter(null, null, null, null, program.getId(), null, null);
    }

    private static LeadFilter byIntake(String intake) {
        return new LeadFilter(null, null, null, null, null, intake, null);
    }

    private static LeadFilter bySource(HeardFrom source) {
        return new LeadFilter(null, null, null, null, null, null, source);
    }

    /** A request from a new person about these programs, for that intake (or none), heard of us that way. */
    private static ca.tremplin.inquiry.InquiryRequest request(String intake, String heardFrom, Program... programs) {
        ca.tremplin.inquiry.InquiryRequest request = InquiryRequests.complete(InquiryRequests.uniqueEmail(),
                java.util.Arrays.stream(programs).map(Program::getId).toArray(Long[]::new));
        request.setPreferredIntake(intake);
        request.setHeardFrom(heardFrom);
        return request;
    }

    private LeadStage stageOf(Lead lead) {
        return leads.open(lead.getId()).lead().getStage();
    }

    private static Map<LeadField, String> values(Lead lead) {
        Map<LeadField, String> values = new EnumMap<>(LeadField.class);
        for (LeadField field : LeadField.values()) {
            values.put(field, field.of(lead));
        }
        return values;
    }

    /**
     * Two lines of a lead's timeline of the same second read in the order they happened, newest first, even when the
     * later one was written first (a merged lead's line, an import's): their times are kept to the microsecond, where
     * the driver cut them to the second on MariaDB 10 and the line written last came first.
     */
    @Test
    void twoLinesOfTheSameSecondReadInTheOrderTheyHappened() throws Exception {
        Centre centre = centre("same-second");
        Lead lead = fixtures.newLead(centre.tenant, centre.program, "Awa", "Diop", InquiryRequests.uniqueEmail(),
                null, 2001);
        Instant second = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).plusSeconds(60);
        tenancy.asTenant(centre.tenant.getId(), () -> {
            em.persist(new LeadEvent(lead, LeadEventKind.NOTE_ADDED, null, "Rappelée", second.plusMillis(700)));
            em.persist(new LeadEvent(lead, LeadEventKind.NOTE_ADDED, null, "Appelée", second.plusNanos(300_001_000)));
            return null;
        });
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            List<LeadEvent> notes = leads.timeline(lead.getId(), 0, 50).stream()
                    .filter(e -> e.getKind() == LeadEventKind.NOTE_ADDED).toList();
            assertEquals(List.of("Rappelée", "Appelée"), notes.stream().map(LeadEvent::getDetail).toList(),
                    "newest first");
            assertEquals(second.plusNanos(300_001_000), notes.get(1).getOccurredAt(), "read back to the microsecond");
        }
        String inUtc = java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss")
                .withZone(java.time.ZoneOffset.UTC).format(second);
        assertEquals(inUtc + ".300001", rows.string("select cast(occurred_at as char) from lead_event"
                + " where lead_id = ? and detail = 'Appelée'", lead.getId()), "stored to the microsecond, in UTC");
    }

    private Centre centre(String label) {
        Tenant tenant = fixtures.newSchoolBoard(label);
        UserAccount recruiter = fixtures.newAccount(tenant, Role.RECRUITER);
        UserAccount admin = fixtures.newAccount(tenant, Role.CSS_ADMIN);
        return new Centre(tenant, recruiter, admin, program(tenant, "Soudage-montage", "Welding and Fitting"));
    }

    private Program program(Tenant tenant, String titleFr, String titleEn) {
        return fixtures.newProgram(tenant, ProgramType.DEP, TestFixtures.programCode(), titleFr, titleEn,
                "07", "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 10), true);
    }

    private record Centre(Tenant tenant, UserAccount recruiter, UserAccount admin, Program program) {
        TenantContext.Scope asRecruiter() {
            return TestSessions.signedInAs(recruiter, tenant);
        }
    }
}
