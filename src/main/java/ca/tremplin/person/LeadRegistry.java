package ca.tremplin.person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

/**
 * The one place where a person becomes a lead of a centre, whatever brought them (a request, an event, an
 * application) — except imported lists, which {@code ca.tremplin.leadimport.ImportedRegistrations} writes a chunk
 * at a time by the same rules: one lead per normalised e-mail and centre; a returning person joins their lead, and
 * what they gave this time fills what the record lacks but never rewrites it (see {@link LeadDetails}). Runs in the
 * caller's transaction, for the tenant the caller stands in (or, from the root tenant, the one named).
 */
@ApplicationScoped
public class LeadRegistry {

    @Inject
    LeadRepository leads;

    @Inject
    LeadDetails details;

    @Inject
    LeadFunnels funnels;

    /** The lead, and whether it was created now (rather than joined). */
    public record Joined(Lead lead, boolean created) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Joined joinOrCreate(long tenantId, ContactDetails person, Instant at, ChangeSource source, Long sourceRef) {
        return joinOrCreate(tenantId, person, at, null, source, sourceRef);
    }

    /**
     * Who follows this person at the centre already: the owner of the lead the person's details lead to (found as
     * {@link #joinOrCreate} finds it), if any.
     */
    public Optional<Long> ownerOf(long tenantId, ContactDetails person) {
        Lead lead = known(tenantId, person);
        return lead == null ? Optional.empty() : Optional.ofNullable(lead.getOwnerId());
    }

    /** The centre's lead of this person: by e-mail, or without one (a walk-in, a list) by name and phone. */
    private Lead known(long tenantId, ContactDetails person) {
        return person.emailNormalized() != null ? leads.findLead(tenantId, person.emailNormalized()).orElse(null)
                : person.phoneE164() == null ? null : leads.findLeadByNameAndPhone(tenantId, person.firstName(),
                        person.lastName(), person.phoneE164()).orElse(null);
    }

    /**
     * The centre's lead these details lead to, as {@link #joinOrCreate} finds it, its row locked until the transaction
     * ends, so that what the caller then reads of the person and writes about them — their applications — is read and
     * written by one at a time. Locked before it is read: a merge or an erasure of the record at that moment is waited
     * for and seen — the record it was merged into locked in its turn, an erased person no longer found by their
     * details. Empty for a person the centre does not know yet, whom the unique key on the address makes one lead
     * however many arrive at once.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Lead> lockKnown(long tenantId, ContactDetails person) {
        Lead lead = known(tenantId, person);
        for (int hops = 0; lead != null && hops < MOST_LOCKS; hops++) {
            leads.lockAndReread(lead);
            Lead now = known(tenantId, person);
            if (now == null || now.getId().equals(lead.getId())) {
                return Optional.ofNullable(now);
            }
            // Merged while we waited: the record it lives on in is the person now.
            lead = now;
        }
        if (lead != null) {
            // Said as a row moved under the caller, which tries again.
            throw new jakarta.persistence.OptimisticLockException("lead " + lead.getId() + " merged again meanwhile");
        }
        return Optional.empty();
    }

    /**
     * The person the record {@code leadId} is now ({@link #lead}: itself, or the record it was merged into), its row
     * locked until the transaction ends and read again once locked — for staff's work on what a record holds (an
     * application moved, an interview set), which knows the record before the person and locks the person first, in
     * the order of an erasure (the person, then their applications). Merged while its lock was waited for: the record
     * it was merged into is locked in its turn and is the person.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Lead lockPerson(long leadId) {
        Lead person = lead(leadId);
        if (leads.lockedHere(person)) {
            return person;
        }
        for (int hops = 0; hops < MOST_LOCKS; hops++) {
            leads.lockAndReread(person);
            if (person.getMergedIntoId() == null) {
                return person;
            }
            person = leads.living(person);
        }
        throw new jakarta.persistence.OptimisticLockException("lead " + leadId + " merged again meanwhile");
    }

    /**
     * The people these records are now, each locked as {@link #lockPerson} locks one, in the order of their ids (the
     * order of an erasure of many at once): a bulk decision on many applications takes their people before them.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public java.util.List<Lead> lockPeople(java.util.Collection<Long> leadIds) {
        return leadIds.stream().map(id -> lead(id).getId()).distinct().sorted().map(this::lockPerson).toList();
    }

    /** The lead and the records merged into it, however many merges away: whatever still names the person. */
    public java.util.List<Long> withMergedRecords(long leadId) {
        return leads.withMergedRecords(leadId);
    }

    /** More records locked in turn, each merged into the next while its lock was waited for, than any centre makes. */
    private static final int MOST_LOCKS = 5;

    /**
     * As above; a lead without an owner (a new one included) gets {@code defaultOwner}, when there is one.
     * {@code source} and {@code sourceRef} (the request, event or offer) say where the details came from.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Joined joinOrCreate(long tenantId, ContactDetails person, Instant at, Long defaultOwner,
                               ChangeSource source, Long sourceRef) {
        return joinOrCreate(tenantId, person, at, defaultOwner, source, sourceRef, null);
    }

    /**
     * As above, for what a staff member typed as the person said it ({@code typedBy}: a capture at a fair, a
     * walk-in): the audit of what it filled names them.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Joined joinOrCreate(long tenantId, ContactDetails person, Instant at, Long defaultOwner,
                               ChangeSource source, Long sourceRef, Long typedBy) {
        Lead lead = known(tenantId, person);
        if (lead == null) {
            lead = new Lead(tenantId, person, at);
            lead.ownedByDefault(defaultOwner);
            leads.persist(lead);
            leads.flush();
            StageChange entry = StageChange.created(lead);
            leads.persist(entry);
            funnels.created(lead, entry);
            return new Joined(lead, true);
        }
        details.fillOrPropose(lead, LeadDetails.given(person), source, sourceRef, typedBy, at);
        lead.cameBackAt(at);
        lead.ownedByDefault(defaultOwner);
        return new Joined(lead, false);
    }

    /**
     * What a person the centre knows gives again (registering a second time to an event, say): filled where the
     * record lacks it, proposed to staff where it differs, never written over. Nothing when no lead has the address.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void offer(long tenantId, ContactDetails person, Instant at, ChangeSource source, Long sourceRef,
                      Long typedBy) {
        Lead lead = known(tenantId, person);
        if (lead != null) {
            details.fillOrPropose(lead, LeadDetails.given(person), source, sourceRef, typedBy, at);
        }
    }

    /**
     * The centre's lead these details lead to, as {@link #joinOrCreate} would find it (by e-mail, an address of a
     * record merged into it included, or by name and phone), without creating one.
     */
    public Optional<Long> knownLeadId(long tenantId, ContactDetails person) {
        Lead lead = known(tenantId, person);
        return lead == null ? Optional.empty() : Optional.of(lead.getId());
    }

    /** The lead of this id in the caller's tenant (the one it lives on in, when merged into another). */
    public Lead lead(long leadId) {
        return leads.living(leads.byId(leadId).orElseThrow(
                () -> new ca.tremplin.kernel.NotFoundException("lead " + leadId)));
    }

    /** A line on the lead's timeline that belongs to no information request (an event, an import...). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordOnTimeline(long tenantId, long leadId, LeadEventKind kind, Long actorId, String detail,
                                 Instant at) {
        leads.persist(new LeadEvent(tenantId, leadId, kind, actorId, detail, at));
    }
}
