package ca.tremplin.person;

import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.kernel.NotFoundException;
import ca.tremplin.security.Role;
import ca.tremplin.security.SignedInUser;
import ca.tremplin.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Erases people's personal information from every table {@link PersonalData} maps, and from the text and files that
 * name them without a link ({@link PersonMentions}), while what reports count stays: the lead and each request,
 * registration, application, document, timeline line and sent message remain as rows with their stage, status,
 * dates, country, programs and channel, their personal values removed or replaced by {@link #MARKER}; a place on an
 * event's waiting list, which no report counts, goes whole. One code for
 * both ways in: a person's request, confirmed on the lead page ({@link #eraseOnRequest}), and the end of a centre's
 * retention period ({@link #eraseForRetention}, a batch of people at a time).
 *
 * <p>A person is their lead and every lead merged into it (a duplicate keeps the details it had). What a request
 * shares with other centres — the request as submitted, its consents, its acknowledgement — is erased only when no
 * other centre still follows the person through it: a centre never changes what another holds. Likewise an address is
 * not always the person's alone: a parent or guardian who consented for a child under 14 gave their own, and their
 * other children the centre holds under it keep their mail, profiles and records ({@link #eraseUnderAddresses}).
 *
 * <p>Native SQL, because the rows belong to many features above this package and a retention run erases thousands
 * of people at once; every statement is limited to the leads of one centre, read first under its tenant.
 */
@ApplicationScoped
public class PersonErasure {

    /** What replaces a personal value that a column requires. */
    public static final String MARKER = "—";
    private static final String NO_HASH = "0".repeat(64);
    private static final int SLICE = 1_000;
    private static final int ROWS_PER_INSERT = 200;

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Inject
    SignedInUser signedInUser;

    @Inject
    Instance<PersonMentions> mentions;

    @Inject
    jakarta.enterprise.event.Event<ShowcaseProfilesErased> profilesErased;

    @Inject
    Clock clock;

    @Inject
    ca.tremplin.kernel.GonePages gonePages;

    /**
     * Erases the person of this lead, as the centre's person in charge of personal information confirms on the lead
     * page (a centre admin; the platform admin for the coordinating organisation's own leads). Another centre's lead,
     * or a merged duplicate, is not found; a person already erased is refused.
     */
    @Transactional
    public PersonErasureRecord eraseOnRequest(long leadId) {
        signedInUser.require(Role.CSS_ADMIN, Role.PLATFORM_ADMIN);
        // The lead's row locked before anything of the person is read, as every writer of the lead page locks it: a
        // colleague's save, note or merge at that instant is either in before the erasure reads what to erase, or
        // waits and then finds the person erased — never written about them once their data is gone.
        em.createNativeQuery("select id from `lead` where id = ?1 and tenant_id = ?2 for update")
                .setParameter(1, leadId).setParameter(2, TenantContext.currentTenantId()).getResultList();
        Lead lead = em.find(Lead.class, leadId);
        if (lead == null || lead.getMergedIntoId() != null || lead.getTenantId() != TenantContext.currentTenantId()) {
            throw new NotFoundException("lead " + leadId);
        }
        if (lead.isErased()) {
            throw new BusinessRuleException("erasure.already");
        }
        return erase(lead.getTenantId(), List.of(leadId), ErasureReason.REQUEST, null, signedInUser.getUserId(),
                clock.instant()).get(0);
    }

    /**
     * Anonymises these leads of the centre, whose retention ran out by {@code rule}, in the caller's transaction.
     * Leads already erased or merged are passed over; returns the records written.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<PersonErasureRecord> eraseForRetention(long tenantId, List<Long> leadIds, RetentionRule rule,
                                                       Instant now) {
        List<Long> live = lockedUnerased(tenantId, leadIds);
        return live.isEmpty() ? List.of() : erase(tenantId, live, ErasureReason.RETENTION, rule, null, now);
    }

    /**
     * Erases again, in the caller's transaction, these leads of the centre that a restored backup brought back whole
     * though their erasure, at {@code erasedAt}, is recorded ({@link ErasedAgainAfterRestore}): the same erasure,
     * their lead marked erased at that moment, and no second record of it. Leads erased meanwhile are passed over;
     * returns how many were erased.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int eraseAgain(long tenantId, List<Long> leadIds, Instant erasedAt) {
        List<Long> live = lockedUnerased(tenantId, leadIds);
        if (!live.isEmpty()) {
            forget(tenantId, live, LocalDateTime.ofInstant(erasedAt, ZoneOffset.UTC));
            em.clear();
        }
        return live.size();
    }

    /** These leads of the centre not yet erased nor merged, locked: two servers never erase (and record) one twice. */
    private List<Long> lockedUnerased(long tenantId, List<Long> leadIds) {
        @SuppressWarnings("unchecked")
        List<Number> live = leadIds.isEmpty() ? List.of() : em.createNativeQuery("select id from `lead`"
                        + " where tenant_id = :tenant and id in (:ids) and erased_at is null and merged_into_id is null"
                        + " for update")
                .setParameter("tenant", tenantId).setParameter("ids", leadIds).getResultList();
        return live.stream().map(Number::longValue).toList();
    }

    private List<PersonErasureRecord> erase(long tenantId, List<Long> people, ErasureReason reason,
                                            RetentionRule rule, Long actorId, Instant now) {
        LocalDateTime at = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        Map<Long, Long> personOf = forget(tenantId, people, at);
        long before = ((Number) em.createNativeQuery("select coalesce(max(id), 0) from person_erasure")
                .getSingleResult()).longValue();
        record(tenantId, people, personOf, reason, rule, actorId, at);
        // The leads read before the native updates hold the erased values: nothing may write them back.
        em.clear();
        List<PersonErasureRecord> written = em.createQuery("select r from PersonErasureRecord r"
                        + " where r.leadId in (:people) and r.id > :before order by r.id", PersonErasureRecord.class)
                .setParameter("people", people).setParameter("before", before).getResultList();
        return written;
    }

    /**
     * Removes the people's personal information (their leads and the duplicates merged into them) from everywhere,
     * marking their leads erased {@code at}; returns each record → its person.
     */
    private Map<Long, Long> forget(long tenantId, List<Long> people, LocalDateTime at) {
        em.flush();
        Map<Long, Long> personOf = withMergedDuplicates(tenantId, people);
        List<Long> records = new ArrayList<>(personOf.keySet());
        Map<Long, PersonTraits> traits = traits(records, personOf);
        Set<String> emails = new LinkedHashSet<>();
        traits.values().forEach(person -> emails.addAll(person.emails()));
        withBothSpellings(emails);
        List<Long> requests = requestsNoOtherCentreHolds(records);

        // The parents or guardians who consented for the person (under 14) were mailed about them, by name: their
        // addresses, read before the register forgets them, have that mail erased too — that mail only: the address is
        // the guardian's, who may have other children the centre holds under it.
        Set<String> guardians = new LinkedHashSet<>();
        for (List<Long> ids : slices(records)) {
            guardians.addAll(guardiansOf(ids, new ArrayList<>(emails)));
        }
        withBothSpellings(guardians);
        guardians.removeAll(emails);
        // The person's showcase profiles, by their own lines (never a guardian's, which names the parent), and the
        // names they showed, which the mail to a guardian names them by: read before anything goes.
        Map<Long, String> profiles = new LinkedHashMap<>();
        for (List<String> addresses : slices(new ArrayList<>(emails))) {
            profiles.putAll(showcaseProfilesUnder(tenantId, addresses));
        }
        for (List<Long> ids : slices(records)) {
            eraseLinkedRows(ids, at);
            closeApplications(ids, at);
        }
        for (List<Long> ids : slices(requests)) {
            update("update inquiry set first_name = :marker, last_name = :marker, email = '', email_normalized = '',"
                    + " phone_e164 = null, birth_year = null, message = null, ip_address = null, referrer = null,"
                    + " landing_page = null, request_hash = :noHash where id in (:ids)", ids);
            update("update consent_record set email_normalized = null, ip_address = null, source = :marker,"
                    + " guardian_name = null, guardian_email = null"
                    + " where inquiry_id in (:ids)", ids);
        }
        eraseUnderAddresses(tenantId, new PeopleErased(emails, guardians, asMailNamesThem(traits.values(),
                profiles.values()), traits.values().stream().toList(), records, profiles.keySet()));
        deleteShowcaseProfilesById(tenantId, new ArrayList<>(profiles.keySet()));
        forgetMentions(tenantId, traits.values().stream().map(PersonErasure::withWholeNamesOnly).toList());
        return personOf;
    }

    /**
     * The people being erased at a centre, as what the centre holds under addresses finds them: their own addresses
     * and their guardians' (both spellings of each domain, a guardian's that is also their own counted as their own),
     * how mail names them ({@code named}: their addresses, both names, a first name or a profile's chosen name alone),
     * each person's own traits, and their records — leads and showcase profiles — which are no one else's.
     */
    record PeopleErased(Set<String> own, Set<String> guardians, PersonTraits named, Collection<PersonTraits> each,
                        Collection<Long> leads, Collection<Long> profiles) {
    }

    /**
     * The people as mail names them: their traits, and each first name and each name a profile of theirs showed alone.
     * A guardian's mail about a showcase profile names the child by the name the profile shows, often a first name;
     * the guardian's other children are told apart by their own names ({@link AddressMail}).
     */
    static PersonTraits asMailNamesThem(Collection<PersonTraits> people, Collection<String> profileNames) {
        Set<String> emails = new LinkedHashSet<>();
        List<PersonTraits.Name> names = new ArrayList<>();
        Set<String> phones = new LinkedHashSet<>();
        for (PersonTraits person : people) {
            emails.addAll(person.emails());
            phones.addAll(person.phoneDigits());
            for (PersonTraits.Name name : person.names()) {
                names.add(name);
                names.add(new PersonTraits.Name(name.first(), ""));
            }
        }
        profileNames.stream().map(name -> GuardianLines.nameOf(name, null)).filter(java.util.Objects::nonNull)
                .forEach(names::add);
        return new PersonTraits(emails, names, phones);
    }

    /**
     * The person as text no column links to them (an imported list, a report's row) is taken to name them: by their
     * addresses, phones and names of two parts. A name of one word — a person known by one name only — is too common a
     * word to clear a row or delete a list for (another Awa is someone else); mail to a guardian, which names the child
     * that way, is read by {@link #asMailNamesThem}.
     */
    static PersonTraits withWholeNamesOnly(PersonTraits person) {
        return new PersonTraits(person.emails(), person.names().stream()
                .filter(name -> !name.first().isEmpty() && !name.last().isEmpty()).toList(), person.phoneDigits());
    }

    /** What an earlier version of an application keeps once erased: that it was sent, and when, and replaced. */
    private static final String EARLIER_SENDING_EMPTIED = "e.cover_message = null, e.cv_file_name = :marker,"
            + " e.cv_content = null";

    /**
     * The earlier versions of the centre's applications (what an application held before its person sent it again
     * with their consent given again, V74) replaced before {@code replacedBefore}, erased as the person's erasure
     * erases them — the message and the file go, the file's name becomes {@link #MARKER} —, in the caller's
     * transaction; returns how many. The centre never reads them (their consent was withdrawn), and keeps them no
     * longer than it keeps a person nothing happened to: the nightly run passes its "lost or inactive" months, counted
     * from the day the next sending replaced each ({@link RetentionJob}). A person who stays active would otherwise
     * keep every CV they replaced as long as the centre follows them.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int forgetEarlierSendings(long tenantId, LocalDateTime replacedBefore) {
        return em.createNativeQuery("update offer_application_earlier_sending e set " + EARLIER_SENDING_EMPTIED
                        + " where e.tenant_id = :tenant and e.replaced_at < :cutoff and (e.cv_content is not null"
                        + " or e.cover_message is not null or e.cv_file_name <> :marker)")
                .setParameter("marker", MARKER).setParameter("tenant", tenantId).setParameter("cutoff", replacedBefore)
                .executeUpdate();
    }

    /**
     * Everything the centre holds under the addresses of people being erased: what is theirs alone goes whole — the
     * mail sent to their own addresses ({@link #eraseMailSentTo}) and what keeps the addresses themselves
     * ({@link #forgetAddresses}) —, and where an address is also another person's the centre still holds — a
     * parent's or guardian's address, under which the guardian's other children keep their mail, profiles and records
     * — only the mail that is the erased people's goes ({@link AddressMail}): the address's choices stay.
     */
    void eraseUnderAddresses(long tenantId, PeopleErased people) {
        Set<String> all = new LinkedHashSet<>(people.own());
        all.addAll(people.guardians());
        Map<String, List<PersonTraits.Name>> others = othersUnder(tenantId, all, people.leads(), people.profiles());
        List<String> sole = new ArrayList<>();
        List<String> shared = new ArrayList<>();
        for (String address : people.own()) {
            (others.containsKey(GuardianLines.key(address)) ? shared : sole).add(address);
        }
        for (List<String> addresses : slices(sole)) {
            eraseMailSentTo(tenantId, addresses);
            forgetAddresses(tenantId, addresses);
        }
        if (shared.isEmpty() && people.guardians().isEmpty()) {
            return;
        }
        Set<String> followed = followedElsewhere(tenantId, people.own(), true);
        AddressMail mail = AddressMail.of(people.named(), people.each().stream()
                .filter(person -> person.emails().stream().anyMatch(followed::contains)).toList(), others);
        for (List<String> addresses : slices(shared)) {
            eraseMailThatIs(tenantId, addresses, true, mail, followed);
        }
        for (List<String> addresses : slices(new ArrayList<>(people.guardians()))) {
            eraseMailThatIs(tenantId, addresses, false, mail, followedElsewhere(tenantId, addresses, true));
        }
    }

    /**
     * Which mail to an address the erased people share with someone the centre still holds is theirs. Mail to one of
     * their own addresses is theirs unless it names another person held under it (a guardian's other child); mail to a
     * guardian's address is theirs when it names them and no other child of the guardian — the rest is the guardian's
     * own, or about their other children. The platform's mail (no centre) stays while another centre still follows the
     * address, or the erased person it names. A name is found word for word ({@link PersonTraits#mentionOfAny}): a
     * child is told apart from a brother or sister by their own names.
     */
    record AddressMail(java.util.function.Predicate<String> namesErased,
                       java.util.function.Predicate<String> namesErasedFollowedElsewhere,
                       Map<String, java.util.function.Predicate<String>> namesOthersByAddress) {

        /**
         * The rule for these people ({@code erased}, as mail names them), those of them another centre still follows,
         * and the others held under each address (by its key: {@link GuardianLines#key}).
         */
        static AddressMail of(PersonTraits erased, List<PersonTraits> followedElsewhere,
                              Map<String, List<PersonTraits.Name>> others) {
            Map<String, java.util.function.Predicate<String>> namesOthers = new HashMap<>();
            others.forEach((address, names) -> namesOthers.put(address,
                    PersonTraits.mentionOfAny(List.of(new PersonTraits(Set.of(), names, Set.of())))));
            return new AddressMail(PersonTraits.mentionOfAny(List.of(erased)),
                    PersonTraits.mentionOfAny(followedElsewhere), namesOthers);
        }

        /**
         * Whether this message (its subject and text) to {@code recipient} is the erased people's: sent to one of their
         * own addresses ({@code ownAddress}) or to a guardian's, by a centre or by the platform ({@code platformMail}),
         * whose recipient another centre still follows or not.
         */
        boolean isErased(String recipient, boolean ownAddress, boolean platformMail,
                         boolean recipientFollowedElsewhere, String text) {
            if (platformMail && (recipientFollowedElsewhere || namesErasedFollowedElsewhere.test(text))) {
                return false;
            }
            if (namesOthersByAddress.getOrDefault(GuardianLines.key(recipient), none -> false).test(text)) {
                return false;
            }
            return ownAddress || namesErased.test(text);
        }
    }

    /**
     * The other people the centre still holds under these addresses as a parent's or guardian's — by the address's key,
     * the names their records give (none left for a profile withdrawn) —, the erased people's own leads and profiles
     * aside.
     */
    private Map<String, List<PersonTraits.Name>> othersUnder(long tenantId, Collection<String> addresses,
                                                            Collection<Long> leads, Collection<Long> profiles) {
        Set<Long> ownLeads = new java.util.HashSet<>(leads);
        Set<Long> ownProfiles = new java.util.HashSet<>(profiles);
        Map<String, List<PersonTraits.Name>> others = new HashMap<>();
        for (List<String> slice : slices(new ArrayList<>(addresses))) {
            for (GuardianLines.Line line : GuardianLines.under(em, slice, tenantId)) {
                boolean theirs = line.leadId() != null ? ownLeads.contains(line.leadId())
                        : ownProfiles.contains(line.recordId());
                if (!theirs && line.guardianEmail() != null) {
                    List<PersonTraits.Name> names = others.computeIfAbsent(GuardianLines.key(line.guardianEmail()),
                            key -> new ArrayList<>());
                    PersonTraits.Name name = line.name();
                    if (name != null) {
                        names.add(name);
                    }
                }
            }
        }
        return others;
    }

    /**
     * The mail to these addresses, the centre's and the platform's, that {@code mail} says is the erased people's,
     * read and erased message by message: an address shared with others holds a few dozen messages, not thousands.
     */
    private void eraseMailThatIs(long tenantId, List<String> addresses, boolean ownAddresses, AddressMail mail,
                                 Set<String> followed) {
        @SuppressWarnings("unchecked")
        List<Object[]> messages = em.createNativeQuery("select m.id, m.tenant_id, m.recipient, m.subject, m.body_text"
                        + " from outbox_message m where m.recipient in (:addresses)"
                        + " and (m.tenant_id = :tenant or m.tenant_id is null)")
                .setParameter("addresses", addresses).setParameter("tenant", tenantId).getResultList();
        List<Long> erased = new ArrayList<>();
        for (Object[] message : messages) {
            String recipient = ((String) message[2]).toLowerCase(java.util.Locale.ROOT);
            // The column's collation takes "ecole.ca" for "école.ca": another domain is another person's mail.
            if (addresses.contains(recipient) && mail.isErased(recipient, ownAddresses, message[1] == null,
                    followed.contains(recipient), message[3] + "\n" + message[4])) {
                erased.add(((Number) message[0]).longValue());
            }
        }
        for (List<Long> ids : slices(erased)) {
            em.createNativeQuery("delete from outbox_attachment where message_id in (:ids)")
                    .setParameter("ids", ids).executeUpdate();
            em.createNativeQuery("update outbox_message m set " + EMPTIED + " where m.id in (:ids)")
                    .setParameter("marker", MARKER).setParameter("ids", ids).executeUpdate();
        }
    }

    /**
     * That each person was erased, and a line on their timeline, written a few hundred rows per statement: a
     * retention run records thousands of people.
     */
    private void record(long tenantId, List<Long> people, Map<Long, Long> personOf, ErasureReason reason,
                        RetentionRule rule, Long actorId, LocalDateTime at) {
        Map<Long, Integer> records = new HashMap<>();
        personOf.values().forEach(person -> records.merge(person, 1, Integer::sum));
        for (List<Long> slice : slices(people, ROWS_PER_INSERT)) {
            var erasures = em.createNativeQuery("insert into person_erasure (tenant_id, lead_id, reason,"
                    + " retention_rule, erased_by, erased_at, records) values "
                    + rows(slice.size(), "(?, ?, ?, ?, ?, ?, ?)"));
            var timeline = em.createNativeQuery("insert into lead_event (tenant_id, lead_id, kind, actor_id,"
                    + " occurred_at) values " + rows(slice.size(), "(?, ?, ?, ?, ?)"));
            int e = 1;
            int t = 1;
            for (long person : slice) {
                for (Object value : new Object[] {tenantId, person, reason.name(), rule == null ? null : rule.name(),
                        actorId, at, records.get(person)}) {
                    erasures.setParameter(e++, value);
                }
                for (Object value : new Object[] {tenantId, person, LeadEventKind.ERASED.name(), actorId, at}) {
                    timeline.setParameter(t++, value);
                }
            }
            erasures.executeUpdate();
            timeline.executeUpdate();
        }
    }

    private static String rows(int count, String row) {
        return String.join(", ", java.util.Collections.nCopies(count, row));
    }

    /**
     * The addresses of the parents or guardians who consented for these people: on their requests, registrations,
     * applications and showcase profiles (by the addresses the people were known by), in lower case.
     */
    private List<String> guardiansOf(List<Long> ids, List<String> addresses) {
        @SuppressWarnings("unchecked")
        // One indexed join per way a consent names the person (a retention run asks this for hundreds of people at a
        // time): the register's keys to requests, registrations and applications, and its address index.
        List<String> found = em.createNativeQuery("select lower(c.guardian_email) from consent_record c"
                        + " join routed_inquiry r on r.inquiry_id = c.inquiry_id"
                        + " where r.lead_id in (:ids) and c.guardian_email is not null"
                        + " union select lower(c.guardian_email) from consent_record c"
                        + " join event_registration g on g.id = c.event_registration_id"
                        + " where g.lead_id in (:ids) and c.guardian_email is not null"
                        + " union select lower(c.guardian_email) from consent_record c"
                        + " join offer_application a on a.id = c.offer_application_id"
                        + " where a.lead_id in (:ids) and c.guardian_email is not null"
                        + " union select lower(c.guardian_email) from consent_record c"
                        + " where c.email_normalized in (:addresses) and c.showcase_profile_id is not null"
                        + " and c.guardian_email is not null")
                .setParameter("ids", ids)
                // No address (a person known by name and phone): a list that matches no register line.
                .setParameter("addresses", addresses.isEmpty() ? List.of("") : addresses)
                .getResultList();
        return found;
    }

    /** Rows that name the lead by its id: the lead itself, its timeline, audit, requests' parts, files and links. */
    private void eraseLinkedRows(List<Long> ids, LocalDateTime at) {
        em.createNativeQuery("update `lead` set email = null, email_normalized = null, first_name = :marker,"
                        + " last_name = :marker, phone_e164 = null, email_undeliverable_since = null,"
                        + " email_undeliverable_reason = null, erased_at = :at, version = version + 1"
                        + " where id in (:ids)")
                .setParameter("marker", MARKER).setParameter("at", at).setParameter("ids", ids).executeUpdate();
        // A stage change keeps its "from → to" for the funnel; every other detail is free text or a value.
        update("update lead_event set detail = case when kind = 'STAGE_CHANGED' and locate(' : ', detail) > 0"
                + " then substring(detail, 1, locate(' : ', detail) - 1) when kind = 'STAGE_CHANGED' then detail"
                + " else null end where lead_id in (:ids) and detail is not null"
                + " and (kind <> 'STAGE_CHANGED' or locate(' : ', detail) > 0)", ids);
        update("update lead_audit set old_value = null, new_value = null where lead_id in (:ids)", ids);
        update("update lead_proposal set proposed_value = :marker where lead_id in (:ids)", ids);
        update("update lead_task set title = :marker where lead_id in (:ids) and kind = 'MANUAL'", ids);
        // A place on an event's waiting list, or one left without a seat, counts in no report: it goes whole, with its
        // consents, links and programs (their keys cascade), and the person waits no more. A seat held, or given up,
        // stays a row without the person, as every registration.
        update("delete from event_registration where lead_id in (:ids) and waitlisted_at is not null"
                + " and status in ('WAITLISTED', 'CANCELLED')", ids);
        update("update event_registration set first_name = :marker, last_name = :marker, email = null,"
                + " email_normalized = null, phone_e164 = null, note = null where lead_id in (:ids)", ids);
        // Joins, not "in (select ...)": MariaDB reads every row of the table for a subquery in an UPDATE or DELETE
        // of one table, and a retention run makes hundreds of them.
        update("update consent_record c join event_registration g on g.id = c.event_registration_id"
                + " set c.email_normalized = null, c.ip_address = null, c.source = :marker, c.guardian_name = null,"
                + " c.guardian_email = null where g.lead_id in (:ids)", ids);
        update("update consent_record c join offer_application a on a.id = c.offer_application_id"
                + " set c.email_normalized = null, c.ip_address = null, c.source = :marker, c.guardian_name = null,"
                + " c.guardian_email = null where a.lead_id in (:ids)", ids);
        update("delete cv from offer_application_cv cv join offer_application a on a.id = cv.application_id"
                + " where a.lead_id in (:ids)", ids);
        update("update offer_application set cover_message = null, cv_file_name = :marker where lead_id in (:ids)",
                ids);
        // What an application was sent before the person sent it again (V74): its message and file go, as the
        // application's own; that it was sent, and when, stays.
        update("update offer_application_earlier_sending e join offer_application a on a.id = e.application_id"
                + " set " + EARLIER_SENDING_EMPTIED + " where a.lead_id in (:ids)", ids);
        // An interview's place and link are typed by staff and may name the person ("WhatsApp +221 …"), its answer's
        // note by the person: blanked, and the link to answer it dies; that it was held, and when, stays.
        update("update interview i join offer_application a on a.id = i.application_id set i.place = null,"
                + " i.link = null, i.answer_note = null, i.token_hash = null where a.lead_id in (:ids)", ids);
        update("delete content from lead_document_content content join lead_document d on d.id = content.document_id"
                + " where d.lead_id in (:ids)", ids);
        update("update lead_document set file_name = :marker, rejection_reason = null where lead_id in (:ids)", ids);
        // The private link to the applicant's file dies with the data it opened.
        update("delete from applicant_link where lead_id in (:ids)", ids);
        // Nobody is left to answer: the person's requests still awaiting an answer are closed, and their open tasks
        // (a first answer due, a reminder) done, so that no inbox, home page or late count waits on them.
        update("update routed_inquiry set status = 'CLOSED', version = version + 1 where lead_id in (:ids)"
                + " and status in ('NEW', 'OPEN')", ids);
        em.createNativeQuery("update lead_task set done_at = :at, version = version + 1 where lead_id in (:ids)"
                        + " and done_at is null")
                .setParameter("at", at).setParameter("ids", ids).executeUpdate();
        // The register keeps that a consent changed, and when and how; not the address, the note or where from.
        update("update consent_change set email_normalized = null, note = null, ip_address = null"
                + " where lead_id in (:ids)", ids);
    }

    /**
     * Of these addresses, the ones some other centre still follows — a lead of it not erased, or, with
     * {@code showcaseToo}, an apprentice it knows by a showcase profile (by the profile's own lines of the register,
     * which keep the address once a withdrawal has blanked the profile's) —, in both spellings of their domain. What is
     * the person's to every centre (the platform's mail, an access request) stays for that centre. Both spellings are
     * looked for and given back: a key kept apart by V76 still writes its domain in ASCII, and mail written before V76
     * kept the domain as it was typed, where the key now writes it in Unicode.
     */
    Set<String> followedElsewhere(long tenantId, Collection<String> addresses, boolean showcaseToo) {
        Set<String> spelt = new LinkedHashSet<>();
        addresses.forEach(address -> spelt.add(address.toLowerCase(java.util.Locale.ROOT)));
        withBothSpellings(spelt);
        Set<String> followed = new LinkedHashSet<>();
        for (List<String> slice : slices(new ArrayList<>(spelt))) {
            @SuppressWarnings("unchecked")
            List<String> found = em.createNativeQuery("select o.email_normalized from `lead` o"
                            + " where o.email_normalized in (:addresses) and o.tenant_id <> :tenant"
                            + " and o.erased_at is null"
                            + (showcaseToo ? " union select oc.email_normalized from consent_record oc"
                            + " join showcase_profile op on op.id = oc.showcase_profile_id"
                            + " where oc.email_normalized in (:addresses) and oc.purpose <> 'GUARDIAN'"
                            + " and op.tenant_id <> :tenant" : ""))
                    .setParameter("addresses", slice).setParameter("tenant", tenantId).getResultList();
            found.forEach(address -> followed.add(address.toLowerCase(java.util.Locale.ROOT)));
        }
        withBothSpellings(followed);
        return followed;
    }

    /**
     * What an erased message keeps: that it went out, and when; a message not yet sent is given up. Its file, kept
     * apart ({@code outbox_attachment}), is deleted first.
     */
    private static final String EMPTIED = "m.recipient = '', m.subject = :marker, m.body_text = '', m.body_html = null,"
            + " m.one_click_unsubscribe = null, m.attachment_name = null, m.attachment_type = null, m.last_error = null,"
            + " m.delivery_diagnostic = null,"
            + " m.status = case when m.status in ('PENDING', 'HELD') then 'FAILED' else m.status end";

    /**
     * Mail kept after sending, to any of these addresses: the centre's own, and the platform's (an acknowledgement of
     * a request, an access request's link) unless another centre still follows that address
     * ({@link #followedElsewhere}). A message not yet sent is given up. What stays: that a message went out, and when.
     */
    void eraseMailSentTo(long tenantId, List<String> addresses) {
        Set<String> followed = followedElsewhere(tenantId, addresses, true);
        // The column's collation, which ignores case and accents, finds the rows by its index (V33); each is then kept
        // by its address exactly, in lower case: "andre@" is not "andré@", and another centre following "andré@" does
        // not keep the platform's mail to "andre@".
        String theirs = " where m.recipient in (:addresses)"
                + " and lower(m.recipient) collate utf8mb4_bin in (:addresses)"
                + " and (m.tenant_id = :tenant or (m.tenant_id is null"
                + " and lower(m.recipient) collate utf8mb4_bin not in (:followed)))";
        // No address followed elsewhere: a list that matches no recipient.
        List<String> followedList = followed.isEmpty() ? List.of("") : List.copyOf(followed);
        em.createNativeQuery("delete a from outbox_attachment a join outbox_message m on m.id = a.message_id" + theirs)
                .setParameter("addresses", addresses).setParameter("tenant", tenantId)
                .setParameter("followed", followedList).executeUpdate();
        em.createNativeQuery("update outbox_message m set " + EMPTIED + theirs)
                .setParameter("marker", MARKER).setParameter("addresses", addresses).setParameter("tenant", tenantId)
                .setParameter("followed", followedList).executeUpdate();
    }

    /**
     * What keeps these addresses themselves: the preferences links, the access requests, the centre's opt-outs and
     * unsubscribe links.
     */
    void forgetAddresses(long tenantId, List<String> addresses) {
        // A preferences link opens the address's consents at every centre that still follows it: the links go when
        // none does, and stay while another centre's mails, which carry them, may still be opened (this centre's
        // erased record is no longer found by the address).
        em.createNativeQuery("delete from preference_link where email_normalized in (:addresses)"
                        + " and not exists (select 1 from `lead` o where o.email_normalized"
                        + " = preference_link.email_normalized and o.tenant_id <> :tenant and o.erased_at is null)")
                .setParameter("addresses", addresses).setParameter("tenant", tenantId).executeUpdate();
        // An access request keeps that it was made and answered, not by whom; unless another centre still follows
        // the address: the request is the person's to every centre, and that centre's answer goes to the address.
        Set<String> followed = followedElsewhere(tenantId, addresses, true);
        em.createNativeQuery("update access_request r set r.email_normalized = '', r.ip_address = null"
                        + " where r.email_normalized in (:addresses) and r.email_normalized not in (:followed)")
                .setParameter("addresses", addresses)
                .setParameter("followed", followed.isEmpty() ? List.of("") : List.copyOf(followed))
                .executeUpdate();
        for (String table : List.of("mail_opt_out", "unsubscribe_link")) {
            em.createNativeQuery("delete from " + table + " where tenant_id = :tenant and email_normalized in"
                            + " (:addresses)")
                    .setParameter("tenant", tenantId).setParameter("addresses", addresses).executeUpdate();
        }
    }

    /**
     * An apprentice's showcase profiles at this centre under these addresses, with the name each shows (none once
     * withdrawn): by the address a profile holds, or, withdrawn (its address blanked), by its own lines of the consent
     * register — never by a guardian's line, which holds the parent's address and belongs to a child of theirs who may
     * be someone else. Found by the indexes.
     */
    Map<Long, String> showcaseProfilesUnder(long tenantId, List<String> addresses) {
        @SuppressWarnings("unchecked")
        List<Object[]> found = em.createNativeQuery("select s.id, s.display_name from showcase_profile s"
                        + " where s.tenant_id = :tenant and s.email_normalized in (:addresses)"
                        + " union select s.id, s.display_name from consent_record c join showcase_profile s"
                        + " on s.id = c.showcase_profile_id where s.tenant_id = :tenant and c.email_normalized in"
                        + " (:addresses) and c.purpose <> 'GUARDIAN'")
                .setParameter("tenant", tenantId).setParameter("addresses", addresses).getResultList();
        Map<Long, String> profiles = new LinkedHashMap<>();
        found.forEach(row -> profiles.put(((Number) row[0]).longValue(), (String) row[1]));
        return profiles;
    }

    /**
     * These showcase profiles of the centre go whole: their photos, links, reports, counts and consents with them
     * (foreign keys cascade), off every public page as the transaction commits, and the showcase told (its filters
     * name their trades).
     */
    void deleteShowcaseProfilesById(long tenantId, List<Long> profiles) {
        if (!profiles.isEmpty()) {
            // A profile public when erased (or off the showcase for a review) had an address people were sent: it says
            // the profile is no longer published (410), by its number alone, rather than that it never existed.
            @SuppressWarnings("unchecked")
            List<Number> published = em.createNativeQuery("select id from showcase_profile where id in (:ids)"
                            + " and (status = 'APPROVED' or off_for_review_since is not null)")
                    .setParameter("ids", profiles).getResultList();
            gonePages.record(ca.tremplin.kernel.GonePages.Kind.SHOWCASE_PROFILE, tenantId,
                    published.stream().map(id -> String.valueOf(id.longValue())).toList());
            em.createNativeQuery("delete from showcase_profile where tenant_id = :tenant and id in (:ids)")
                    .setParameter("tenant", tenantId).setParameter("ids", profiles).executeUpdate();
            profilesErased.fire(new ShowcaseProfilesErased(tenantId, List.copyOf(profiles)));
        }
    }

    /** Text that names these people without a link (an import's report, a list kept on disk): forgotten. */
    void forgetMentions(long tenantId, List<PersonTraits> people) {
        mentions.forEach(kept -> kept.forget(tenantId, people));
    }

    /**
     * Each address in both spellings of its domain, added to the set: mail written before V76 kept a domain typed in
     * ASCII ("xn--cole-9oa.ca") as it was typed, and the person's key now writes it in Unicode ("école.ca").
     */
    static void withBothSpellings(Set<String> addresses) {
        for (String address : List.copyOf(addresses)) {
            addresses.add(ca.tremplin.kernel.EmailAddresses.withUnicodeDomain(address));
            ca.tremplin.kernel.EmailAddresses.withAsciiDomain(address).ifPresent(addresses::add);
        }
    }

    /** Each record of the people (their leads and the duplicates merged into them, however long ago) → its person. */
    private Map<Long, Long> withMergedDuplicates(long tenantId, List<Long> people) {
        Map<Long, Long> personOf = new LinkedHashMap<>();
        people.forEach(id -> personOf.put(id, id));
        List<Long> frontier = new ArrayList<>(people);
        while (!frontier.isEmpty()) {
            List<Long> next = new ArrayList<>();
            for (List<Long> ids : slices(frontier)) {
                @SuppressWarnings("unchecked")
                // By the index of merges: with hundreds of ids MariaDB estimates from statistics, not the index,
                // and would read every lead of the centre instead.
                List<Object[]> merged = em.createNativeQuery("select id, merged_into_id from `lead`"
                                + " force index (fk_lead_merged_into)"
                                + " where tenant_id = :tenant and merged_into_id in (:ids)")
                        .setParameter("tenant", tenantId).setParameter("ids", ids).getResultList();
                for (Object[] row : merged) {
                    long duplicate = ((Number) row[0]).longValue();
                    if (!personOf.containsKey(duplicate)) {
                        personOf.put(duplicate, personOf.get(((Number) row[1]).longValue()));
                        next.add(duplicate);
                    }
                }
            }
            frontier = next;
        }
        return personOf;
    }

    /**
     * Every address, name and phone each person was known by: their leads, requests, registrations, audit lines. A
     * person with one name only, in either field, is known by that name.
     */
    private Map<Long, PersonTraits> traits(List<Long> records, Map<Long, Long> personOf) {
        Map<Long, Set<String>> emails = new HashMap<>();
        Map<Long, Set<PersonTraits.Name>> names = new HashMap<>();
        Map<Long, Set<String>> phones = new HashMap<>();
        for (List<Long> ids : slices(records)) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery(
                            "select l.id, l.email_normalized, l.first_name, l.last_name, l.phone_e164 from `lead` l"
                            + " where l.id in (:ids)"
                            + " union all select g.lead_id, g.email_normalized, g.first_name, g.last_name, g.phone_e164"
                            + " from event_registration g where g.lead_id in (:ids)"
                            + " union all select r.lead_id, i.email_normalized, i.first_name, i.last_name, i.phone_e164"
                            + " from routed_inquiry r join inquiry i on i.id = r.inquiry_id where r.lead_id in (:ids)"
                            + " union all select a.lead_id, case when a.field = 'EMAIL' then lower(v.value) end, null,"
                            + " null, case when a.field = 'PHONE' then v.value end from lead_audit a"
                            + " join (select id, old_value value from lead_audit where lead_id in (:ids)"
                            + " union all select id, new_value from lead_audit where lead_id in (:ids)) v on v.id = a.id"
                            + " where a.field in ('EMAIL', 'PHONE')"
                            + " union all select p.lead_id, case when p.field = 'EMAIL' then lower(p.proposed_value) end,"
                            + " null, null, case when p.field = 'PHONE' then p.proposed_value end from lead_proposal p"
                            + " where p.lead_id in (:ids) and p.field in ('EMAIL', 'PHONE')")
                    .setParameter("ids", ids).getResultList();
            for (Object[] row : rows) {
                long person = personOf.get(((Number) row[0]).longValue());
                String email = PersonTraits.lower((String) row[1]);
                if (email != null) {
                    emails.computeIfAbsent(person, p -> new LinkedHashSet<>()).add(email);
                }
                // A person with one name only (the other field "") is named by it: the mail to their guardian
                // names them so ("Votre consentement pour Awa").
                PersonTraits.Name name = GuardianLines.nameOf((String) row[2], (String) row[3]);
                if (name != null) {
                    names.computeIfAbsent(person, p -> new LinkedHashSet<>()).add(name);
                }
                String phone = PersonTraits.phoneTail((String) row[4]);
                if (phone != null) {
                    phones.computeIfAbsent(person, p -> new LinkedHashSet<>()).add(phone);
                }
            }
        }
        Map<Long, PersonTraits> traits = new LinkedHashMap<>();
        for (long person : new LinkedHashSet<>(personOf.values())) {
            traits.put(person, new PersonTraits(emails.getOrDefault(person, Set.of()),
                    List.copyOf(names.getOrDefault(person, Set.of())), phones.getOrDefault(person, Set.of())));
        }
        return traits;
    }

    /** The requests of these leads that no lead of another centre (nor a lead kept here) still holds. */
    private List<Long> requestsNoOtherCentreHolds(List<Long> records) {
        List<Long> requests = new ArrayList<>();
        for (List<Long> ids : slices(records)) {
            @SuppressWarnings("unchecked")
            List<Number> found = em.createNativeQuery("select distinct r.inquiry_id from routed_inquiry r"
                            + " where r.lead_id in (:ids) and not exists (select 1 from routed_inquiry o"
                            + " join `lead` ol on ol.id = o.lead_id where o.inquiry_id = r.inquiry_id"
                            + " and ol.erased_at is null and o.lead_id not in (:ids))")
                    .setParameter("ids", ids).getResultList();
            found.forEach(id -> requests.add(id.longValue()));
        }
        return requests;
    }

    /**
     * Nobody is left to process or to meet: the people's applications still under way are closed as withdrawn, and
     * their interviews to come cancelled, each with its line on the timeline of the person (the record a duplicate
     * was merged into) by no member of staff, the "from → to" of a move and the time of an interview, which name
     * nobody. No mail: the news of a step still held in the outbox is taken back, and nothing else is written to an
     * erased person (the mail still waiting for their addresses is given up with the rest). Interviews begun or past
     * stay as they were.
     */
    private void closeApplications(List<Long> ids, LocalDateTime at) {
        String open = " a.lead_id in (:ids) and a.status not in ('HIRED', 'REJECTED', 'WITHDRAWN')";
        String upcoming = " from interview i join offer_application a on a.id = i.application_id"
                + " join `lead` l on l.id = a.lead_id where a.lead_id in (:ids) and i.cancelled_at is null"
                + " and i.starts_at > :at";
        em.createNativeQuery("insert into lead_event (tenant_id, lead_id, kind, actor_id, detail, occurred_at)"
                        + " select i.tenant_id, coalesce(l.merged_into_id, l.id), 'INTERVIEW_CANCELLED', null,"
                        + " concat(date_format(i.starts_at, '%Y-%m-%dT%H:%i:%sZ'), ' ', i.time_zone), :at" + upcoming)
                .setParameter("ids", ids).setParameter("at", at).executeUpdate();
        em.createNativeQuery("update interview i join offer_application a on a.id = i.application_id"
                        + " set i.cancelled_at = :at, i.sequence = i.sequence + 1, i.answer_task_id = null"
                        + " where a.lead_id in (:ids) and i.cancelled_at is null and i.starts_at > :at")
                .setParameter("ids", ids).setParameter("at", at).executeUpdate();
        @SuppressWarnings("unchecked")
        List<Number> held = em.createNativeQuery("select a.news_held_id from offer_application a"
                + " where a.lead_id in (:ids) and a.news_held_id is not null").setParameter("ids", ids).getResultList();
        em.createNativeQuery("insert into lead_event (tenant_id, lead_id, kind, actor_id, detail, occurred_at)"
                        + " select a.tenant_id, coalesce(l.merged_into_id, l.id), 'APPLICATION_STATUS', null,"
                        + " concat('#', a.offer_id, ' ', a.status, :withdrawn), :at from offer_application a"
                        + " join `lead` l on l.id = a.lead_id where" + open)
                .setParameter("ids", ids).setParameter("at", at).setParameter("withdrawn", " → WITHDRAWN")
                .executeUpdate();
        em.createNativeQuery("update offer_application a set a.status = 'WITHDRAWN', a.status_since = :at,"
                        + " a.news_held_id = null, a.version = a.version + 1 where" + open)
                .setParameter("ids", ids).setParameter("at", at).executeUpdate();
        if (!held.isEmpty()) {
            em.createNativeQuery("delete from outbox_message where id in (:held) and status = 'PENDING'")
                    .setParameter("held", held.stream().map(Number::longValue).toList()).executeUpdate();
        }
    }

    private void update(String sql, List<Long> ids) {
        var query = em.createNativeQuery(sql).setParameter("ids", ids);
        if (sql.contains(":marker")) {
            query.setParameter("marker", MARKER);
        }
        if (sql.contains(":noHash")) {
            query.setParameter("noHash", NO_HASH);
        }
        query.executeUpdate();
    }

    private static <T> List<List<T>> slices(List<T> values) {
        return slices(values, SLICE);
    }

    private static <T> List<List<T>> slices(List<T> values, int size) {
        List<List<T>> slices = new ArrayList<>();
        for (int from = 0; from < values.size(); from += size) {
            slices.add(values.subList(from, Math.min(values.size(), from + size)));
        }
        return slices;
    }
}
