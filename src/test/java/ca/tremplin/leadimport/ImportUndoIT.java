package ca.tremplin.leadimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.event.Event;
import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.event.EventService;
import ca.tremplin.event.EventType;
import ca.tremplin.event.PublicEvents;
import ca.tremplin.event.RegistrationRequest;
import ca.tremplin.person.ChangeSource;
import ca.tremplin.person.Lead;
import ca.tremplin.person.LeadDetails;
import ca.tremplin.kernel.NotFoundException;
import ca.tremplin.person.LeadField;
import ca.tremplin.pipeline.LeadService;
import ca.tremplin.security.Role;
import ca.tremplin.security.TestSessions;
import ca.tremplin.security.UserAccount;
import ca.tremplin.tenant.Tenancy;
import ca.tremplin.tenant.Tenant;
import ca.tremplin.tenant.TenantContext;
import ca.tremplin.testsupport.ImportEndings;
import ca.tremplin.testsupport.InServerTest;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * An import is trusted to add people, not to rewrite them, and can be taken back whole: a person it joins keeps
 * their details (what they lacked is filled and audited, what differs is proposed to staff), and undoing the import
 * removes the leads, registrations, timeline lines and consents it created and gives back the values it filled —
 * except for the people someone else touched since, who are kept and listed with the reason. The undo is recorded,
 * asking for it twice changes nothing, another centre cannot reach it, and the uploaded file is gone once the
 * import has ended.
 */
class ImportUndoIT extends InServerTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Inject
    ImportEndings importEndings;

    @Inject
    LeadImportService imports;

    @Inject
    ImportUndo undos;

    @Inject
    ImportUndoRepository undoStates;

    @Inject
    ImportUndoSlices slices;

    @Inject
    EventService events;

    @Inject
    PublicEvents publicEvents;

    @Inject
    ca.tremplin.event.RegistrationCancellations cancellations;

    @Inject
    LeadService leads;

    @Inject
    Tenancy tenancy;

    @Inject
    ImportFiles files;

    @Inject
    ImportFileRetention retention;

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Resource(lookup = "java:jboss/datasources/TremplinDS")
    DataSource database;

    @Test
    void aJoinedLeadKeepsItsNameGetsAProposalAndHasWhatItLackedFilledWithAnAuditLine() throws Exception {
        Tenant fjord = fixtures.newSchoolBoard("fjord");
        UserAccount recruiter = fixtures.newAccount(fjord, Role.RECRUITER);
        Event earlier = event(fjord, recruiter, "Salon de São Paulo");
        Event webinar = event(fjord, recruiter, "Webinaire confiance");
        String email = "rafael." + UUID.randomUUID().toString().substring(0, 6) + "@exemplo.br";
        register(earlier, "Rafael", "Souza", email, null, "BR");
        String elifsEmail = "elif." + UUID.randomUUID().toString().substring(0, 6) + "@ornek.tr";
        register(earlier, "Elif", "Yılmaz", elifsEmail, null, "TR");

        long importId = importList(fjord, recruiter, webinar, "First Name,Last Name,Email,Phone,Country\n"
                + "Rafa,SOUZA ," + email + ",+55 11 91234-5678,BR\n"
                + "ELIF,Yilmaz," + elifsEmail + ",,TR\n");

        Lead rafael = lead(fjord, email);
        assertEquals("Rafael", rafael.getFirstName(), "a differing name is not written over the centre's");
        assertEquals("Souza", rafael.getLastName());
        assertEquals("+5511912345678", rafael.getPhoneE164(), "the phone the lead lacked is filled");
        assertEquals(List.of("FIRST_NAME|Rafa|OPEN|IMPORT|" + importId), strings("select concat_ws('|', field,"
                + " proposed_value, status, source, source_ref) from lead_proposal where lead_id = ?", rafael.getId()),
                "the other first name is proposed to staff; the last name differs only by case and spaces");
        assertEquals(List.of("PHONE||+5511912345678|IMPORT|" + importId + "|" + recruiter.getId()),
                strings("select concat_ws('|', field, coalesce(old_value, ''), new_value, source, source_ref,"
                        + " actor_id) from lead_audit where lead_id = ?", rafael.getId()));
        assertEquals(List.of(LeadDetails.proposalDetail(LeadField.FIRST_NAME, ChangeSource.IMPORT, "Rafa")), strings("select detail from lead_event where lead_id = ?"
                + " and kind = 'VALUE_PROPOSED'", rafael.getId()), "the timeline shows the other value");

        // "Yilmaz" and "Yılmaz" both upper-case to "YILMAZ", yet are two spellings: the list's is proposed beside the
        // centre's, as any other source's would be, not taken for the same and dropped.
        Lead elif = lead(fjord, elifsEmail);
        assertEquals("Yılmaz", elif.getLastName());
        assertEquals(List.of("LAST_NAME|Yilmaz|OPEN|IMPORT|" + importId), strings("select concat_ws('|', field,"
                + " proposed_value, status, source, source_ref) from lead_proposal where lead_id = ?", elif.getId()),
                "her first name differs only by case: not proposed");
    }

    /**
     * A person met at a fair known by name and phone only: a later list that gives their address fills it, with the
     * key they are found by (audited); undoing the list takes the address and its key back.
     */
    @Test
    void aListGivesTheAddressOfAPersonKnownByNameAndPhoneOnlyAndItsUndoTakesItBack() throws Exception {
        Tenant fjord = fixtures.newSchoolBoard("fjord");
        UserAccount recruiter = fixtures.newAccount(fjord, Role.RECRUITER);
        Event fair = event(fjord, recruiter, "Salon d'Accra");
        Event webinar = event(fjord, recruiter, "Webinaire des adresses");
        String domain = "walkin" + UUID.randomUUID().toString().substring(0, 6) + ".example";
        importList(fjord, recruiter, fair, "Prénom;Nom;Courriel;Téléphone;Pays\n"
                + "Kofi;Asante;;+233 24 555 1234;Ghana\n");
        long kofi = leadIdByPhone(fjord, "+233245551234");

        long importId = importList(fjord, recruiter, webinar, "First Name,Last Name,Email,Phone,Country\n"
                + "Kofi,Asante,Kofi.Asante@" + domain + ",+233245551234,GH\n");

        assertEquals(List.of("Kofi.Asante@" + domain + "|kofi.asante@" + domain), strings("select concat_ws('|',"
                + " email, email_normalized) from `lead` where id = ?", kofi), "the address and its key are filled");
        assertEquals(1, countLeadsWith(fjord, "kofi.asante@" + domain), "a request from it finds Kofi's record");
        assertEquals(List.of("EMAIL||Kofi.Asante@" + domain + "|IMPORT|" + importId), strings("select concat_ws('|',"
                + " field, coalesce(old_value, ''), new_value, source, source_ref) from lead_audit where lead_id = ?",
                kofi), "audited, naming the list");

        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, fjord)) {
            undos.undo(importId);
            assertEquals(LeadImport.Status.UNDONE, importEndings.awaitNext(importId).status());
        }
        assertEquals(List.of("|"), strings("select concat(coalesce(email, ''), '|', coalesce(email_normalized, ''))"
                + " from `lead` where id = ?", kofi), "the undo gives back the record without an address or key");
        assertEquals(0, countLeadsWith(fjord, "kofi.asante@" + domain));
    }

    /**
     * The same report imported again for the event (exported again: another "Report Generated" line) would add each
     * person's time a second time: it is refused, naming the first import, whose figures stay as they were; once
     * that import is undone, the list imports again.
     */
    @Test
    void theSameListImportedAgainForTheEventIsRefusedNamingTheFirstUntilThatOneIsUndone() throws Exception {
        Tenant fjord = fixtures.newSchoolBoard("fjord");
        UserAccount recruiter = fixtures.newAccount(fjord, Role.RECRUITER);
        Event webinar = event(fjord, recruiter, "Webinaire importé deux fois");
        String domain = "twice" + UUID.randomUUID().toString().substring(0, 6) + ".example";
        register(webinar, "Awa", "Diop", "awa@" + domain, null, "SN");
        String table = "First Name,Last Name,Email,Attended,Time in Session (minutes)\n"
                + "Awa,Diop,awa@" + domain + ",Yes,30\n" + "Karim,Benali,karim@" + domain + ",Yes,45\n";
        long first = importList(fjord, recruiter, webinar, "Attendee Report\nReport Generated:,2026-12-05 09:14\n\n"
                + table);
        String awasMinutes = "select attended_minutes from event_registration where event_id = ? and email = ?";
        assertEquals(List.of("30"), strings(awasMinutes, webinar.getId(), "awa@" + domain));

        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, fjord)) {
            LeadImport again = imports.upload(webinar.getId(), "rapport (1).csv", ("Attendee Report\nReport"
                    + " Generated:,2026-12-06 17:02\n\n" + table).getBytes(StandardCharsets.UTF_8));
            BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                    () -> imports.start(again.getId(), imports.progress(again.getId()).mapping(), null));
            assertEquals("import.sameListAlready", refused.messageKey());
            assertEquals(first, ((Number) refused.arguments()[0]).longValue(), "the first import is named");
            assertEquals(List.of("30"), strings(awasMinutes, webinar.getId(), "awa@" + domain),
                    "her time is not counted twice");

            undos.undo(first);
            assertEquals(LeadImport.Status.UNDONE, importEndings.awaitNext(first).status());
            imports.start(again.getId(), imports.progress(again.getId()).mapping(), null);
            assertEquals(LeadImport.Status.COMPLETED, importEndings.awaitNext(again.getId()).status());
        }
        assertEquals(List.of("30"), strings(awasMinutes, webinar.getId(), "awa@" + domain),
                "imported once again after the undo: 30 minutes, once");
    }

    /** A survey's export with a hundred questions as columns: its failed rows come back under its own headers. */
    @Test
    void theFailedRowsOfAWideListComeBackUnderItsOwnHeaders() throws Exception {
        Tenant fjord = fixtures.newSchoolBoard("fjord");
        UserAccount recruiter = fixtures.newAccount(fjord, Role.RECRUITER);
        Event webinar = event(fjord, recruiter, "Sondage large");
        StringBuilder headers = new StringBuilder("Email,First Name,Last Name");
        StringBuilder good = new StringBuilder("wide@" + UUID.randomUUID().toString().substring(0, 6) + ".example,Awa,Diop");
        StringBuilder bad = new StringBuilder("pas-une-adresse,Karim,Benali");
        for (int i = 1; i <= 100; i++) {
            headers.append(",Q").append(i).append(" How satisfied were you with the session");
            good.append(",5");
            bad.append(",4");
        }
        assertTrue(headers.length() > 4_000);
        long importId = importList(fjord, recruiter, webinar, headers + "\n" + good + "\n" + bad + "\n");
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, fjord)) {
            LeadImportService.FailedRows failed = imports.failedRows(importId, Locale.FRENCH);
            assertEquals(103, failed.headers().size());
            assertEquals("Email", failed.headers().get(0), "the list's own headers, not #1, #2…");
            assertEquals("Q100 How satisfied were you with the session", failed.headers().get(102));
        }
    }

    private long leadIdByPhone(Tenant tenant, String phone) throws SQLException {
        return Long.parseLong(strings("select id from `lead` where tenant_id = ? and phone_e164 = ?", tenant.getId(),
                phone).get(0));
    }

    private long countLeadsWith(Tenant tenant, String emailKey) throws SQLException {
        return count("select count(*) from `lead` where tenant_id = ? and email_normalized = ?", tenant.getId(),
                emailKey);
    }

    @Test
    void undoingAnImportRemovesWhatItCreatedGivesBackWhatItFilledAndKeepsThePeopleTouchedSince()
            throws Exception {
        Tenant fjord = fixtures.newSchoolBoard("fjord");
        UserAccount recruiter = fixtures.newAccount(fjord, Role.RECRUITER);
        Event earlier = event(fjord, recruiter, "Salon de Dakar");
        Event webinar = event(fjord, recruiter, "Webinaire à annuler");
        Event later = event(fjord, recruiter, "Salon de Abidjan");
        String domain = "undo" + UUID.randomUUID().toString().substring(0, 6) + ".example";
        register(earlier, "Awa", "Diop", "awa@" + domain, null, "SN");
        long earlierLeads = count("select count(*) from `lead` where tenant_id = ?", fjord.getId());

        long importId = importList(fjord, recruiter, webinar, "First Name,Last Name,Email,Phone,Country,Consent\n"
                + "Awa,Diop,awa@" + domain + ",+221 77 123 45 67,SN,oui\n"
                + "Nadia,Benali,nadia@" + domain + ",,MA,oui\n"
                + "Moussa,Ndiaye,moussa@" + domain + ",,SN,non\n"
                + "Fatou,Sow,fatou@" + domain + ",,SN,oui\n", 5);
        assertEquals(4L, count("select count(*) from event_registration where event_id = ?", webinar.getId()));
        assertEquals(4L, count("select count(*) from consent_record c join event_registration r"
                + " on r.id = c.event_registration_id where r.event_id = ?", webinar.getId()));
        // Since the import: staff correct Moussa's name, Fatou registers for another event on the public page.
        correctLastName(fjord, recruiter, "moussa@" + domain, "N'Diaye");
        register(later, "Fatou", "Sow", "fatou@" + domain, null, "SN");

        UndoProgress undone;
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, fjord)) {
            LeadImport.Status started = undos.undo(importId).status();
            assertTrue(started == LeadImport.Status.UNDOING || started == LeadImport.Status.UNDONE, started.name());
            assertEquals(LeadImport.Status.UNDONE, importEndings.awaitNext(importId).status());
            undone = undos.progress(importId);
            assertEquals(LeadImport.Status.UNDONE, imports.progress(importId).status());
        }

        assertEquals(List.of(4, 4, 2, 100), List.of(undone.total(), undone.done(), undone.kept(),
                undone.percentDone()));
        assertEquals(recruiter.getDisplayName(), undone.undoneBy(), "who undid it");
        assertNotNull(undone.undoneAt(), "and when");
        assertEquals(0L, count("select count(*) from `lead` where email_normalized = ?", "nadia@" + domain),
                "the lead the import created is gone");
        assertEquals(List.of("fatou@" + domain, "moussa@" + domain), strings("select r.email_normalized from"
                + " event_registration r where r.event_id = ? order by 1", webinar.getId()),
                "only the registrations of the people kept remain");
        assertEquals(2L, count("select count(*) from consent_record c join event_registration r"
                + " on r.id = c.event_registration_id where r.event_id = ?", webinar.getId()));
        assertEquals(0L, count("select count(*) from consent_record where email_normalized = ?", "nadia@" + domain),
                "the consent the list gave is gone with the person");
        assertEquals(earlierLeads + 2, count("select count(*) from `lead` where tenant_id = ?", fjord.getId()));

        Lead awa = lead(fjord, "awa@" + domain);
        assertNull(awa.getPhoneE164(), "the phone the import filled is given back");
        assertEquals(List.of("PHONE||+221771234567", "PHONE|+221771234567|"), strings("select concat_ws('|', field,"
                + " coalesce(old_value, ''), coalesce(new_value, '')) from lead_audit where lead_id = ? order by id",
                awa.getId()), "the fill and its giving back, both audited");
        assertEquals(0L, count("select count(*) from lead_event where lead_id = ? and import_id = ?", awa.getId(),
                importId), "her timeline has no line of the import left");
        assertEquals(1L, count("select count(*) from event_registration where lead_id = ?", awa.getId()),
                "her own earlier registration stays");

        List<KeptPerson> kept;
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, fjord)) {
            kept = undos.kept(importId, 0, 50);
            assertEquals(List.of("Sow"), undos.kept(importId, 1, 50).stream().map(KeptPerson::lastName).toList(),
                    "the next page starts where the first ended, by name");
        }
        assertEquals(List.of("N'Diaye STAFF", "Sow REGISTRATION"), kept.stream()
                .map(person -> person.lastName() + " " + person.reason()).sorted().toList(),
                "each kept person with the reason: Moussa corrected by staff, Fatou registered on the public page");
        assertTrue(kept.stream().allMatch(person -> person.since() != null));
        assertEquals("Registered for an event on x", ca.tremplin.kernel.Messages.get(Locale.ENGLISH,
                kept.stream().filter(p -> p.reason() == LaterTouches.Reason.REGISTRATION).findFirst().orElseThrow()
                        .reasonKey(), "x"));
    }

    @Test
    void undoingTwiceIsHarmlessAndAnotherCentreCannotUndoNorSeeTheUndo() throws Exception {
        Tenant fjord = fixtures.newSchoolBoard("fjord");
        Tenant rives = fixtures.newSchoolBoard("rives");
        UserAccount recruiter = fixtures.newAccount(fjord, Role.RECRUITER);
        UserAccount stranger = fixtures.newAccount(rives, Role.CSS_ADMIN);
        Event webinar = event(fjord, recruiter, "Webinaire deux fois");
        String domain = "twice" + UUID.randomUUID().toString().substring(0, 6) + ".example";
        long importId = importList(fjord, recruiter, webinar, "First Name,Last Name,Email\n"
                + "Ana,Lima,ana@" + domain + "\nLuis,Rocha,luis@" + domain + "\n");

        try (TenantContext.Scope ignored = TestSessions.signedInAs(stranger, rives)) {
            assertThrows(NotFoundException.class, () -> undos.undo(importId), "a forged id is not found");
            assertThrows(NotFoundException.class, () -> undos.progress(importId));
            assertThrows(NotFoundException.class, () -> undos.kept(importId, 0, 50));
        }
        assertEquals(2L, count("select count(*) from event_registration where import_id = ?", importId),
                "nothing undone by the other centre");

        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, fjord)) {
            undos.undo(importId);
            assertEquals(LeadImport.Status.UNDONE, importEndings.awaitNext(importId).status());
            UndoProgress first = undos.progress(importId);

            UndoProgress again = undos.undo(importId);

            assertEquals(first, again, "an undone import stays as it was");
        }
        assertEquals(0L, count("select count(*) from `lead` where import_id = ?", importId));
        assertEquals(0L, count("select count(*) from event_registration where import_id = ?", importId));
        assertEquals(0L, count("select count(*) from lead_event where import_id = ?", importId));
    }

    /**
     * The batch runtime reports a job completed before it calls the job's listeners: the import must read undone by
     * then, or the page, seeing an import still being undone under a job that has ended, says the undo stopped and
     * stops following it. Here the statement that marks the import undone is held (a trigger waits on a lock the
     * test holds) while the page's question is asked.
     */
    @Test
    void whileTheImportIsBeingMarkedUndoneThePageStillSeesTheUndoRunningNotStopped() throws Exception {
        Tenant fjord = fixtures.newSchoolBoard("ending");
        UserAccount recruiter = fixtures.newAccount(fjord, Role.RECRUITER);
        Event webinar = event(fjord, recruiter, "Webinaire qui se termine");
        String domain = "ending" + UUID.randomUUID().toString().substring(0, 6) + ".example";
        long importId = importList(fjord, recruiter, webinar, "First Name,Last Name,Email\n"
                + "Ana,Lima,ana@" + domain + "\nLuis,Rocha,luis@" + domain + "\n");
        String lock = "undo-ending-" + importId;
        String trigger = "hold_" + UUID.randomUUID().toString().substring(0, 8);
        execute("CREATE TRIGGER " + trigger + " BEFORE UPDATE ON lead_import FOR EACH ROW"
                + " IF NEW.id = " + importId + " AND NEW.status = 'UNDONE' AND OLD.status = 'UNDOING' THEN"
                + " SET @held = GET_LOCK('" + lock + "', 60); SET @held = RELEASE_LOCK('" + lock + "'); END IF");
        try (Connection holder = database.getConnection();
             TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, fjord)) {
            assertEquals("1", firstOf(holder, "select GET_LOCK('" + lock + "', 10)"));
            try {
                undos.undo(importId);
                awaitWaitingOn(holder, lock);

                UndoProgress ending = undos.progress(importId);

                assertEquals(LeadImport.Status.UNDOING, ending.status());
                assertFalse(ending.stopped(), "the undo is ending, not stopped: the page goes on following it");
                assertEquals(2, ending.done());
            } finally {
                firstOf(holder, "select RELEASE_LOCK('" + lock + "')");
            }
            assertEquals(LeadImport.Status.UNDONE, importEndings.awaitNext(importId).status());
            assertEquals(LeadImport.Status.UNDONE, undos.progress(importId).status(),
                    "undone by the time the job's end is told");
        } finally {
            execute("DROP TRIGGER IF EXISTS " + trigger);
        }
    }

    /** Waits, up to 30 s, until a statement (the trigger's, for the update it holds) waits for the named lock. */
    private static void awaitWaitingOn(Connection connection, String lock) throws SQLException {
        awaitOne(connection, "select count(*) from information_schema.processlist where state = 'User lock'"
                + " and info like '%GET_LOCK(''" + lock + "''%'", "the lock " + lock);
    }

    /** Waits, up to 30 s, until {@code query} counts one: something waits for {@code what}. */
    private static void awaitOne(Connection connection, String query, String what) throws SQLException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (!"1".equals(firstOf(connection, query))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Nothing waited for " + what + " within 30 s");
            }
            java.util.concurrent.locks.LockSupport.parkNanos(20_000_000);
        }
    }

    private static String firstOf(Connection connection, String sql) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql); ResultSet found = query.executeQuery()) {
            found.next();
            return found.getString(1);
        }
    }

    /**
     * A list of registrations that only gives another phone for someone registered before it registers no one and
     * marks nobody present: its undo still withdraws the phone it proposed and the timeline line that says so, and
     * leaves what others wrote on her — the form's registration line, a proposal from a request, her own phone.
     */
    @Test
    void undoingAListThatOnlyProposedAnotherPhoneToSomeoneRegisteredBeforeWithdrawsItsProposalAndItsLine()
            throws Exception {
        undoListProposingAnotherPhone(true);
    }

    /** The same, for an import written before the people it only touched were recorded with it. */
    @Test
    void undoingAnOlderListWithdrawsTheProposalsAndLinesItLeftOnPeopleItDidNotRegister() throws Exception {
        undoListProposingAnotherPhone(false);
    }

    private void undoListProposingAnotherPhone(boolean recorded) throws Exception {
        Tenant fjord = fixtures.newSchoolBoard("numeros");
        UserAccount recruiter = fixtures.newAccount(fjord, Role.RECRUITER);
        Event webinar = event(fjord, recruiter, "Webinaire des numéros");
        String domain = "numeros" + UUID.randomUUID().toString().substring(0, 6) + ".example";
        register(webinar, "Awa", "Diop", "awa@" + domain, "+221 77 111 22 33", "SN");
        Lead awa = lead(fjord, "awa@" + domain);
        execute("insert into lead_proposal (tenant_id, lead_id, field, proposed_value, source, source_ref,"
                + " proposed_at, status, version) values (?, ?, 'COUNTRY', 'FR', 'INQUIRY_FORM', null,"
                + " utc_timestamp(6) - interval 1 day, 'OPEN', 0)", fjord.getId(), awa.getId());
        long othersLines = count("select count(*) from lead_event where lead_id = ? and import_id is null",
                awa.getId());
        assertTrue(othersLines > 0, "the form's registration is on her timeline");

        long importId = importList(fjord, recruiter, webinar, "First Name,Last Name,Email,Phone\n"
                + "Awa,Diop,awa@" + domain + ",+221 77 999 88 77\n"
                + "Karim,Benali,karim@" + domain + ",\n");
        String proposals = "select concat_ws('|', field, proposed_value, status, source) from lead_proposal"
                + " where lead_id = ? order by id";
        assertEquals(List.of("COUNTRY|FR|OPEN|INQUIRY_FORM", "PHONE|+221779998877|OPEN|IMPORT"),
                strings(proposals, awa.getId()), "the list's other phone proposed, hers kept");
        assertEquals(1L, count("select count(*) from lead_event where lead_id = ? and import_id = ?"
                + " and kind = 'VALUE_PROPOSED'", awa.getId(), importId));
        assertEquals(1L, count("select count(*) from lead_import_attendance where import_id = ? and lead_id = ?",
                importId, awa.getId()), "the person it touched recorded with the import, no attendance added");
        if (!recorded) {
            execute("delete from lead_import_attendance where import_id = ?", importId);
        }

        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, fjord)) {
            undos.undo(importId);
            assertEquals(LeadImport.Status.UNDONE, importEndings.awaitNext(importId).status());
            assertEquals(List.of(), undos.kept(importId, 0, 50), "nobody touched her since");
        }

        assertEquals(List.of("COUNTRY|FR|OPEN|INQUIRY_FORM"), strings(proposals, awa.getId()),
                "the list's proposal withdrawn, the request's left as it was");
        assertEquals(0L, count("select count(*) from lead_event where lead_id = ? and import_id = ?", awa.getId(),
                importId), "nor does her timeline still show the list's phone");
        assertEquals(othersLines, count("select count(*) from lead_event where lead_id = ? and import_id is null",
                awa.getId()), "what others wrote on her timeline stays");
        assertEquals("+221771112233", lead(fjord, "awa@" + domain).getPhoneE164());
        assertEquals(List.of("REGISTERED 0"), strings("select concat(status, ' ', attended_at is not null)"
                + " from event_registration where email_normalized = ?", "awa@" + domain),
                "her own registration untouched");
        assertEquals(0L, count("select count(*) from lead_import_attendance where import_id = ?", importId));
        assertEquals(0L, count("select count(*) from `lead` where email_normalized = ?", "karim@" + domain),
                "the person the list created is gone with it");
    }

    @Test
    void undoingAnImportThatOnlyAddedAttendanceTakesItBackFromThePeopleRegisteredBeforeIt() throws Exception {
        Tenant fjord = fixtures.newSchoolBoard("presence");
        UserAccount recruiter = fixtures.newAccount(fjord, Role.RECRUITER);
        Event webinar = event(fjord, recruiter, "Webinaire de présence");
        String domain = "presence" + UUID.randomUUID().toString().substring(0, 6) + ".example";
        register(webinar, "Awa", "Diop", "awa@" + domain, null, "SN");
        register(webinar, "Binta", "Fall", "binta@" + domain, null, "SN");
        // Awa had given up her seat; the webinar's report shows she came after all.
        String cancelledAt;
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, fjord)) {
            long awaRegistration = ((Number) tenancy.acrossAllTenants(() -> em.createNativeQuery(
                    "select id from event_registration where email_normalized = ?1").setParameter(1, "awa@" + domain)
                    .getSingleResult())).longValue();
            events.cancelRegistration(awaRegistration);
        }
        String status = "select concat(status, ' ', coalesce(cast(cancelled_at as char), '-'))"
                + " from event_registration where email_normalized = ?";
        cancelledAt = strings(status, "awa@" + domain).get(0);
        assertTrue(cancelledAt.startsWith("CANCELLED 20"), cancelledAt);

        long importId = importList(fjord, recruiter, webinar,
                "First Name,Last Name,Email,Duration (Minutes),Phone\n"
                + "Awa,Diop,awa@" + domain + ",30,+221 77 555 12 12\n"
                + "Awa,Diop,awa@" + domain + ",15,\n"
                + "Binta,Fall,binta@" + domain + ",40,\n");
        assertEquals("+221775551212", lead(fjord, "awa@" + domain).getPhoneE164(),
                "the list gave Awa the phone her record lacked");
        assertEquals(List.of("REGISTERED -"), strings(status, "awa@" + domain), "she came: her seat is restored");
        String attendance = "select concat(email_normalized, ' ', attended_at is not null, ' ',"
                + " coalesce(attended_minutes, '-')) from event_registration where event_id = ? order by 1";
        assertEquals(List.of("awa@" + domain + " 1 45", "binta@" + domain + " 1 40"),
                strings(attendance, webinar.getId()), "present, with the minutes of each of their rows added up");
        // Since the import, staff correct Binta's name: she is kept as she is.
        correctLastName(fjord, recruiter, "binta@" + domain, "Fall-Sy");

        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, fjord)) {
            undos.undo(importId);
            assertEquals(LeadImport.Status.UNDONE, importEndings.awaitNext(importId).status());
            assertEquals(List.of("Fall-Sy STAFF"), undos.kept(importId, 0, 50).stream()
                    .map(person -> person.lastName() + " " + person.reason()).toList());
        }

        assertEquals(List.of("awa@" + domain + " 0 -", "binta@" + domain + " 1 40"),
                strings(attendance, webinar.getId()), "Awa no longer marked present");
        Lead awa = lead(fjord, "awa@" + domain);
        assertEquals(0L, count("select count(*) from lead_event where lead_id = ? and import_id = ?", awa.getId(),
                importId), "nor does her timeline say the import saw her attend");
        assertEquals(1L, count("select count(*) from lead_event where lead_id = ? and import_id = ?",
                lead(fjord, "binta@" + domain).getId(), importId), "Binta's, kept, still does");
        assertEquals(0L, count("select count(*) from lead_import_attendance where import_id = ?", importId));
        assertNull(awa.getPhoneE164(), "the phone the undone list filled is given back: none, as before it");
        assertEquals(List.of(cancelledAt), strings(status, "awa@" + domain),
                "her seat given up again, as it was before the list");
        assertEquals(1L, count("select count(*) from lead_audit where lead_id = ? and field = 'PHONE'"
                + " and new_value is null and actor_id = ?", awa.getId(), recruiter.getId()),
                "and the audit says who gave it back");
    }

    /**
     * A person waiting for a seat at a full webinar under way, whom its report shows present, came after all: the list
     * gives her a seat, as it restores one given up. Undone, she is off the waiting list — as the webinar's end would
     * leave her — neither holding a seat nor waiting again.
     */
    @Test
    void aPersonWaitingWhomTheListShowsPresentIsGivenASeatAndAnUndoLeavesHerOffTheList() throws Exception {
        Tenant fjord = fixtures.newSchoolBoard("attente");
        UserAccount recruiter = fixtures.newAccount(fjord, Role.RECRUITER);
        Event webinar = withOneSeat(fjord, recruiter, event(fjord, recruiter, "Webinaire complet"));
        String domain = "attente" + UUID.randomUUID().toString().substring(0, 6) + ".example";
        register(webinar, "Binta", "Fall", "binta@" + domain, null, "SN");
        assertTrue(publicEvents.register(webinar.getId(), new RegistrationRequest("Awa", "Diop", "awa@" + domain, null,
                "SN", true, false, null, null, null).waitingIfFull(true), UUID.randomUUID().toString(), "10.9.8.6",
                Locale.FRENCH).waiting(), "the webinar is full: Awa waits for a seat");
        String status = "select concat(status, ' ', coalesce(cast(cancelled_at as char), '-'), ' ',"
                + " waitlisted_at is not null) from event_registration where email_normalized = ?";
        assertEquals(List.of("WAITLISTED - 1"), strings(status, "awa@" + domain));

        long importId = importList(fjord, recruiter, webinar, "First Name,Last Name,Email,Duration (Minutes)\n"
                + "Awa,Diop,awa@" + domain + ",30\n");

        assertEquals(List.of("REGISTERED - 0"), strings(status, "awa@" + domain), "she came: the seat is hers");
        assertEquals(List.of("1"), strings("select attended_at is not null from event_registration"
                + " where email_normalized = ?", "awa@" + domain));
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, fjord)) {
            undos.undo(importId);
            assertEquals(LeadImport.Status.UNDONE, importEndings.awaitNext(importId).status());
        }
        String undone = strings(status, "awa@" + domain).get(0);
        assertTrue(undone.startsWith("CANCELLED 20") && undone.endsWith(" 1"),
                "off the waiting list, what she left being a place on it, not a seat: " + undone);
        assertEquals(List.of("0"), strings("select attended_at is not null from event_registration"
                + " where email_normalized = ?", "awa@" + domain), "no longer marked present");
    }

    /**
     * The report of a full webinar under way is imported at the moment a registrant gives up her seat from her link;
     * it shows Bea, the first person waiting, present. The import's chunk locks the event before the seats it writes,
     * as the waiting list's seat-giving locks it, so the two are counted one after the other: here the list first — it
     * is held, its locks taken, until the link waits — and the seat given up then finds Bea in the room, so it goes to
     * nobody: not to Bea a second time, not past the capacity; Cleo still waits, and neither the import nor the person
     * giving up her seat meets an error.
     */
    @Test
    void aListGivingASeatToSomeoneWaitingAsASeatIsGivenUpFromItsLinkSeatsNobodyTwiceNorPastTheCapacity()
            throws Exception {
        Tenant fjord = fixtures.newSchoolBoard("verrou");
        UserAccount recruiter = fixtures.newAccount(fjord, Role.RECRUITER);
        Event webinar = withOneSeat(fjord, recruiter, event(fjord, recruiter, "Webinaire au verrou"));
        String domain = "verrou" + UUID.randomUUID().toString().substring(0, 6) + ".example";
        registerFromItsOwnAddress(webinar, "ana@" + domain);
        long bea = waitFor(webinar, "bea@" + domain);
        waitFor(webinar, "cleo@" + domain);
        String anasLink = linkIn(strings("select body_text from outbox_message where recipient = ?"
                + " and subject like 'Inscription confirmée : %'", "ana@" + domain).get(0));
        String lock = "seats-" + bea;
        String trigger = "hold_" + UUID.randomUUID().toString().substring(0, 8);
        execute("CREATE TRIGGER " + trigger + " BEFORE UPDATE ON event_registration FOR EACH ROW"
                + " IF NEW.id = " + bea + " AND OLD.status = 'WAITLISTED' AND NEW.status = 'REGISTERED' THEN"
                + " SET @held = GET_LOCK('" + lock + "', 60); SET @held = RELEASE_LOCK('" + lock + "'); END IF");
        java.util.concurrent.ExecutorService person = java.util.concurrent.Executors.newSingleThreadExecutor();
        try (Connection holder = database.getConnection()) {
            assertEquals("1", firstOf(holder, "select GET_LOCK('" + lock + "', 10)"));
            java.util.concurrent.Future<ca.tremplin.event.RegistrationCancellations.View> givenUp;
            long importId;
            try {
                importId = startImport(fjord, recruiter, webinar, "First Name,Last Name,Email,Duration (Minutes)\n"
                        + "Bea,Diop,bea@" + domain + ",30\n");
                awaitWaitingOn(holder, lock);
                givenUp = person.submit(() -> TestSessions.onThreadOfItsOwn(recruiter, fjord,
                        () -> cancellations.cancel(anasLink, "10.77.1.9", Locale.FRENCH)));
                // Its statement that locks the event, seen running (the account's own connections are seen without
                // the PROCESS privilege that the lock waits' table asks for): it waits, the list holding the event.
                awaitOne(holder, "select count(*) > 0 from information_schema.processlist where id <> connection_id()"
                        + " and command = 'Query' and info like '%from event %for update%'", "the event the list holds");
            } finally {
                firstOf(holder, "select RELEASE_LOCK('" + lock + "')");
            }
            assertEquals(LeadImport.Status.COMPLETED, importEndings.awaitNext(importId).status());
            assertTrue(givenUp.get(60, java.util.concurrent.TimeUnit.SECONDS).cancelled(),
                    "Ana's seat is given up, without an error");
        } finally {
            person.shutdownNow();
            execute("DROP TRIGGER IF EXISTS " + trigger);
        }

        String seat = "select concat(status, ' ', attended_at is not null) from event_registration"
                + " where email_normalized = ?";
        assertEquals(List.of("REGISTERED 1"), strings(seat, "bea@" + domain), "Bea holds one seat, present");
        assertEquals(List.of("CANCELLED 0"), strings(seat, "ana@" + domain));
        assertEquals(List.of("WAITLISTED 0"), strings(seat, "cleo@" + domain), "no seat was free for Cleo");
        assertEquals(1L, count("select count(*) from event_registration where event_id = ? and status = 'REGISTERED'",
                webinar.getId()), "one seat held, the capacity");
        assertEquals(0L, count("select count(*) from outbox_message where recipient = ? and subject like ?",
                "bea@" + domain, "Inscription confirmée : %"), "the seat given up was not given to Bea as well");
        assertEquals(0L, count("select count(*) from lead_event where kind = 'EVENT_WAITLIST_SEATED' and lead_id ="
                + " (select lead_id from event_registration where email_normalized = ?)", "bea@" + domain));
    }

    /**
     * A webinar of one seat under way: Ana holds it, and its report shows Zed, whom nobody had registered, present — in
     * the room, past the capacity. Bea finds it full and waits; Ana gives up her seat from her link, which frees none,
     * Zed holding one. The list undone, the seat Zed held is free, and goes to Bea, as a seat given up from a link goes
     * to the first person waiting, with its confirmation — not left for whoever registers next.
     */
    @Test
    void theSeatAnUndoneListsRegistrationHeldGoesToTheFirstPersonWaiting() throws Exception {
        OneSeat held = anasSeatUnderWay("rendue", "Webinaire à la place rendue");
        Event webinar = held.webinar();
        String domain = held.domain();
        long importId = importList(held.centre(), held.recruiter(), webinar, "First Name,Last Name,Email,"
                + "Duration (Minutes)\nZed,Ndiaye,zed@" + domain + ",30\n");
        waitFor(webinar, "bea@" + domain);
        cancellations.cancel(confirmationLinkOf("ana@" + domain), "10.77.4.9", Locale.FRENCH);
        String seat = "select status from event_registration where email_normalized = ?";
        assertEquals(List.of("WAITLISTED"), strings(seat, "bea@" + domain), "Zed holds the one seat");

        assertEquals(List.of(), undoneKeeping(held.centre(), held.recruiter(), importId));

        assertEquals(List.of(), strings(seat, "zed@" + domain), "the list's registration is gone");
        assertSeatGivenTo(webinar, "bea@" + domain);
    }

    /**
     * A webinar of one seat under way: Ana's seat was given up by staff, and Bea took it online; the report shows Ana
     * present, and restores her seat — in the room, past the capacity. Cleo finds it full and waits; Bea gives up her
     * seat from her link, which frees none, Ana holding one. The list undone, Ana's seat is given up again, as before
     * the list, and goes to Cleo.
     */
    @Test
    void theSeatAnUndoneListRestoredGoesToTheFirstPersonWaitingOnceGivenUpAgain() throws Exception {
        OneSeat held = anasSeatUnderWay("redonnee", "Webinaire à la place redonnée");
        Event webinar = held.webinar();
        String domain = held.domain();
        try (TenantContext.Scope ignored = TestSessions.signedInAs(held.recruiter(), held.centre())) {
            events.cancelRegistration(count("select id from event_registration where email_normalized = ?",
                    "ana@" + domain));
        }
        registerFromItsOwnAddress(webinar, "bea@" + domain);
        long importId = importList(held.centre(), held.recruiter(), webinar, "First Name,Last Name,Email,"
                + "Duration (Minutes)\nAwa,Diop,ana@" + domain + ",30\n");
        String seat = "select status from event_registration where email_normalized = ?";
        assertEquals(List.of("REGISTERED"), strings(seat, "ana@" + domain), "she came: her seat restored");
        waitFor(webinar, "cleo@" + domain);
        cancellations.cancel(confirmationLinkOf("bea@" + domain), "10.77.4.10", Locale.FRENCH);
        assertEquals(List.of("WAITLISTED"), strings(seat, "cleo@" + domain), "Ana holds the one seat");

        assertEquals(List.of(), undoneKeeping(held.centre(), held.recruiter(), importId));

        assertEquals(List.of("CANCELLED"), strings(seat, "ana@" + domain), "given up again, as before the list");
        assertSeatGivenTo(webinar, "cleo@" + domain);
    }

    /** A webinar of one seat under way, of a centre of its own, and a domain for its people's addresses. */
    private record OneSeat(Tenant centre, UserAccount recruiter, Event webinar, String domain) {
    }

    /** A webinar of one seat under way, which Ana ("ana@" the domain) registered for online and holds. */
    private OneSeat anasSeatUnderWay(String word, String title) {
        Tenant centre = fixtures.newSchoolBoard(word);
        UserAccount recruiter = fixtures.newAccount(centre, Role.RECRUITER);
        OneSeat held = new OneSeat(centre, recruiter, withOneSeat(centre, recruiter, event(centre, recruiter, title)),
                word + UUID.randomUUID().toString().substring(0, 6) + ".example");
        registerFromItsOwnAddress(held.webinar(), "ana@" + held.domain());
        return held;
    }

    /** The token of the link in the one confirmation mailed to {@code email}. */
    private String confirmationLinkOf(String email) throws SQLException {
        return linkIn(strings("select body_text from outbox_message where recipient = ?"
                + " and subject like 'Inscription confirmée : %'", email).get(0));
    }

    /** The webinar's one seat is {@code email}'s, given from the waiting list and confirmed to them. */
    private void assertSeatGivenTo(Event webinar, String email) throws SQLException {
        assertEquals(List.of("REGISTERED"), strings("select status from event_registration where email_normalized = ?",
                email), "the seat freed is theirs");
        assertEquals(1L, count("select count(*) from outbox_message where recipient = ? and subject like ?", email,
                "Inscription confirmée : %"), "told with its confirmation");
        assertEquals(1L, count("select count(*) from lead_event where kind = 'EVENT_WAITLIST_SEATED' and lead_id ="
                + " (select lead_id from event_registration where email_normalized = ?)", email));
        assertEquals(1L, count("select count(*) from event_registration where event_id = ? and status = 'REGISTERED'",
                webinar.getId()), "one seat held, the capacity");
    }

    /** The webinar, its capacity set to one seat by its centre's staff. */
    private Event withOneSeat(Tenant tenant, UserAccount staff, Event webinar) {
        try (TenantContext.Scope ignored = TestSessions.signedInAs(staff, tenant)) {
            Event full = events.find(webinar.getId());
            full.setCapacity(1);
            LocalDateTime start = LocalDateTime.ofInstant(full.getStartsAt(), full.zone());
            return events.save(full, start, start.plusHours(2), "Europe/Paris");
        }
    }

    /** A person who finds the event full and waits for a seat; returns their registration. */
    private long waitFor(Event event, String email) {
        ca.tremplin.event.RegistrationReceipt receipt = publicEvents.register(event.getId(), new RegistrationRequest(
                "Bea", "Diop", email, null, "SN", true, false, null, null, null).waitingIfFull(true),
                UUID.randomUUID().toString(), "10.77.2." + (1 + (UUID.randomUUID().hashCode() & 0x7f)), Locale.FRENCH);
        assertTrue(receipt.waiting(), email + " waits: " + receipt);
        return receipt.registrationId();
    }

    /** The token of the link that gives up the seat, in a mail's text. */
    private static String linkIn(String mail) {
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("/inscription\\.xhtml\\?token=([^&\\s]+)&")
                .matcher(mail);
        assertTrue(link.find(), mail);
        return java.net.URLDecoder.decode(link.group(1), StandardCharsets.UTF_8);
    }

    /**
     * A registrant gave up her seat at a webinar under way, and was sent the file that takes it out of her calendar;
     * its report shows her present: the list gives her seat back, and when she registers again, the confirmation she
     * is sent outranks that cancellation, as one after a seat restored at the door or online does — not the same
     * sequence, which her calendar would keep the cancellation against.
     */
    @Test
    void aSeatAListRestoresIsConfirmedAboveTheCancellationTheRegistrantHoldsWhenSheRegistersAgain() throws Exception {
        GivenUp awa = aSeatGivenUpByStaff("Webinaire du calendrier");
        assertEquals(List.of("CANCELLED 1"), strings(SEAT_AND_SEQUENCE, awa.email()), "the removal's step");

        presentOnTheList(awa);
        assertEquals(List.of("REGISTERED 2"), strings(SEAT_AND_SEQUENCE, awa.email()), "her seat restored, a step");
        registerFromItsOwnAddress(awa.webinar(), awa.email());

        assertEachFileOutranksTheOneBefore(awa.email(), "the confirmation, the removal, the confirmation again");
    }

    /**
     * The list that restored a seat is undone: the seat is given up again, as before the list, and the registrant's
     * sequence moves on as a seat given up moves it, never back; the seat's confirmation when she takes it once more
     * outranks every file she received.
     */
    @Test
    void undoingAListThatRestoredASeatGivesItUpAgainWithTheSequenceMovingOnNeverBack() throws Exception {
        GivenUp awa = aSeatGivenUpByStaff("Webinaire défait");
        long importId = presentOnTheList(awa);
        assertEquals(List.of("REGISTERED 2"), strings(SEAT_AND_SEQUENCE, awa.email()));

        assertEquals(List.of(), undoneKeeping(awa.centre(), awa.recruiter(), importId));
        assertEquals(List.of("CANCELLED 3"), strings(SEAT_AND_SEQUENCE, awa.email()), "given up again, a step on");
        registerFromItsOwnAddress(awa.webinar(), awa.email());

        assertEquals(List.of("REGISTERED 4"), strings(SEAT_AND_SEQUENCE, awa.email()), "restored online: one more");
        assertEachFileOutranksTheOneBefore(awa.email(), "the confirmation, the removal, the seat's confirmation");
    }

    /**
     * A list imported once the webinar is over restores a seat given up, and its undo gives it up again, without a
     * step either time: nothing of an event over is sent to anyone's calendar again, so what they hold stays as it is.
     */
    @Test
    void aListImportedOnceTheEventIsOverRestoresASeatAndIsUndoneWithoutMovingTheSequence() throws Exception {
        GivenUp awa = aSeatGivenUpByStaff("Webinaire terminé");
        // The webinar ended an hour ago.
        execute("update event set starts_at = starts_at - interval 2 hour, ends_at = ends_at - interval 2 hour"
                + " where id = ?", awa.webinar().getId());

        long importId = presentOnTheList(awa);
        assertEquals(List.of("REGISTERED 1"), strings(SEAT_AND_SEQUENCE, awa.email()),
                "her seat restored, her sequence where it was");
        assertEquals(List.of(), undoneKeeping(awa.centre(), awa.recruiter(), importId));
        assertEquals(List.of("CANCELLED 1"), strings(SEAT_AND_SEQUENCE, awa.email()),
                "given up again, her sequence where it was");
    }

    /** Whether a registration holds its seat, and what its calendar files add to the event's sequence. */
    private static final String SEAT_AND_SEQUENCE = "select concat(status, ' ', calendar_sequence_offset)"
            + " from event_registration where email_normalized = ?";

    /** A webinar under way, and a registrant of it whose seat staff gave up for her, she being sent its removal. */
    private record GivenUp(Tenant centre, UserAccount recruiter, Event webinar, String email) {
    }

    private GivenUp aSeatGivenUpByStaff(String title) throws SQLException {
        Tenant fjord = fixtures.newSchoolBoard("sequence");
        UserAccount recruiter = fixtures.newAccount(fjord, Role.RECRUITER);
        Event webinar = event(fjord, recruiter, title);
        String awa = "awa@sequence" + UUID.randomUUID().toString().substring(0, 6) + ".example";
        registerFromItsOwnAddress(webinar, awa);
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, fjord)) {
            events.cancelRegistration(count("select id from event_registration where email_normalized = ?", awa));
        }
        return new GivenUp(fjord, recruiter, webinar, awa);
    }

    /** The webinar's report, which shows her present; returns the import. */
    private long presentOnTheList(GivenUp awa) {
        return importList(awa.centre(), awa.recruiter(), awa.webinar(),
                "First Name,Last Name,Email,Duration (Minutes)\nAwa,Diop," + awa.email() + ",30\n");
    }

    /** A registration from the public page, from an address of its own (no other test's sendings brake it). */
    private void registerFromItsOwnAddress(Event event, String email) {
        publicEvents.register(event.getId(), new RegistrationRequest("Awa", "Diop", email, null, "SN", true, false,
                null, null, null), UUID.randomUUID().toString(), "10.77." + (email.hashCode() & 0xff) + "."
                + (1 + (UUID.randomUUID().hashCode() & 0x7f)), Locale.FRENCH);
    }

    /** The calendar files mailed to {@code email}, three, each with a higher SEQUENCE than the one before. */
    private void assertEachFileOutranksTheOneBefore(String email, String which) {
        List<Integer> sequences = tenancy.acrossAllTenants(() -> em.createQuery("select m from OutboxMessage m"
                        + " where m.recipient = :email order by m.id", ca.tremplin.mail.OutboxMessage.class)
                .setParameter("email", email).getResultList().stream()
                .map(message -> ca.tremplin.testsupport.OutboxFiles.of(em, message)).filter(java.util.Objects::nonNull)
                .map(file -> new String(file.content(), StandardCharsets.UTF_8).replace("\r\n ", ""))
                .map(ics -> {
                    java.util.regex.Matcher found = java.util.regex.Pattern.compile("SEQUENCE:(\\d+)").matcher(ics);
                    assertTrue(found.find(), ics);
                    return Integer.parseInt(found.group(1));
                }).toList());
        assertEquals(3, sequences.size(), which + ": " + sequences);
        assertTrue(sequences.get(0) < sequences.get(1) && sequences.get(1) < sequences.get(2),
                "each file outranks the one before: " + sequences);
    }

    /**
     * A second list adds its minutes to a registration the first one made: undoing the first keeps the person, their
     * registration and both lists' time, and says why; undoing the second then takes back its own minutes only.
     */
    @Test
    void undoingAListKeepsThePeopleAnotherListAddedTimeToAndSaysSo() throws Exception {
        Tenant fjord = fixtures.newSchoolBoard("deuxlistes");
        UserAccount recruiter = fixtures.newAccount(fjord, Role.RECRUITER);
        Event webinar = event(fjord, recruiter, "Webinaire en deux listes");
        String domain = "deuxlistes" + UUID.randomUUID().toString().substring(0, 6) + ".example";
        long first = importList(fjord, recruiter, webinar, "First Name,Last Name,Email,Duration (Minutes)\n"
                + "Awa,Diop,awa@" + domain + ",30\n"
                + "Binta,Fall,binta@" + domain + ",20\n");
        long second = importList(fjord, recruiter, webinar, "First Name,Last Name,Email,Duration (Minutes)\n"
                + "Awa,Diop,awa@" + domain + ",40\n");
        String attendance = "select concat(email_normalized, ' ', attended_at is not null, ' ',"
                + " coalesce(attended_minutes, '-')) from event_registration where event_id = ? order by 1";
        assertEquals(List.of("awa@" + domain + " 1 70", "binta@" + domain + " 1 20"),
                strings(attendance, webinar.getId()));

        List<KeptPerson> kept = undoneKeeping(fjord, recruiter, first);
        assertEquals(List.of("Diop ATTENDANCE"), kept.stream()
                .map(person -> person.lastName() + " " + person.reason()).toList(),
                "Awa kept, for the time the second list added to her registration");
        assertNotNull(kept.get(0).since());
        assertEquals("Attendance or time added by another import on x", ca.tremplin.kernel.Messages.get(
                Locale.ENGLISH, kept.get(0).reasonKey(), "x"));
        assertEquals(List.of("awa@" + domain + " 1 70"), strings(attendance, webinar.getId()),
                "her registration and both lists' minutes stay; Binta, whom nobody touched since, is gone");
        assertEquals(1L, count("select count(*) from `lead` where email_normalized = ?", "awa@" + domain));

        assertEquals(List.of(), undoneKeeping(fjord, recruiter, second));
        assertEquals(List.of("awa@" + domain + " 1 30"), strings(attendance, webinar.getId()),
                "the second list's minutes given back, the first one's presence and time kept with her");
    }

    /**
     * A person whose attendance a list added was merged into another record since: the undo reads the registration
     * where the merge moved it, sees the merge, and keeps the person as they are — never "not attended" beside a
     * timeline that says they attended.
     */
    @Test
    void undoingTheAttendanceOfAPersonMergedSinceReadsTheRecordThatStays() throws Exception {
        Tenant fjord = fixtures.newSchoolBoard("presfusion");
        UserAccount recruiter = fixtures.newAccount(fjord, Role.RECRUITER);
        Event earlier = event(fjord, recruiter, "Salon de Thiès");
        Event webinar = event(fjord, recruiter, "Webinaire avant fusion");
        String domain = "presfusion" + UUID.randomUUID().toString().substring(0, 6) + ".example";
        register(webinar, "Awa", "Diop", "awa@" + domain, null, "SN");
        register(earlier, "Awa", "Diop", "awa.diop@" + domain, null, "SN");
        long importId = importList(fjord, recruiter, webinar, "First Name,Last Name,Email,Duration (Minutes)\n"
                + "Awa,Diop,awa@" + domain + ",30\n");
        Lead registered = lead(fjord, "awa@" + domain);
        Lead stays = lead(fjord, "awa.diop@" + domain);
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, fjord)) {
            leads.merge(stays.getId(), registered.getId());
        }
        String attendance = "select concat(lead_id, ' ', attended_at is not null, ' ', coalesce(attended_minutes, '-'))"
                + " from event_registration where event_id = ?";
        assertEquals(List.of(stays.getId() + " 1 30"), strings(attendance, webinar.getId()),
                "the registration moved to the record that stays");

        assertEquals(List.of(stays.getId() + " MERGE"), undoneKeeping(fjord, recruiter, importId).stream()
                .map(person -> person.leadId() + " " + person.reason()).toList(),
                "the person the registration belongs to now, kept for the merge");
        assertEquals(List.of(stays.getId() + " 1 30"), strings(attendance, webinar.getId()),
                "still present, with her time");
        assertEquals(1L, count("select count(*) from lead_event where lead_id = ? and import_id = ?"
                + " and kind = 'EVENT_ATTENDED'", stays.getId(), importId), "as her timeline says");
    }

    @Test
    void anUndoRunsInPartsSideBySideAndEachPartResumesFromItsOwnCheckpoint() throws Exception {
        Tenant fjord = fixtures.newSchoolBoard("parts");
        UserAccount recruiter = fixtures.newAccount(fjord, Role.RECRUITER);
        Event webinar = event(fjord, recruiter, "Webinaire en trois parties");
        String domain = "parts" + UUID.randomUUID().toString().substring(0, 6) + ".example";
        StringBuilder list = new StringBuilder("First Name,Last Name,Email\n");
        for (int person = 1; person <= 12; person++) {
            list.append("Personne,Numero").append(person).append(",p").append(person).append('@').append(domain)
                    .append('\n');
        }
        long importId = importList(fjord, recruiter, webinar, list.toString());
        correctLastName(fjord, recruiter, "p12@" + domain, "Douze");
        assertTrue(tenancy.asTenant(fjord.getId(), () -> undoStates.begin(importId, recruiter.getId(),
                Instant.now())));

        // An earlier execution split the twelve registrations into three parts, undid the first slice of the first
        // part, and stopped.
        assertEquals(List.of(0, 1, 2), slices.planParts(importId, fjord.getId(), -1, 3, 2));
        assertEquals(List.of("4", "4", "4"), strings("select count(*) from lead_import_undo_part p"
                + " join event_registration r on r.import_id = p.import_id and r.id between p.first_registration_id"
                + " and p.last_registration_id where p.import_id = ? group by p.part order by p.part", importId),
                "three parts of four registrations each");
        assertEquals(2, slices.undoNext(importId, fjord.getId(), 0, recruiter.getId(), Instant.now(), 2));
        assertEquals(10L, count("select count(*) from event_registration where import_id = ?", importId));

        Properties parameters = new Properties();
        parameters.setProperty("importId", String.valueOf(importId));
        parameters.setProperty("tenantId", String.valueOf(fjord.getId()));
        parameters.setProperty("actorId", String.valueOf(recruiter.getId()));
        parameters.setProperty("parts", "5");
        parameters.setProperty("perSlice", "2");
        BatchRuntime.getJobOperator().start(ImportUndo.JOB, parameters);
        assertEquals(LeadImport.Status.UNDONE, importEndings.awaitNext(importId).status());

        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, fjord)) {
            UndoProgress undone = undos.progress(importId);
            assertEquals(List.of(12, 12, 1), List.of(undone.total(), undone.done(), undone.kept()),
                    "every registration dealt with once, across the parts and the two executions");
            assertEquals(List.of("Douze STAFF"), undos.kept(importId, 0, 50).stream()
                    .map(person -> person.lastName() + " " + person.reason()).toList());
        }
        assertEquals(3L, count("select count(*) from lead_import_undo_part where import_id = ?", importId),
                "the new execution went on with the parts planned by the first, not five new ones");
        assertEquals(List.of("p12@" + domain), strings("select email_normalized from `lead` where import_id = ?",
                importId), "only the person touched since is left");
        assertEquals(1L, count("select count(*) from event_registration where import_id = ?", importId));
    }

    /**
     * An undo's slice frees the seats of the list's registrations: it takes the event's lock before it deletes them,
     * as a registration online, a seat given up and the waiting list's seat-giving take it before they count the
     * seats, so that they count them before or after the slice, never while it frees them. Here a change of seats
     * holds the event: the slice waits for it, deleting nothing meanwhile, and goes on once it is over.
     */
    @Test
    void anUndosSliceWaitsForTheEventAChangeOfSeatsHolds() throws Exception {
        Tenant fjord = fixtures.newSchoolBoard("sieges");
        UserAccount recruiter = fixtures.newAccount(fjord, Role.RECRUITER);
        Event webinar = event(fjord, recruiter, "Webinaire aux places comptées");
        String domain = "sieges" + UUID.randomUUID().toString().substring(0, 6) + ".example";
        long importId = importList(fjord, recruiter, webinar, "First Name,Last Name,Email\n"
                + "Ana,Lima,ana@" + domain + "\nLuis,Rocha,luis@" + domain + "\n");
        assertTrue(tenancy.asTenant(fjord.getId(), () -> undoStates.begin(importId, recruiter.getId(),
                Instant.now())));
        assertEquals(List.of(0), slices.planParts(importId, fjord.getId(), -1, 2, 2));
        java.util.concurrent.ExecutorService undo = java.util.concurrent.Executors.newSingleThreadExecutor();
        try (Connection seats = database.getConnection()) {
            seats.setAutoCommit(false);
            try (PreparedStatement lock = seats.prepareStatement("select id from event where id = ? for update")) {
                lock.setLong(1, webinar.getId());
                lock.executeQuery().close();
            }
            java.util.concurrent.Future<Integer> slice = undo.submit(() -> TestSessions.onThreadOfItsOwn(recruiter,
                    fjord, () -> slices.undoNext(importId, fjord.getId(), 0, recruiter.getId(), Instant.now(), 2)));
            awaitOne(seats, "select count(*) > 0 from information_schema.processlist where id <> connection_id()"
                    + " and command = 'Query' and info like '%from event %lock in share mode%'",
                    "the event the change of seats holds");
            assertEquals(2L, count("select count(*) from event_registration where import_id = ?", importId),
                    "nothing freed while the seats are being counted");
            seats.commit();

            assertEquals(2, slice.get(60, java.util.concurrent.TimeUnit.SECONDS));
        } finally {
            undo.shutdownNow();
        }
        assertEquals(0L, count("select count(*) from event_registration where import_id = ?", importId));
    }

    /**
     * Several servers: a server whose undo was taken over while it paused (its heartbeat went stale and another
     * claimed the import) commits no more slices; the new owner's slices go on from the same checkpoint.
     */
    @Test
    void aServerWhoseUndoWasTakenOverCommitsNoMoreSlices() throws Exception {
        Tenant fjord = fixtures.newSchoolBoard("fence");
        UserAccount recruiter = fixtures.newAccount(fjord, Role.RECRUITER);
        Event webinar = event(fjord, recruiter, "Webinaire repris");
        String domain = "fence" + UUID.randomUUID().toString().substring(0, 6) + ".example";
        long importId = importList(fjord, recruiter, webinar, "First Name,Last Name,Email\nAna,Lima,ana@" + domain
                + "\nBruno,Costa,bruno@" + domain + "\nCelia,Diop,celia@" + domain + "\n");
        assertTrue(tenancy.asTenant(fjord.getId(), () -> undoStates.begin(importId, recruiter.getId(),
                Instant.now())));
        assertEquals(List.of(0), slices.planParts(importId, fjord.getId(), -1, 1, 2));

        execute("update lead_import set owner_node = 'node-b' where id = ?", importId);
        assertThrows(IllegalStateException.class, () -> slices.undoNext(importId, fjord.getId(), 0,
                recruiter.getId(), Instant.now(), 2));
        assertEquals(3L, count("select count(*) from event_registration where import_id = ?", importId),
                "the slice was rolled back whole");
        assertEquals(3L, count("select count(*) from `lead` where import_id = ?", importId));
        assertEquals(List.of("0", "0"), strings("select undo_done from lead_import where id = ? union all"
                + " select undo_cursor from lead_import_undo_part where import_id = ?", importId, importId));
        assertThrows(IllegalStateException.class, () -> slices.planParts(importId, fjord.getId(), -2, 1, 2),
                "nor may it start the undo again");

        // Taken back (as node-b fell silent in turn): the slices go on from the checkpoint, each row undone once.
        execute("update lead_import set owner_node = ? where id = ?", ca.tremplin.kernel.ClusterNode.name(),
                importId);
        assertEquals(2, slices.undoNext(importId, fjord.getId(), 0, recruiter.getId(), Instant.now(), 2));
        assertEquals(1, slices.undoNext(importId, fjord.getId(), 0, recruiter.getId(), Instant.now(), 2));
        assertEquals(0, slices.undoNext(importId, fjord.getId(), 0, recruiter.getId(), Instant.now(), 2));
        assertEquals(0L, count("select count(*) from `lead` where import_id = ?", importId));
        assertEquals(List.of("3"), strings("select undo_done from lead_import where id = ?", importId));
        assertTrue(tenancy.asTenant(fjord.getId(), () -> undoStates.finish(importId, Instant.now())));
    }

    @Test
    void theUploadedFileIsDeletedOnceTheImportCompletesAndTheSweepDeletesOldFilesButThoseOfRunningImports()
            throws Exception {
        Tenant fjord = fixtures.newSchoolBoard("fjord");
        UserAccount recruiter = fixtures.newAccount(fjord, Role.RECRUITER);
        Event webinar = event(fjord, recruiter, "Webinaire fichiers");
        long importId = importList(fjord, recruiter, webinar, "First Name,Last Name,Email\nAna,Lima,ana."
                + UUID.randomUUID().toString().substring(0, 6) + "@fichiers.example\n");
        LeadImport done = tenancy.asTenant(fjord.getId(), () -> em.find(LeadImport.class, importId));
        assertFalse(files.isKept(done), "deleted once the import completed");
        assertEquals(1L, count("select count(*) from lead_import where id = ? and file_deleted_at is not null",
                importId));

        Path old = files.newFile();
        Files.writeString(old, "Email\nold@fichiers.example\n");
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(8, ChronoUnit.DAYS)));
        Path running = files.newFile();
        Files.writeString(running, "Email\nrunning@fichiers.example\n");
        Files.setLastModifiedTime(running, FileTime.from(Instant.now().minus(8, ChronoUnit.DAYS)));
        Path recent = files.newFile();
        Files.writeString(recent, "Email\nrecent@fichiers.example\n");
        execute("update lead_import set status = 'RUNNING', file_path = ? where id = ?", files.nameOf(running),
                importId);
        try {
            retention.sweep();
        } finally {
            execute("update lead_import set status = 'COMPLETED' where id = ?", importId);
        }

        assertFalse(Files.exists(old), "older than TREMPLIN_IMPORT_FILE_DAYS (7 by default)");
        assertTrue(Files.exists(running), "a running import still reads its file");
        assertTrue(Files.exists(recent));
        files.delete(running);
        files.delete(recent);
    }

    private long importList(Tenant tenant, UserAccount staff, Event event, String csv) {
        return importList(tenant, staff, event, csv, -1);
    }

    /** Imports the list with the guessed mapping (and the consent column, when given); waits for its end. */
    private long importList(Tenant tenant, UserAccount staff, Event event, String csv, int consentColumn) {
        long importId = startImport(tenant, staff, event, csv, consentColumn);
        assertEquals(LeadImport.Status.COMPLETED, importEndings.awaitNext(importId).status());
        return importId;
    }

    private long startImport(Tenant tenant, UserAccount staff, Event event, String csv) {
        return startImport(tenant, staff, event, csv, -1);
    }

    /** Starts importing the list with the guessed mapping (and the consent column, when given); returns the import. */
    private long startImport(Tenant tenant, UserAccount staff, Event event, String csv, int consentColumn) {
        try (TenantContext.Scope ignored = TestSessions.signedInAs(staff, tenant)) {
            LeadImport upload = imports.upload(event.getId(), "liste.csv", csv.getBytes(StandardCharsets.UTF_8));
            ColumnMapping mapping = imports.progress(upload.getId()).mapping();
            if (consentColumn >= 0) {
                mapping.set(ImportField.CONSENT_CONTACT, consentColumn);
            }
            imports.start(upload.getId(), mapping, null);
            return upload.getId();
        }
    }

    /** Undoes the import to its end, as the member of staff; the people it kept, by name. */
    private List<KeptPerson> undoneKeeping(Tenant tenant, UserAccount staff, long importId) {
        try (TenantContext.Scope ignored = TestSessions.signedInAs(staff, tenant)) {
            undos.undo(importId);
            assertEquals(LeadImport.Status.UNDONE, importEndings.awaitNext(importId).status());
            return undos.kept(importId, 0, 50);
        }
    }

    private void register(Event event, String first, String last, String email, String phone, String country) {
        publicEvents.register(event.getId(), new RegistrationRequest(first, last, email, phone, country, true, false,
                null, null, null), UUID.randomUUID().toString(), "10.9.8.7", Locale.FRENCH);
    }

    private void correctLastName(Tenant tenant, UserAccount staff, String email, String lastName) {
        try (TenantContext.Scope ignored = TestSessions.signedInAs(staff, tenant)) {
            Lead lead = lead(tenant, email);
            Map<LeadField, String> original = new EnumMap<>(LeadField.class);
            for (LeadField field : LeadField.values()) {
                original.put(field, field.of(lead));
            }
            Map<LeadField, String> edited = new EnumMap<>(original);
            edited.put(LeadField.LAST_NAME, lastName);
            leads.updateDetails(lead.getId(), lead.getVersion(), original, edited);
        }
    }

    private Lead lead(Tenant tenant, String email) {
        return tenancy.asTenant(tenant.getId(), () -> em.createQuery(
                        "select l from Lead l where l.emailNormalized = :email", Lead.class)
                .setParameter("email", email).getSingleResult());
    }

    private Event event(Tenant tenant, UserAccount staff, String title) {
        try (TenantContext.Scope ignored = TestSessions.signedInAs(staff, tenant)) {
            Event event = new Event();
            event.setType(EventType.WEBINAR);
            event.setVirtual(true);
            event.setOnlineUrl("https://meet.example.org/" + UUID.randomUUID());
            event.setTitleFr(title);
            // Under way: begun an hour ago (who attended can be known), still taking registrations for another.
            LocalDateTime start = LocalDateTime.now(PARIS).minusHours(1).withSecond(0).withNano(0);
            Event saved = events.save(event, start, start.plusHours(2), "Europe/Paris");
            return events.publish(saved.getId(), saved.getVersion());
        }
    }

    private long count(String sql, Object... parameters) throws SQLException {
        return Long.parseLong(strings(sql, parameters).get(0));
    }

    private List<String> strings(String sql, Object... parameters) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            List<String> values = new java.util.ArrayList<>();
            try (ResultSet found = query.executeQuery()) {
                while (found.next()) {
                    values.add(found.getString(1));
                }
            }
            return values;
        }
    }

    private void execute(String sql, Object... parameters) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }
}
