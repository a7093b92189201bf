package ca.tremplin.leadimport;

import ca.tremplin.event.EventRegistration;
import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.kernel.Languages;
import ca.tremplin.kernel.Messages;
import ca.tremplin.kernel.NotFoundException;
import ca.tremplin.person.ConsentPurpose;
import ca.tremplin.person.ConsentRegister;
import ca.tremplin.person.ConsentStandings;
import ca.tremplin.person.ConsentRecord;
import ca.tremplin.person.ConsentTexts;
import ca.tremplin.person.ContactDetails;
import ca.tremplin.person.LeadEventKind;
import ca.tremplin.tenant.TenantContext;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Registers a chunk of an imported list for an event by the rules of registrations ({@code EventRegistrar}) and
 * leads ({@code LeadRegistry}) — the same key written once, a person already registered keeps their place (their attendance added if the list
 * says they came), a person joins their lead by e-mail (a merged lead lives on in the one it was merged into) or,
 * with another e-mail, by name and phone, else becomes a lead; a joined lead is not rewritten by the list, which only
 * fills what it lacks and proposes what differs ({@link JoinedLeadDetails}); the
 * registration with the list as its source, the timeline lines, and only the consents the list proves — but
 * with a fixed handful of statements per chunk instead of a dozen per row: one query per kind of lookup for all
 * the chunk's people, then multi-row inserts, in the chunk's JTA transaction (the datasource's connection is
 * enlisted in it), so the rows, the counts and the checkpoint still commit or roll back together.
 *
 * <p>Every lead, registration and timeline line the import writes carries its id ({@code import_id}), a lead only
 * when the import created it, so that {@link ImportUndo} can find and remove them.
 *
 * <p>Plain JDBC goes around Hibernate's tenant filter, so this class keeps tenancy itself: it writes only for the
 * tenant the batch step is bound to ({@link TenantContext#enterBatchStep}), puts that tenant on every row it
 * inserts and in every lookup, and refuses to run without one.
 *
 * <p>Seats are changed as everywhere else: a chunk that writes any locks the event, then the registrations it changes,
 * before its first write, and holds them until it commits ({@code Chunk.lockSeats}).
 */
@ApplicationScoped
public class ImportedRegistrations {

    private static final List<String> LEAD_COLUMNS = List.of("tenant_id", "email_normalized", "email",
            "first_name", "last_name", "phone_e164", "country_of_residence", "citizenship", "language",
            "first_inquiry_at", "last_inquiry_at", "stage", "stage_since", "version", "import_id");
    /** A new lead's entry into NEW in its stage history (person.StageChange.created). */
    private static final List<String> STAGE_COLUMNS = List.of("tenant_id", "lead_id", "to_stage", "to_stage_rank",
            "changed_at", "origin");
    /** The new lead's row of the funnel reports' summary (person.LeadFunnels.created): new, standing at NEW. */
    private static final List<String> FUNNEL_COLUMNS = List.of("tenant_id", "first_known_at", "lead_id", "merged",
            "new_at", "standing_stage", "standing_since", "standing_change_id");
    private static final List<String> REGISTRATION_COLUMNS = List.of("tenant_id", "event_id", "lead_id",
            "idempotency_key", "channel", "first_name", "last_name", "email", "email_normalized", "phone_e164",
            "country_of_residence", "language", "note", "status", "registered_at", "attended_at", "version",
            "import_id", "attended_minutes");
    private static final List<String> CONSENT_COLUMNS = List.of("event_registration_id", "email_normalized",
            "purpose", "granted", "text_version", "text_shown", "language", "given_at", "source");
    private static final List<String> TIMELINE_COLUMNS = List.of("tenant_id", "lead_id", "kind", "actor_id",
            "detail", "occurred_at", "import_id");
    private static final List<String> FAILURE_COLUMNS = List.of("import_id", "line_number", "kind", "reason",
            "raw_row");

    @Resource(lookup = "java:jboss/datasources/TremplinDS")
    DataSource database;

    @Inject
    ConsentRegister consentRegister;

    @Inject
    ca.tremplin.person.MailingConsents mailingConsents;

    /**
     * One row of the list: read as a person, or failed with its reasons; {@code raw} is its line as the report keeps
     * it, already shortened to fit ({@link FailedRowsFile#keptLine}).
     */
    public record ImportedRow(long line, ImportedPerson person, String raw) {
    }

    /** What the chunk did, for the import's counts. */
    public record ChunkCounts(int created, int merged, int skipped, int failed) {
    }

    /**
     * Writes the chunk, its counts and the checkpoint (the rows read so far) of the import, in the caller's
     * transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ChunkCounts write(long importId, long eventId, List<ImportedRow> rows, Long actorId, Instant now) {
        long tenantId = TenantContext.currentTenantId();
        if (tenantId <= 0) {
            throw new IllegalStateException("An import writes for one tenant; this thread stands for none");
        }
        try (Connection connection = database.getConnection()) {
            ChunkCounts counts = new Chunk(connection, consentRegister, mailingConsents, tenantId, importId, eventId,
                    actorId, now).write(rows);
            try (PreparedStatement update = connection.prepareStatement("update lead_import set"
                    + " rows_read = rows_read + ?, created_count = created_count + ?, merged_count = merged_count + ?,"
                    + " skipped_count = skipped_count + ?, failed_count = failed_count + ?, heartbeat_at = now(3)"
                    // Only the server that owns the import writes its chunks: one that was taken over while it
                    // paused finds no row here and rolls its chunk back (ImportOwnership).
                    + " where id = ? and tenant_id = ? and (owner_node is null or owner_node = ?)")) {
                int i = 1;
                update.setInt(i++, rows.size());
                update.setInt(i++, counts.created());
                update.setInt(i++, counts.merged());
                update.setInt(i++, counts.skipped());
                update.setInt(i++, counts.failed());
                update.setLong(i++, importId);
                update.setLong(i++, tenantId);
                update.setString(i, ca.tremplin.kernel.ClusterNode.name());
                if (update.executeUpdate() != 1) {
                    throw new NotFoundException("import " + importId);
                }
            }
            return counts;
        } catch (SQLException failed) {
            throw new IllegalStateException("Import " + importId + ": " + failed.getMessage(), failed);
        }
    }

    /** A lead of the centre as this chunk sees it; {@code id} is known once inserted. */
    private static final class LeadRef {
        long id;
        final ContactDetails created;

        LeadRef(long id) {
            this.id = id;
            this.created = null;
        }

        LeadRef(ContactDetails created) {
            this.created = created;
        }
    }

    /** A registration of the event: already there (id known) or to insert. */
    private static final class RegistrationRef {
        long id;
        final LeadRef lead;
        boolean attended;
        final ImportedRow row;
        /** The minutes this chunk's rows add to the registration's time (several rows of one person add up). */
        int minutes;

        /** A registration this import did not make: what the import adds to it is recorded, for an undo. */
        boolean madeBefore;
        boolean markedPresent;
        /** The list says yes for a person whose own no stands: that yes is not recorded. */
        boolean yesHeldBack;

        RegistrationRef(long id, LeadRef lead, boolean attended, boolean madeBefore) {
            this.id = id;
            this.lead = lead;
            this.attended = attended;
            this.row = null;
            this.madeBefore = madeBefore;
        }

        RegistrationRef(LeadRef lead, boolean attended, ImportedRow row) {
            this.lead = lead;
            this.attended = attended;
            this.row = row;
        }

        void add(ImportedPerson read) {
            if (read.attended() && read.minutes() != null) {
                minutes += read.minutes();
            }
        }
    }

    private record TimelineLine(LeadRef lead, LeadEventKind kind, String detail) {
    }

    /** A row's person joining a lead, whose id is known once the chunk's new leads are inserted. */
    private record Join(LeadRef lead, ContactDetails person) {
    }

    /** The lookups and writes of one chunk. */
    private static final class Chunk {
        private final Connection connection;
        private final ConsentRegister consentRegister;
        private final ca.tremplin.person.MailingConsents mailingConsents;
        private final long tenantId;
        private final long importId;
        private final long eventId;
        private final Long actorId;
        private final Instant now;
        private String eventTitle;
        /**
         * What a seat the list restores adds to the person's calendar sequence, read with the event: the rule of a seat
         * restored at the door or online ({@link EventRegistration#CALENDAR_STEP_SQL}).
         */
        private int calendarStep;
        /**
         * When those the list says attended were there: the event's start (the list is read after it), not the
         * moment of the import; null while the event has not begun, whose attendance cannot be known.
         */
        private Instant attendedAt;
        /**
         * When the list's answers on consent were given: by the event's start at the latest (people answer when they
         * register), or now for a list of an event to come. Dated at the import, a "yes" from a fair weeks ago
         * would outweigh a withdrawal the person made since, the register's latest word being the one said last.
         */
        private Instant consentsGivenAt;
        /**
         * When the list's people registered, unless a row says it ({@link #registeredAt(ImportedPerson)}): by the
         * event's start at the latest, as they gave their answers, and as those who came are present from it — a list
         * read once the event began says who took part, not when they registered —, or now for a list of an event to
         * come. Dated at the import, days after the event, they would be left out of the reports "as of" its days while
         * counted there as having come.
         */
        private Instant registeredAt;
        /** Where the event is held, whose clock a registration time written without its offset is read on. */
        private java.time.ZoneId eventZone;
        private Instant endsAt;

        private final Set<String> keysTaken = new HashSet<>();
        private final Map<String, RegistrationRef> registrationByEmail = new HashMap<>();
        private final Map<Long, RegistrationRef> registrationByLead = new HashMap<>();
        private final Map<String, LeadRef> leadByEmail = new HashMap<>();
        private final Map<Long, LeadRef> leadByNameAndPhone = new HashMap<>();
        private final List<LeadRef> newLeads = new ArrayList<>();
        private final Map<String, LeadRef> newLeadByNameAndPhone = new HashMap<>();
        /**
         * The rows that join a lead rather than create it, in the file's order: a lead the centre knew, or one a
         * row higher in the list created (the same person again, maybe with another phone). What such a row says
         * that the lead does not is filled or proposed to staff ({@link JoinedLeadDetails}), never lost with it.
         */
        private final List<Join> joins = new ArrayList<>();
        private final List<RegistrationRef> newRegistrations = new ArrayList<>();
        /**
         * The registration of each lead a row of this chunk created (its id is known only once inserted): a later row
         * reaching that lead by name and phone, under another address or none, counts there.
         */
        private final Map<LeadRef, RegistrationRef> registrationOfNewLead = new HashMap<>();
        private final List<RegistrationRef> nowAttended = new ArrayList<>();
        /** Registrations made before this chunk to which its rows add attendance time. */
        private final Set<RegistrationRef> withMoreTime = new LinkedHashSet<>();
        /**
         * Registrations made before the import whose person a row joined without adding attendance (a list of
         * registrations giving another phone): recorded like attendance, so that an undo finds the values the list
         * filled or proposed on that person and the timeline lines it wrote, although it registered no one.
         */
        private final Set<RegistrationRef> touchedBefore = new LinkedHashSet<>();
        private final List<TimelineLine> timeline = new ArrayList<>();
        private final List<Object[]> failures = new ArrayList<>();

        Chunk(Connection connection, ConsentRegister consentRegister, ca.tremplin.person.MailingConsents mailingConsents,
              long tenantId, long importId, long eventId, Long actorId, Instant now) {
            this.connection = connection;
            this.consentRegister = consentRegister;
            this.mailingConsents = mailingConsents;
            this.tenantId = tenantId;
            this.importId = importId;
            this.eventId = eventId;
            this.actorId = actorId;
            this.now = now;
        }

        ChunkCounts write(List<ImportedRow> listed) throws SQLException {
            readEvent();
            List<ImportedRow> rows = withEmailsOfKnownPeople(listed);
            // A person known by name and phone only (no lead of the centre has them) becomes a lead without e-mail.
            List<ImportedRow> valid = rows.stream().filter(row -> row.person().isValid()).toList();
            findTakenKeys(valid);
            findRegistrations(valid);
            findLeadsByEmail(valid);
            findLeadsByNameAndPhone(valid);
            int created = 0;
            int merged = 0;
            int skipped = 0;
            int failed = 0;
            for (ImportedRow row : rows) {
                ImportedPerson read = row.person();
                if (read.isSkipped()) {
                    failures.add(new Object[] {importId, row.line(), "SKIPPED", cut(read.skipped(), 1000), row.raw()});
                    skipped++;
                } else if (!read.isValid()) {
                    failures.add(new Object[] {importId, row.line(), "FAILED", cut(read.problems(), 1000), row.raw()});
                    failed++;
                } else if (read.hasWarnings()) {
                    failures.add(new Object[] {importId, row.line(), "WARNING", cut(read.warnings(), 1000), row.raw()});
                }
            }
            findRegistrationsOfLeads();
            for (ImportedRow row : valid) {
                switch (register(row)) {
                    case CREATED -> created++;
                    case MERGED -> merged++;
                    case SKIPPED -> skipped++;
                }
            }
            warnOfRefusalsOverConsent();
            holdBackYesOverOwnNo();
            store();
            return new ChunkCounts(created, merged, skipped, failed);
        }

        private enum Outcome { CREATED, MERGED, SKIPPED }

        private Outcome register(ImportedRow row) {
            ContactDetails person = row.person().person();
            boolean attended = row.person().attended() && attendedAt != null;
            if (!keysTaken.add(key(row))) {
                return Outcome.SKIPPED;
            }
            RegistrationRef earlier = person.emailNormalized() == null ? null
                    : registrationByEmail.get(person.emailNormalized());
            if (earlier != null) {
                // Registered before this list (by the form, a capture, another import), or by a row higher in it.
                return joinRegistration(earlier, row, attended);
            }
            LeadRef lead = person.emailNormalized() == null ? null : leadByEmail.get(person.emailNormalized());
            boolean createdNow = false;
            if (lead == null && person.phoneE164() != null) {
                lead = leadByNameAndPhone.get(row.line());
                if (lead == null) {
                    lead = newLeadByNameAndPhone.get(nameAndPhone(person));
                }
            }
            if (lead == null) {
                lead = new LeadRef(person);
                newLeads.add(lead);
                if (person.emailNormalized() != null) {
                    leadByEmail.put(person.emailNormalized(), lead);
                }
                if (person.phoneE164() != null) {
                    newLeadByNameAndPhone.putIfAbsent(nameAndPhone(person), lead);
                }
                createdNow = true;
            }
            // The person's lead is registered already, under another address or none: after a merge, after staff
            // corrected the address, or reached by name and phone; or a row higher in the list created the lead and
            // registered it. The row counts there as it would under the registration's own address.
            RegistrationRef registered = createdNow ? null
                    : lead.created != null ? registrationOfNewLead.get(lead) : registrationByLead.get(lead.id);
            if (registered != null) {
                return joinRegistration(registered, row, attended);
            }
            RegistrationRef registration = new RegistrationRef(lead, attended, row);
            registration.add(row.person());
            newRegistrations.add(registration);
            if (createdNow) {
                registrationOfNewLead.put(lead, registration);
            } else {
                // A lead the centre knew: what the row says that it does not is filled or proposed.
                registrationByLead.put(lead.id, registration);
                joins.add(new Join(lead, person));
            }
            if (person.emailNormalized() != null) {
                registrationByEmail.put(person.emailNormalized(), registration);
            }
            timeline.add(new TimelineLine(lead, LeadEventKind.EVENT_REGISTERED,
                    "#" + eventId + " " + eventTitle + " (IMPORT)"));
            if (attended) {
                timeline.add(new TimelineLine(lead, LeadEventKind.EVENT_ATTENDED, "#" + eventId + " " + eventTitle));
            }
            return createdNow ? Outcome.CREATED : Outcome.MERGED;
        }

        /**
         * A row of a person whose registration this chunk knows (made before the import, or by a row higher in the
         * list): their place is kept, the row's minutes are added to its time, its attendance marks them present (a
         * seat they had given up is restored) with its line on the timeline, and what the row says that their lead
         * does not (another phone, another address) is proposed to staff rather than lost with the row.
         */
        private Outcome joinRegistration(RegistrationRef registration, ImportedRow row, boolean attended) {
            registration.add(row.person());
            joins.add(new Join(registration.lead, row.person().person()));
            if (registration.madeBefore && registration.lead.id > 0) {
                touchedBefore.add(registration);
            }
            if (registration.row == null && registration.minutes > 0) {
                withMoreTime.add(registration);
            }
            if (attended && !registration.attended) {
                registration.attended = true;
                if (registration.row == null) {
                    registration.markedPresent = true;
                    nowAttended.add(registration);
                }
                timeline.add(new TimelineLine(registration.lead, LeadEventKind.EVENT_ATTENDED,
                        "#" + eventId + " " + eventTitle));
            }
            return Outcome.SKIPPED;
        }

        /**
         * A list's "no" to being contacted, from a person who had agreed to be contacted and not withdrawn since, is
         * recorded with their registration as the list's answer but takes nothing back: a list is not trusted to
         * rewrite what the centre holds, and only a withdrawal ends a consent ({@link ConsentStandings}). Staff are
         * told on the row, so that they record the withdrawal if the person meant one.
         */
        private void warnOfRefusalsOverConsent() throws SQLException {
            Map<Long, ImportedRow> refusing = new LinkedHashMap<>();
            for (RegistrationRef registration : newRegistrations) {
                if (registration.lead.created == null && Boolean.FALSE.equals(registration.row.person().granted()
                        .get(ConsentPurpose.CONTACT))) {
                    refusing.put(registration.lead.id, registration.row);
                }
            }
            if (refusing.isEmpty()) {
                return;
            }
            Locale language = null;
            for (Map.Entry<Long, List<ca.tremplin.person.ConsentEntry>> register
                    : consentRegister.contactLines(refusing.keySet()).entrySet()) {
                if (ConsentStandings.contactAgreed(register.getValue())) {
                    language = language == null ? staffLanguage() : language;
                    warn(refusing.get(register.getKey()),
                            Messages.get(language, "import.labelled",
                                    Messages.get(language, "import.field." + ImportField.CONSENT_CONTACT.name()),
                                    Messages.get(language, "import.warning.refusalOverConsent")));
                }
            }
        }

        /**
         * A list's "yes" (to being contacted, to news) for a person who said no themselves — withdrew a consent, refused,
         * or unsubscribed from the centre's bulk e-mail, and has not said yes since — is not recorded: dated by its
         * event or the import, it would read as the person's latest word, and an old list imported again would reopen
         * mail to someone who said stop. The person's standing is kept as it is; the row is imported, and its warning
         * names the no and the day it was said, so that staff know why the list's "yes" was not applied. A refusal the
         * list gives is recorded still: it reopens nothing.
         */
        private void holdBackYesOverOwnNo() throws SQLException {
            Map<Long, RegistrationRef> sayingYes = new LinkedHashMap<>();
            for (RegistrationRef registration : newRegistrations) {
                if (registration.lead.created == null
                        && registration.row.person().granted().containsValue(Boolean.TRUE)) {
                    sayingYes.put(registration.lead.id, registration);
                }
            }
            if (sayingYes.isEmpty()) {
                return;
            }
            Locale language = null;
            for (Map.Entry<Long, ca.tremplin.person.EmailContact> no
                    : mailingConsents.ownNoBeforeListYes(sayingYes.keySet()).entrySet()) {
                RegistrationRef registration = sayingYes.get(no.getKey());
                registration.yesHeldBack = true;
                language = language == null ? staffLanguage() : language;
                List<String> fields = new ArrayList<>();
                for (Map.Entry<ConsentPurpose, Boolean> said : registration.row.person().granted().entrySet()) {
                    if (said.getValue()) {
                        fields.add(Messages.get(language, "import.field." + (said.getKey() == ConsentPurpose.NEWS
                                ? ImportField.CONSENT_NEWS : ImportField.CONSENT_CONTACT).name()));
                    }
                }
                warn(registration.row, Messages.get(language, "import.labelled", String.join(", ", fields),
                        Messages.get(language, "import.warning.yesOverOwnNo." + no.getValue().standing().name(),
                                java.time.LocalDate.ofInstant(no.getValue().since(),
                                        ca.tremplin.kernel.QuebecTime.ZONE))));
            }
        }

        /** The row's warning added to those its reading gave, in its one line of the report. */
        private void warn(ImportedRow row, String warning) {
            for (Object[] failure : failures) {
                if (((Number) failure[1]).longValue() == row.line() && "WARNING".equals(failure[2])) {
                    failure[3] = cut(failure[3] + " ; " + warning, 1000);
                    return;
                }
            }
            failures.add(new Object[] {importId, row.line(), "WARNING", cut(warning, 1000), row.raw()});
        }

        /** The language of who started the import, which the report's reasons are written in. */
        private Locale staffLanguage() throws SQLException {
            try (PreparedStatement query = connection.prepareStatement("select u.preferred_locale from lead_import i"
                    + " join user_account u on u.id = i.created_by where i.id = ? and i.tenant_id = ?")) {
                query.setLong(1, importId);
                query.setLong(2, tenantId);
                try (ResultSet found = query.executeQuery()) {
                    return found.next() ? Languages.fromTag(found.getString(1)) : Languages.FRENCH;
                }
            }
        }

        private void readEvent() throws SQLException {
            try (PreparedStatement query = eventQuery("")) {
                try (ResultSet found = query.executeQuery()) {
                    refuseClosed(found);
                    eventTitle = found.getString(2);
                    Instant startsAt = found.getObject(3, java.time.LocalDateTime.class)
                            .toInstant(java.time.ZoneOffset.UTC);
                    attendedAt = startsAt.isAfter(now) ? null : startsAt;
                    consentsGivenAt = startsAt.isAfter(now) ? now : startsAt;
                    registeredAt = consentsGivenAt;
                    calendarStep = found.getInt(4);
                    eventZone = java.time.ZoneId.of(found.getString(5));
                    endsAt = found.getObject(6, java.time.LocalDateTime.class).toInstant(java.time.ZoneOffset.UTC);
                }
            }
        }

        /**
         * The event's status, title, start, calendar step ({@link EventRegistration#CALENDAR_STEP_SQL}) now, zone and
         * end, read with {@code lock} appended ("" or " for update").
         */
        private PreparedStatement eventQuery(String lock) throws SQLException {
            PreparedStatement query = connection.prepareStatement("select e.status, e.title_fr, e.starts_at, "
                    + EventRegistration.CALENDAR_STEP_SQL + ", e.zone_id, e.ends_at from event e where e.id = ?"
                    + " and e.tenant_id = ?" + lock);
            SqlRows.set(query, 1, now);
            query.setLong(2, eventId);
            query.setLong(3, tenantId);
            return query;
        }

        /** The event read, positioned on its row: refused when it is not found, or takes no registration. */
        private void refuseClosed(ResultSet found) throws SQLException {
            if (!found.next()) {
                throw new NotFoundException("event " + eventId);
            }
            String status = found.getString(1);
            if ("CANCELLED".equals(status) || "DRAFT".equals(status)) {
                throw new BusinessRuleException("event.register.closed");
            }
        }

        /**
         * Before the chunk writes a seat — a registration of its own, a seat it restores, a presence or minutes on a
         * registration made before it —, the event's row is locked, then the rows of those earlier registrations in
         * the order of their ids: the order in which the waiting list gives a seat freed from a link or by staff
         * ({@code event.EventRepository#lockAfterItsEvent}). Such a seat, and the person waiting it goes to, are then
         * counted before this chunk's seats or after them, never beside them: the waiting list seats nobody past the
         * capacity, nor a person the list restores at the same moment. The lock comes before the chunk's first write,
         * so that the chunk never holds a row (a lead it joins) that a seat given meanwhile needs while it waits for
         * the event, and it is held until the chunk commits: a large list holds the event a chunk at a time, never for
         * the whole import. What was read before the lock is read again under it: the event cancelled meanwhile
         * refuses the chunk, and the calendar step is the event's now.
         */
        private void lockSeats() throws SQLException {
            Set<Long> earlier = new java.util.TreeSet<>();
            for (RegistrationRef registration : nowAttended) {
                earlier.add(registration.id);
            }
            for (RegistrationRef registration : withMoreTime) {
                earlier.add(registration.id);
            }
            if (newRegistrations.isEmpty() && earlier.isEmpty()) {
                return;
            }
            try (PreparedStatement query = eventQuery(" for update"); ResultSet found = query.executeQuery()) {
                refuseClosed(found);
                calendarStep = found.getInt(4);
            }
            for (List<Long> slice : SqlRows.slices(earlier)) {
                try (PreparedStatement lock = connection.prepareStatement("select id from event_registration"
                        + " where tenant_id = ? and event_id = ? and id in (" + SqlRows.placeholders(slice.size())
                        + ") order by id for update")) {
                    lock.setLong(1, tenantId);
                    lock.setLong(2, eventId);
                    for (int i = 0; i < slice.size(); i++) {
                        lock.setLong(i + 3, slice.get(i));
                    }
                    lock.executeQuery().close();
                }
            }
        }

        /** Rows of this import already written (by an earlier run that the checkpoint does not know of). */
        private void findTakenKeys(List<ImportedRow> valid) throws SQLException {
            Set<String> keys = new LinkedHashSet<>();
            valid.forEach(row -> keys.add(key(row)));
            for (List<String> slice : SqlRows.slices(keys)) {
                try (PreparedStatement query = connection.prepareStatement("select idempotency_key from"
                        + " event_registration where idempotency_key in (" + SqlRows.placeholders(slice.size())
                        + ")")) {
                    for (int i = 0; i < slice.size(); i++) {
                        query.setString(i + 1, slice.get(i));
                    }
                    Set<String> taken = new HashSet<>();
                    try (ResultSet found = query.executeQuery()) {
                        while (found.next()) {
                            taken.add(found.getString(1));
                        }
                    }
                    // Marked taken now; register() then treats a taken key as already written.
                    keysTaken.addAll(taken);
                }
            }
        }

        private void findRegistrations(List<ImportedRow> valid) throws SQLException {
            Set<String> emails = emails(valid);
            for (List<String> slice : SqlRows.slices(emails)) {
                try (PreparedStatement query = connection.prepareStatement("select id, email_normalized, lead_id,"
                        + " attended_at, coalesce(import_id <> ?, true) from event_registration where tenant_id = ?"
                        + " and event_id = ? and email_normalized in (" + SqlRows.placeholders(slice.size()) + ")")) {
                    query.setLong(1, importId);
                    query.setLong(2, tenantId);
                    query.setLong(3, eventId);
                    for (int i = 0; i < slice.size(); i++) {
                        query.setString(i + 4, slice.get(i));
                    }
                    try (ResultSet found = query.executeQuery()) {
                        while (found.next()) {
                            RegistrationRef registration = new RegistrationRef(found.getLong(1),
                                    new LeadRef(found.getLong(3)), found.getObject(4) != null, found.getBoolean(5));
                            registrationByEmail.put(found.getString(2), registration);
                        }
                    }
                }
            }
        }

        private void findLeadsByEmail(List<ImportedRow> valid) throws SQLException {
            Set<String> emails = emails(valid);
            emails.removeAll(registrationByEmail.keySet());
            Map<String, Long> mergedInto = new HashMap<>();
            for (List<String> slice : SqlRows.slices(emails)) {
                try (PreparedStatement query = connection.prepareStatement("select id, email_normalized,"
                        + " merged_into_id from `lead` where tenant_id = ? and email_normalized in ("
                        + SqlRows.placeholders(slice.size()) + ")")) {
                    query.setLong(1, tenantId);
                    for (int i = 0; i < slice.size(); i++) {
                        query.setString(i + 2, slice.get(i));
                    }
                    try (ResultSet found = query.executeQuery()) {
                        while (found.next()) {
                            long mergedIntoId = found.getLong(3);
                            if (found.wasNull()) {
                                leadByEmail.put(found.getString(2), new LeadRef(found.getLong(1)));
                            } else {
                                // a lead merged into another one lives on in it
                                mergedInto.put(found.getString(2), mergedIntoId);
                            }
                        }
                    }
                }
            }
            Map<Long, LeadRef> survivors = new HashMap<>();
            mergedInto.forEach((email, survivor) -> leadByEmail.put(email,
                    survivors.computeIfAbsent(survivor, LeadRef::new)));
        }

        /**
         * For the people with a phone and no lead under their e-mail, the centre's lead of that name and phone (a
         * merged one's survivor, as by e-mail).
         */
        private void findLeadsByNameAndPhone(List<ImportedRow> valid) throws SQLException {
            Map<Long, ContactDetails> wanted = new LinkedHashMap<>();
            for (ImportedRow row : valid) {
                ContactDetails person = row.person().person();
                if (person.phoneE164() != null && !leadByEmail.containsKey(person.emailNormalized())
                        && !registrationByEmail.containsKey(person.emailNormalized())) {
                    wanted.put(row.line(), person);
                }
            }
            leadsByNameAndPhone(wanted).forEach((line, lead) -> leadByNameAndPhone.put(line, new LeadRef(lead.id())));
        }

        /**
         * A row that gives a name and a phone but no e-mail is the person of the centre's lead with that name and
         * phone, if there is one: it registers with that lead's e-mail. One query for the chunk.
         */
        private List<ImportedRow> withEmailsOfKnownPeople(List<ImportedRow> rows) throws SQLException {
            Map<Long, ContactDetails> wanted = new LinkedHashMap<>();
            for (ImportedRow row : rows) {
                ContactDetails person = row.person().isValid() ? row.person().person() : null;
                if (person != null && person.emailNormalized() == null && person.phoneE164() != null
                        && person.firstName() != null && person.lastName() != null) {
                    wanted.put(row.line(), person);
                }
            }
            if (wanted.isEmpty()) {
                return rows;
            }
            // A merged lead lives on in the one it was merged into: the address lent is the survivor's.
            Map<Long, String> emails = new HashMap<>();
            leadsByNameAndPhone(wanted).forEach((line, lead) -> {
                if (lead.email() != null) {
                    emails.put(line, lead.email());
                }
            });
            return rows.stream().map(row -> emails.containsKey(row.line()) ? new ImportedRow(row.line(),
                    row.person().withEmailOf(emails.get(row.line())), row.raw()) : row).toList();
        }

        /** A lead of the centre found by a person's name (whatever its case) and phone: the one in use, and its e-mail. */
        private record KnownLead(long id, String email) {
        }

        /**
         * For each line, the centre's lead with that person's name and phone: one query per slice of lines, the people
         * as a derived table joined to the leads on the phone's index, names compared in the column's collation
         * exactly as the one-row lookup does ({@code LeadRepository#findLeadByNameAndPhone}). A lead still in use comes
         * first, the oldest; a record merged into another stands for the record it lives on in (merges point every
         * record at the one that stays), never for itself: nothing is registered, written or proposed on a record no
         * page shows.
         */
        private Map<Long, KnownLead> leadsByNameAndPhone(Map<Long, ContactDetails> wanted) throws SQLException {
            Map<Long, KnownLead> found = new HashMap<>();
            for (List<Long> slice : SqlRows.slices(wanted.keySet())) {
                StringBuilder people = new StringBuilder();
                for (int i = 0; i < slice.size(); i++) {
                    people.append(i == 0 ? "select ? as line, ? as phone, ? as first_name, ? as last_name"
                            : " union all select ?, ?, ?, ?");
                }
                try (PreparedStatement query = connection.prepareStatement("select p.line, coalesce(s.id, l.id),"
                        + " case when s.id is null then l.email else s.email end from (" + people + ") p"
                        + " join `lead` l on l.tenant_id = ? and l.phone_e164 = p.phone"
                        + " and lower(l.first_name) = p.first_name collate utf8mb4_unicode_ci"
                        + " and lower(l.last_name) = p.last_name collate utf8mb4_unicode_ci"
                        + " left join `lead` s on s.id = l.merged_into_id and s.tenant_id = l.tenant_id"
                        + " order by p.line, l.merged_into_id is not null, l.id")) {
                    int parameter = 1;
                    for (Long line : slice) {
                        ContactDetails person = wanted.get(line);
                        query.setLong(parameter++, line);
                        query.setString(parameter++, person.phoneE164());
                        query.setString(parameter++, person.firstName().toLowerCase(Locale.ROOT));
                        query.setString(parameter++, person.lastName().toLowerCase(Locale.ROOT));
                    }
                    query.setLong(parameter, tenantId);
                    try (ResultSet rows = query.executeQuery()) {
                        while (rows.next()) {
                            found.putIfAbsent(rows.getLong(1), new KnownLead(rows.getLong(2), rows.getString(3)));
                        }
                    }
                }
            }
            return found;
        }

        private void findRegistrationsOfLeads() throws SQLException {
            Set<Long> leadIds = new LinkedHashSet<>();
            leadByEmail.values().forEach(lead -> leadIds.add(lead.id));
            leadByNameAndPhone.values().forEach(lead -> leadIds.add(lead.id));
            for (List<Long> slice : SqlRows.slices(leadIds)) {
                try (PreparedStatement query = connection.prepareStatement("select id, lead_id, attended_at,"
                        + " coalesce(import_id <> ?, true) from event_registration where tenant_id = ? and event_id = ?"
                        + " and lead_id in (" + SqlRows.placeholders(slice.size()) + ")")) {
                    query.setLong(1, importId);
                    query.setLong(2, tenantId);
                    query.setLong(3, eventId);
                    for (int i = 0; i < slice.size(); i++) {
                        query.setLong(i + 4, slice.get(i));
                    }
                    try (ResultSet found = query.executeQuery()) {
                        while (found.next()) {
                            registrationByLead.putIfAbsent(found.getLong(2), new RegistrationRef(found.getLong(1),
                                    new LeadRef(found.getLong(2)), found.getObject(3) != null, found.getBoolean(4)));
                        }
                    }
                }
            }
        }

        private void store() throws SQLException {
            lockSeats();
            List<Object[]> leads = new ArrayList<>();
            for (LeadRef lead : newLeads) {
                ContactDetails person = lead.created;
                leads.add(new Object[] {tenantId, person.emailNormalized(), person.email(), person.firstName(),
                        person.lastName(), person.phoneE164(), person.countryOfResidence(), person.citizenship(),
                        Languages.code(person.language()), now, now, "NEW", now, 0L, importId});
            }
            long[] leadIds = SqlRows.insert(connection, "lead", LEAD_COLUMNS, leads);
            List<Object[]> entries = new ArrayList<>();
            for (int i = 0; i < leadIds.length; i++) {
                newLeads.get(i).id = leadIds[i];
                entries.add(new Object[] {tenantId, leadIds[i], "NEW", 0, now, "NEW_LEAD"});
            }
            long[] entryIds = SqlRows.insert(connection, "lead_stage_change", STAGE_COLUMNS, entries);
            List<Object[]> funnels = new ArrayList<>();
            for (int i = 0; i < leadIds.length; i++) {
                funnels.add(new Object[] {tenantId, now, leadIds[i], false, now, "NEW", now, entryIds[i]});
            }
            SqlRows.insertWithKeysGiven(connection, "lead_funnel", FUNNEL_COLUMNS, funnels);
            Map<Long, List<ContactDetails>> joined = new LinkedHashMap<>();
            for (Join join : joins) {
                joined.computeIfAbsent(join.lead().id, id -> new ArrayList<>()).add(join.person());
            }
            for (JoinedLeadDetails.Proposed proposed : new JoinedLeadDetails(connection, tenantId, importId,
                    actorId, now).apply(joined)) {
                timeline.add(new TimelineLine(new LeadRef(proposed.leadId()), LeadEventKind.VALUE_PROPOSED,
                        proposed.detail()));
            }

            List<Object[]> registrations = new ArrayList<>();
            for (RegistrationRef registration : newRegistrations) {
                ContactDetails person = registration.row.person().person();
                registrations.add(new Object[] {tenantId, eventId, registration.lead.id, key(registration.row),
                        "IMPORT", person.firstName(), person.lastName(), person.email(), person.emailNormalized(),
                        person.phoneE164(), person.countryOfResidence(), Languages.code(person.language()),
                        source(registration.row), "REGISTERED", registeredAt(registration.row.person()),
                        registration.attended ? attendedAt : null, 0L, importId,
                        registration.minutes > 0 ? registration.minutes : null});
            }
            long[] registrationIds = SqlRows.insert(connection, "event_registration", REGISTRATION_COLUMNS,
                    registrations);
            List<Object[]> consents = new ArrayList<>();
            for (int i = 0; i < registrationIds.length; i++) {
                RegistrationRef registration = newRegistrations.get(i);
                registration.id = registrationIds[i];
                ImportedPerson read = registration.row.person();
                for (Map.Entry<ConsentPurpose, ConsentTexts.Shown> proven : read.consents().entrySet()) {
                    boolean granted = read.granted().getOrDefault(proven.getKey(), false);
                    if (granted && registration.yesHeldBack) {
                        continue;
                    }
                    ConsentRecord record = ConsentRecord.forEventRegistration(registration.id, read.person(),
                            proven.getKey(), granted, proven.getValue(),
                            consentsGivenAt, null, source(registration.row));
                    consents.add(new Object[] {registration.id, read.person().emailNormalized(),
                            record.getPurpose().name(), record.isGranted(), record.getTextVersion(),
                            record.getTextShown(), record.getLanguage(), consentsGivenAt, record.getSource()});
                }
            }
            SqlRows.insert(connection, "consent_record", CONSENT_COLUMNS, consents);
            restoreCancelledSeats();
            List<Object[]> attended = new ArrayList<>();
            for (RegistrationRef registration : nowAttended) {
                attended.add(new Object[] {attendedAt, registration.id, tenantId});
            }
            SqlRows.batch(connection, "update event_registration set attended_at = ?, version = version + 1"
                    + " where id = ? and tenant_id = ? and attended_at is null", attended);
            List<Object[]> moreTime = new ArrayList<>();
            for (RegistrationRef registration : withMoreTime) {
                moreTime.add(new Object[] {registration.minutes, registration.id, tenantId});
            }
            SqlRows.batch(connection, "update event_registration set attended_minutes ="
                    + " coalesce(attended_minutes, 0) + ?, version = version + 1 where id = ? and tenant_id = ?",
                    moreTime);
            recordAttendanceAddedToEarlierRegistrations();
            List<Object[]> lines = new ArrayList<>();
            for (TimelineLine line : timeline) {
                lines.add(new Object[] {tenantId, line.lead().id, line.kind().name(), actorId,
                        cut(line.detail(), 2000), now, importId});
            }
            SqlRows.insert(connection, "lead_event", TIMELINE_COLUMNS, lines);
            SqlRows.insert(connection, "lead_import_failure", FAILURE_COLUMNS, failures);
        }

        /**
         * When the row's person registered: the time the list gives (Zoom's "Registration Time", Eventbrite's "Order
         * Date"), read on the clock of the event's place unless it says its offset, when it can be so — neither after
         * the import nor after the event's end, as a device's time ahead of the clock is not believed either —, else
         * {@link #registeredAt}.
         */
        private Instant registeredAt(ImportedPerson read) {
            if (read.registered() == null) {
                return registeredAt;
            }
            Instant given = read.registered().at(eventZone);
            return given.isAfter(now) || given.isAfter(endsAt) ? registeredAt : given;
        }

        /**
         * What this chunk added to registrations made before the import, so that an undo can give it back: several
         * chunks adding to one registration add up in its one row.
         */
        /**
         * A person the list shows taking part had given up their seat, or waited for one: they came after all, as a
         * check-in says. Their registration is restored, and when it had been cancelled is kept with what the import
         * added, for an undo — for a place on the waiting list, the import's time and when they had joined the list,
         * so that an undo leaves them off it, as the event's end would have. A registration an earlier chunk of this
         * import made, given up since from its link, is restored too (a person who came keeps their seat), with nothing
         * kept: the undo deletes it whole.
         */
        private void restoreCancelledSeats() throws SQLException {
            Set<RegistrationRef> attending = new LinkedHashSet<>(nowAttended);
            attending.addAll(withMoreTime);
            List<Object[]> kept = new ArrayList<>();
            List<Object[]> restored = new ArrayList<>();
            for (RegistrationRef registration : attending) {
                if (registration.madeBefore) {
                    kept.add(new Object[] {importId, registration.lead.id, now, registration.id, tenantId});
                }
                restored.add(new Object[] {calendarStep, registration.id, tenantId});
            }
            SqlRows.batch(connection, "insert into lead_import_attendance (import_id, registration_id, tenant_id,"
                    + " lead_id, marked_present, minutes_added, restored_cancelled_at, restored_waitlisted_at)"
                    + " select ?, r.id, r.tenant_id, ?, false, 0, coalesce(r.cancelled_at, ?), r.waitlisted_at"
                    + " from event_registration r where r.id = ? and r.tenant_id = ?"
                    + " and r.status in ('CANCELLED', 'WAITLISTED') on duplicate key update restored_cancelled_at ="
                    + " coalesce(restored_cancelled_at, values(restored_cancelled_at)), restored_waitlisted_at ="
                    + " coalesce(restored_waitlisted_at, values(restored_waitlisted_at))", kept);
            // A seat held leaves both times empty; the person's calendar sequence moves as a seat restored moves it
            // (calendarStep): at an event still open, any file sent to them later outranks the cancellation they hold.
            SqlRows.batch(connection, "update event_registration set status = 'REGISTERED', cancelled_at = null,"
                    + " waitlisted_at = null, calendar_sequence_offset = calendar_sequence_offset + ?,"
                    + " version = version + 1 where id = ? and tenant_id = ? and status in ('CANCELLED', 'WAITLISTED')",
                    restored);
        }

        private void recordAttendanceAddedToEarlierRegistrations() throws SQLException {
            Set<RegistrationRef> added = new LinkedHashSet<>(nowAttended);
            added.addAll(withMoreTime);
            // Nothing marked, no minute added: the row tells the undo which person the import touched.
            added.addAll(touchedBefore);
            List<Object[]> rows = new ArrayList<>();
            for (RegistrationRef registration : added) {
                if (registration.madeBefore) {
                    rows.add(new Object[] {importId, registration.id, tenantId, registration.lead.id,
                            registration.markedPresent, registration.minutes});
                }
            }
            SqlRows.batch(connection, "insert into lead_import_attendance (import_id, registration_id, tenant_id,"
                    + " lead_id, marked_present, minutes_added) values (?, ?, ?, ?, ?, ?) on duplicate key update"
                    + " marked_present = marked_present or values(marked_present),"
                    + " minutes_added = minutes_added + values(minutes_added)", rows);
        }

        private String key(ImportedRow row) {
            return "import:" + importId + ":" + row.line();
        }

        private String source(ImportedRow row) {
            return ca.tremplin.person.ConsentSources.importLine(importId, row.line());
        }

        private static Set<String> emails(List<ImportedRow> valid) {
            Set<String> emails = new LinkedHashSet<>();
            valid.stream().map(row -> row.person().person().emailNormalized()).filter(java.util.Objects::nonNull)
                    .forEach(emails::add);
            return emails;
        }

        private static String nameAndPhone(ContactDetails person) {
            return person.phoneE164() + "|" + person.firstName().toLowerCase(Locale.ROOT) + "|"
                    + person.lastName().toLowerCase(Locale.ROOT);
        }

        private static String cut(String text, int most) {
            return text == null || text.length() <= most ? text : text.substring(0, most);
        }
    }
}
