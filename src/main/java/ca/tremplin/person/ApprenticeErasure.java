package ca.tremplin.person;

import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.kernel.NotFoundException;
import ca.tremplin.security.Role;
import ca.tremplin.security.SignedInUser;
import ca.tremplin.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Erasure of an apprentice a centre knows only by the profile they posted on its showcase ("Fiers d'être
 * apprentis"): no request, registration or application made them a lead there, so the lead page's erasure never
 * reaches them. The same erasure as a lead's ({@link PersonErasure}), for what a profile holds: every profile of the
 * person at the centre goes whole — its name, text, workplace, address, guardian, photos in every size, private links,
 * visitors' reports, counters and consents —, off every public page and the sitemap as the transaction commits; the
 * mail sent to the person is emptied, and the mail to the guardian who consented for them that names them (the
 * guardian's other mail, and their other children's, stay: {@link PersonErasure#eraseUnderAddresses}); the centre's
 * opt-outs and unsubscribe links for the address go, and so do the platform's mail and the access requests under it
 * unless another centre still follows the address. {@code person_erasure} records it by the profile's number (V74), never the data.
 *
 * <p>The person is the addresses the profile was posted under — its own, or, once withdrawn (blanked), the ones its
 * consent register keeps, the guardian's lines aside — and every profile of the centre under them. A person the centre
 * also follows as a lead is erased from the lead page, which takes their profiles with the rest: refused here, naming
 * that lead. Two ways in, as for leads: the centre's admin at the person's request ({@link #eraseOnRequest}), and the
 * end of the retention period ({@link #eraseForRetention}); and a third after a restored backup ({@link #eraseAgain}).
 *
 * <p>Retention: apprentices are no prospects, and of the centre's rules ({@link RetentionRule}) only "lost or
 * inactive" speaks of them — a profile that is not public nor waiting for a moderator (withdrawn, refused, waiting for
 * the person's changes or for a guardian who never came) and that nothing happened to for the months set. A published
 * profile stands on a consent the person keeps and can withdraw; a profile waiting for a moderator waits for the
 * centre, not for the person. The stages of admission and enrolment the other rules count are never an apprentice's.
 */
@ApplicationScoped
public class ApprenticeErasure {

    /** A profile's addresses: its own, or those its consent register keeps (never the guardian's lines). */
    private static final String ADDRESSES_OF = "select s.email_normalized from showcase_profile s where s.id in (:ids)"
            + " and s.email_normalized is not null union select c.email_normalized from consent_record c"
            + " where c.showcase_profile_id in (:ids) and c.purpose <> 'GUARDIAN' and c.email_normalized is not null";

    /**
     * The statuses of a profile its apprentice left behind, which retention may end: withdrawn, refused, waiting for
     * the apprentice's changes or for a guardian. Not a published profile (its consent stands) nor one waiting for a
     * moderator (it waits for the centre).
     */
    static final List<String> LEFT_BEHIND = List.of("WITHDRAWN", "REFUSED", "CHANGES_REQUESTED", "AWAITING_GUARDIAN");

    /**
     * A profile {@code p} due by the "lost or inactive" rule: left behind ({@link #LEFT_BEHIND}), and nothing since
     * {@code :cutoff} — posted, moderated, withdrawn, confirmed by a guardian, nor a consent given again with an edit.
     */
    private static final String DUE = "p.status in ('" + String.join("', '", LEFT_BEHIND) + "')"
            + " and greatest(p.submitted_at, coalesce(p.moderated_at, p.submitted_at),"
            + " coalesce(p.withdrawn_at, p.submitted_at), coalesce(p.guardian_confirmed_at, p.submitted_at)) < :cutoff"
            + " and not exists (select 1 from consent_record c where c.showcase_profile_id = p.id"
            + " and c.given_at >= :cutoff)";

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Inject
    PersonErasure erasure;

    @Inject
    SignedInUser signedInUser;

    @Inject
    Clock clock;

    /** An apprentice at a centre: the addresses they posted under, and every profile of the centre under them. */
    record Apprentice(long tenantId, long profileId, List<String> addresses, List<Long> profiles) {
    }

    /**
     * Erases the apprentice of this profile of the current centre, as its person in charge of personal information
     * (a centre admin) confirms it at the person's request. Another centre's profile is not found, whatever id is
     * sent; one whose person the centre follows as a lead is refused, naming the lead whose page erases them.
     */
    @Transactional
    public PersonErasureRecord eraseOnRequest(long profileId) {
        signedInUser.require(Role.CSS_ADMIN, Role.PLATFORM_ADMIN);
        long tenantId = TenantContext.currentTenantId();
        if (locked(tenantId, List.of(profileId)).isEmpty()) {
            throw new NotFoundException("showcase profile " + profileId);
        }
        Apprentice apprentice = apprentice(tenantId, profileId);
        Long lead = leadFollowing(tenantId, apprentice.addresses());
        if (lead != null) {
            throw new BusinessRuleException("erasure.apprentice.followedAsLead", String.valueOf(lead));
        }
        return erase(apprentice, ErasureReason.REQUEST, null, signedInUser.getUserId(), clock.instant());
    }

    /**
     * The lead that follows, at the profile's centre, the apprentice of each of these profiles, by profile (absent:
     * known only by the profile): the showcase's moderators are sent to that lead's page to erase them.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<Long, Long> leadsFollowing(Collection<Long> profileIds) {
        Map<Long, Long> leads = new HashMap<>();
        if (profileIds.isEmpty()) {
            return leads;
        }
        // A merged duplicate under the address sends to the record it was merged into.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select a.profile_id, min(coalesce(l.merged_into_id, l.id))"
                        + " from (select s.id profile_id, s.tenant_id, s.email_normalized email from showcase_profile s"
                        + " where s.id in (:ids) and s.email_normalized is not null"
                        + " union select s.id, s.tenant_id, c.email_normalized from consent_record c"
                        + " join showcase_profile s on s.id = c.showcase_profile_id where s.id in (:ids)"
                        + " and c.purpose <> 'GUARDIAN' and c.email_normalized is not null) a"
                        + " join `lead` l on l.tenant_id = a.tenant_id and l.email_normalized = a.email"
                        + " and l.erased_at is null group by a.profile_id")
                .setParameter("ids", profileIds).getResultList();
        rows.forEach(row -> leads.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
        return leads;
    }

    /**
     * The next profiles of the centre due by the "lost or inactive" rule ({@link #DUE}) after the last one read, at
     * most {@code most}: candidates only, each checked again with its person's other profiles as it is erased.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Long> dueForRetention(long tenantId, LocalDateTime cutoff, long after, int most) {
        @SuppressWarnings("unchecked")
        List<Number> due = em.createNativeQuery("select p.id from showcase_profile p where p.tenant_id = :tenant"
                        + " and p.id > :after and " + DUE + " order by p.id")
                .setParameter("tenant", tenantId).setParameter("after", after).setParameter("cutoff", cutoff)
                .setMaxResults(most).getResultList();
        return due.stream().map(Number::longValue).toList();
    }

    /**
     * Erases, in the caller's transaction, the apprentices of these profiles whose retention ran out by the "lost or
     * inactive" rule: each only when every profile of the person at the centre is due and no lead of the centre
     * follows them (that lead's own retention decides). Profiles erased meanwhile are passed over; returns how many
     * people were erased.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int eraseForRetention(long tenantId, List<Long> profileIds, LocalDateTime cutoff, Instant now) {
        Set<Long> done = new LinkedHashSet<>();
        int erased = 0;
        for (long profileId : locked(tenantId, profileIds)) {
            if (done.contains(profileId)) {
                continue;
            }
            Apprentice apprentice = apprentice(tenantId, profileId);
            done.addAll(apprentice.profiles());
            if (leadFollowing(tenantId, apprentice.addresses()) == null
                    && allDue(tenantId, apprentice.profiles(), cutoff)) {
                erase(apprentice, ErasureReason.RETENTION, RetentionRule.LOST_OR_INACTIVE, null, now);
                erased++;
            }
        }
        return erased;
    }

    /**
     * Erases again, in the caller's transaction, the apprentice of a profile whose erasure is recorded but whom a
     * restored backup brought back ({@link ErasedAgainAfterRestore}): the same erasure, no second record. Returns
     * whether the profile was still there.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean eraseAgain(long tenantId, long profileId) {
        if (locked(tenantId, List.of(profileId)).isEmpty()) {
            return false;
        }
        forget(apprentice(tenantId, profileId));
        return true;
    }

    /** These profiles of the centre that still exist, locked: two servers never erase (and record) one twice. */
    private List<Long> locked(long tenantId, List<Long> profileIds) {
        @SuppressWarnings("unchecked")
        List<Number> found = profileIds.isEmpty() ? List.of() : em.createNativeQuery("select id from showcase_profile"
                        + " where tenant_id = :tenant and id in (:ids) order by id for update")
                .setParameter("tenant", tenantId).setParameter("ids", profileIds).getResultList();
        return found.stream().map(Number::longValue).toList();
    }

    /** The person of a profile: its addresses, and every profile of the centre under them (this one always). */
    Apprentice apprentice(long tenantId, long profileId) {
        @SuppressWarnings("unchecked")
        List<String> addresses = em.createNativeQuery(ADDRESSES_OF).setParameter("ids", List.of(profileId))
                .getResultList();
        Set<Long> profiles = new LinkedHashSet<>(List.of(profileId));
        profilesUnder(tenantId, addresses).forEach(row -> profiles.add(((Number) row[0]).longValue()));
        return new Apprentice(tenantId, profileId, List.copyOf(new LinkedHashSet<>(addresses)), List.copyOf(profiles));
    }

    /**
     * Of these addresses, those the centre still knows by a showcase profile: an apprentice erased since (their
     * profiles and registers deleted) is no longer, and their part of an access request has no address to go to.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<String> addressesHeld(long tenantId, Collection<String> addresses) {
        Set<String> held = new LinkedHashSet<>();
        profilesUnder(tenantId, addresses).forEach(row -> held.add((String) row[1]));
        return held;
    }

    /**
     * The centre's profiles under these addresses, each with the address it was found by: the profile's own, or the
     * one its consent register keeps once a withdrawal blanked it (never a guardian's line, which names the parent).
     */
    private List<Object[]> profilesUnder(long tenantId, Collection<String> addresses) {
        if (addresses.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select s.id, s.email_normalized from showcase_profile s"
                        + " where s.tenant_id = :tenant and s.email_normalized in (:addresses)"
                        + " union select c.showcase_profile_id, c.email_normalized from consent_record c"
                        + " join showcase_profile s on s.id = c.showcase_profile_id where s.tenant_id = :tenant"
                        + " and c.email_normalized in (:addresses) and c.purpose <> 'GUARDIAN'")
                .setParameter("tenant", tenantId).setParameter("addresses", addresses).getResultList();
        return rows;
    }

    /** A lead of the centre, not erased, under one of these addresses: the record it was merged into, if it was. */
    Long leadFollowing(long tenantId, List<String> addresses) {
        if (addresses.isEmpty()) {
            return null;
        }
        List<?> found = em.createNativeQuery("select coalesce(l.merged_into_id, l.id) from `lead` l"
                        + " where l.tenant_id = :tenant and l.email_normalized in (:addresses) and l.erased_at is null"
                        + " order by l.id")
                .setParameter("tenant", tenantId).setParameter("addresses", addresses).setMaxResults(1)
                .getResultList();
        return found.isEmpty() ? null : ((Number) found.get(0)).longValue();
    }

    /** Whether every one of these profiles is due by the "lost or inactive" rule. */
    private boolean allDue(long tenantId, List<Long> profiles, LocalDateTime cutoff) {
        long due = ((Number) em.createNativeQuery("select count(*) from showcase_profile p where p.tenant_id = :tenant"
                        + " and p.id in (:ids) and " + DUE)
                .setParameter("tenant", tenantId).setParameter("ids", profiles).setParameter("cutoff", cutoff)
                .getSingleResult()).longValue();
        return due == profiles.size();
    }

    private PersonErasureRecord erase(Apprentice apprentice, ErasureReason reason, RetentionRule rule, Long actorId,
                                      Instant now) {
        forget(apprentice);
        PersonErasureRecord record = PersonErasureRecord.ofApprentice(apprentice.profileId(), reason, rule, actorId,
                now, apprentice.profiles().size());
        em.persist(record);
        em.flush();
        return record;
    }

    /**
     * Removes the apprentice's data from everywhere: their profiles whole, the mail to them and the mail about them to
     * the guardian who consented for them, what keeps their address, and the text that names them by it. The guardian's
     * own choices and their other children's profiles and mail are theirs, and stay.
     */
    private void forget(Apprentice apprentice) {
        em.flush();
        long tenantId = apprentice.tenantId();
        // The guardians' addresses and the names the profiles showed (the guardian's mail names the apprentice by it),
        // read before the profiles and their registers go.
        @SuppressWarnings("unchecked")
        List<String> guardians = em.createNativeQuery("select lower(s.guardian_email) from showcase_profile s"
                        + " where s.id in (:ids) and s.guardian_email is not null union select lower(c.guardian_email)"
                        + " from consent_record c where c.showcase_profile_id in (:ids) and c.guardian_email is not null")
                .setParameter("ids", apprentice.profiles()).getResultList();
        @SuppressWarnings("unchecked")
        List<String> shown = em.createNativeQuery("select display_name from showcase_profile where id in (:ids)"
                        + " and display_name is not null")
                .setParameter("ids", apprentice.profiles()).getResultList();
        // Mail kept before the keys were written in Unicode (V76) has the domain as it was typed ("xn--…"), and a
        // guardian's address is read as typed: both spellings are looked for, as for a lead's erasure.
        Set<String> own = new LinkedHashSet<>(apprentice.addresses());
        PersonErasure.withBothSpellings(own);
        Set<String> guardianAddresses = new LinkedHashSet<>(guardians);
        PersonErasure.withBothSpellings(guardianAddresses);
        guardianAddresses.removeAll(own);
        PersonTraits person = new PersonTraits(new LinkedHashSet<>(apprentice.addresses()), List.of(), Set.of());
        erasure.eraseUnderAddresses(tenantId, new PersonErasure.PeopleErased(own, guardianAddresses,
                PersonErasure.asMailNamesThem(List.of(person), shown), List.of(person), List.of(),
                apprentice.profiles()));
        if (!apprentice.addresses().isEmpty()) {
            erasure.forgetMentions(tenantId, List.of(person));
        }
        // Their profiles, found by their own lines of the registers: a profile whose guardian's line names one of these
        // addresses is a child's of theirs, and the child's own.
        erasure.deleteShowcaseProfilesById(tenantId, new ArrayList<>(apprentice.profiles()));
    }
}
