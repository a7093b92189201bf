package ca.tremplin.offer;

import ca.tremplin.catalog.CatalogRepository;
import ca.tremplin.catalog.Program;
import ca.tremplin.catalog.TrainingSector;
import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.kernel.NotFoundException;
import ca.tremplin.security.Role;
import ca.tremplin.security.SignedInUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a school service centre's admin does with its offers: write them, link them to the programs that
 * prepare for the trade, open and close them, record filled positions. Every read and write is
 * tenant-filtered, so an id of another centre's offer or program is not found. Each change carries the
 * version the person started from; if someone saved in between, they get a conflict message, never an
 * overwrite — except a form's save after hires alone, which changed none of its fields: the form's fields are
 * copied onto the offer read locked, its filled positions kept.
 */
@ApplicationScoped
public class OfferService {

    @Inject
    OfferRepository offers;

    @Inject
    CatalogRepository catalog;

    @Inject
    SignedInUser signedInUser;

    @Inject
    java.time.Clock clock;

    @Inject
    OfferHistory history;

    @Inject
    ca.tremplin.kernel.GonePages gonePages;

    @Transactional
    public Offer find(long id) {
        requireOfferAdmin();
        return loaded(existing(id));
    }

    /** Creates (as a draft) or updates an offer, in the employer's sector, linked to the given programs. */
    @Transactional
    public Offer save(Offer edited, String employerSectorCode, Set<Long> programIds) {
        requireOfferAdmin();
        edited.setEmployerSector(sector(employerSectorCode));
        if (edited.getStartDate() != null && edited.getApplicationDeadline() != null
                && edited.getApplicationDeadline().isAfter(edited.getStartDate())) {
            throw new BusinessRuleException("offer.deadlineAfterStart");
        }
        Set<Program> programs = programsOfThisCentre(programIds);
        // Read locked, as a hire on the applications board reads it: a hire meanwhile is waited for, and kept.
        Offer before = edited.getId() == null ? null : locked(edited.getId());
        if (before != null) {
            // The form offers the centre's published programs only: a program the offer led to that was archived or
            // set back to draft since is not among them, and its link stays (it shows again once published).
            before.getPrograms().stream()
                    .filter(program -> program.getStatus() != ca.tremplin.catalog.ProgramStatus.PUBLISHED)
                    .forEach(programs::add);
        }
        edited.setPrograms(programs);
        // A deadline set in the past would take the offer off the public pages without a word: refused, unless it is
        // the one the offer already had.
        java.time.LocalDate deadline = edited.getApplicationDeadline();
        if (deadline != null && deadline.isBefore(java.time.LocalDate.now(clock.withZone(
                ca.tremplin.kernel.QuebecTime.ZONE)))
                && (before == null || !deadline.equals(before.getApplicationDeadline()))) {
            throw new BusinessRuleException("offer.deadlinePassed", deadline);
        }
        edited.deriveSearchFields();
        if (offers.slugTaken(edited.getSlug(), edited.getId())) {
            throw new BusinessRuleException("offer.alreadyExists", edited.getEmployerName(), edited.getTradeFr());
        }
        if (edited.getId() == null) {
            edited.startAsDraft();
            try {
                offers.persist(edited);
            } catch (jakarta.persistence.PersistenceException raced) {
                // The same offer saved twice at once (a double click): the other one wrote it first.
                if (ca.tremplin.kernel.DuplicateKeys.refused(raced)) {
                    throw new BusinessRuleException("offer.alreadyExists", edited.getEmployerName(),
                            edited.getTradeFr());
                }
                throw raced;
            }
            history.created(edited);
            return loaded(edited);
        }
        Offer stored = before;
        // A form opened before a colleague's hire saves what it shows: the hire changed none of its fields.
        if (stored.getVersion() != edited.getVersion() && !stored.changedOnlyInFilledPositionsSince(edited)) {
            throw new BusinessRuleException("conflict.modifiedMeanwhile");
        }
        String formerSlug = stored.getSlug();
        OfferHistory.Before former = OfferHistory.before(stored, edited);
        stored.takeFormOf(edited);
        Offer saved = flushChecked(stored);
        history.edited(saved, former);
        if (!formerSlug.equals(saved.getSlug())) {
            // A corrected employer or trade moves the address: the one shared until now keeps leading here.
            offers.recordFormerSlug(saved, formerSlug, java.time.Instant.now());
        }
        return loaded(saved);
    }

    @Transactional
    public Offer changeStatus(long id, OfferStatus status, long expectedVersion) {
        return changeStatusOf(id, status, expectedVersion);
    }

    /**
     * Saves the offer as edited and opens or closes it, in one transaction: a status change refused (every position
     * filled, a colleague's change in between) saves nothing of the edit either, its address included.
     */
    @Transactional
    public Offer saveAndChangeStatus(Offer edited, String employerSectorCode, Set<Long> programIds,
                                     OfferStatus status) {
        requireOfferAdmin();
        if (edited.getId() != null && locked(edited.getId()).getStatus() != edited.getStatus()) {
            // Opened or closed from a status no longer the offer's (a colleague's click, the last position hired):
            // the person chose without seeing it.
            throw new BusinessRuleException("conflict.modifiedMeanwhile");
        }
        Offer saved = save(edited, employerSectorCode, programIds);
        return changeStatusOf(saved.getId(), status, saved.getVersion());
    }

    /**
     * Opening an offer whose deadline to apply passed would list it nowhere and take no application: refused, with the
     * deadline, until a later one is set (the same click may set it: {@link #saveAndChangeStatus} saves it first). An
     * offer someone applied to never goes back to draft: its applicants were sent its address, which a draft answers
     * as a page that never existed; it is closed instead, which its address says.
     */
    private Offer changeStatusOf(long id, OfferStatus status, long expectedVersion) {
        requireOfferAdmin();
        // Read locked, as a hire on the applications board reads it: a hire meanwhile is waited for, and its version
        // read, rather than an update of the offer waiting behind it and failing once it commits.
        Offer offer = locked(id);
        checkVersion(offer.getVersion(), expectedVersion);
        OfferStatus former = offer.getStatus();
        if (status == OfferStatus.OPEN && former != OfferStatus.OPEN && deadlinePassed(offer)) {
            throw new BusinessRuleException("offer.openDeadlinePassed", offer.getApplicationDeadline());
        }
        if (status == OfferStatus.DRAFT && former != OfferStatus.DRAFT && offers.appliedTo(id)) {
            throw new BusinessRuleException("offer.draftOnceApplied");
        }
        offer.changeStatus(status);
        history.statusChanged(offer, former);
        return loaded(flushChecked(offer));
    }

    /**
     * An offer created by mistake, taken away: deleted when nobody applied to it (its former addresses and programs go
     * with it, the line filed under the centre, since the offer's own history goes with its page); closed instead when
     * applications name it, which its applicants' files and the reports keep — one already filled or closed stays as
     * it is, since "filled" says what became of it. Answers whether it was deleted.
     */
    @Transactional
    public boolean remove(long id, long expectedVersion) {
        requireOfferAdmin();
        Offer offer = existing(id);
        checkVersion(offer.getVersion(), expectedVersion);
        offers.lockForRemoval(offer);
        if (offers.appliedTo(id)) {
            if (offer.getStatus() == OfferStatus.OPEN || offer.getStatus() == OfferStatus.DRAFT) {
                changeStatusOf(id, OfferStatus.CLOSED, expectedVersion);
            }
            return false;
        }
        history.deleted(offer, signedInUser.getTenantId());
        if (offer.getStatus() != OfferStatus.DRAFT) {
            // Its page was public: a link to it, or to an address it had before, says it is no longer offered.
            java.util.List<String> addresses = new java.util.ArrayList<>(offers.formerSlugs(offer));
            addresses.add(offer.getSlug());
            gonePages.record(ca.tremplin.kernel.GonePages.Kind.OFFER, offer.getTenantId(), addresses);
        }
        offers.remove(offer);
        return true;
    }

    /** Records the positions filled so far; filling the last one makes the offer filled (off the board). */
    @Transactional
    public Offer recordFilledPositions(long id, int filled, long expectedVersion) {
        requireOfferAdmin();
        // Read locked, as a hire on the applications board reads it: a colleague's hire at the same moment is waited
        // for, and the offer and its hires read as it left them, said as a change made meanwhile.
        Offer offer = locked(id);
        checkVersion(offer.getVersion(), expectedVersion);
        // Hires recorded on the applications board fill positions for good (a hire is final there): fewer filled
        // positions than hires would reopen positions those candidates hold and let the board hire past the offer.
        int hires = offers.hiresRecorded(id);
        if (filled < hires) {
            throw new BusinessRuleException("offer.filledBelowHires", hires);
        }
        history.recordFilledPositions(offer, filled);
        return loaded(flushChecked(offer));
    }

    /** A page of the back office's list, as rows that hold what the list shows (see {@link OfferRow}). */
    @Transactional
    public List<OfferRow> page(String filter, OfferStatus status, int first, int size,
                               ca.tremplin.kernel.TableSort sort) {
        requireOfferAdmin();
        return offers.page(filter, status, first, size, sort).stream()
                .map(offer -> OfferRow.of(offer, statusKey(offer))).toList();
    }

    @Transactional
    public long count(String filter, OfferStatus status) {
        requireOfferAdmin();
        return offers.count(filter, status);
    }

    /**
     * Who changed the offer, when, from what to what, newest first: at most {@code most} lines. Another centre's offer
     * is not found, and its lines are never read (the tenant filter).
     */
    @Transactional
    public ca.tremplin.security.ChangeLines history(long id, int most) {
        requireOfferAdmin();
        existing(id);
        return history.of(id, most);
    }

    /** The offer's status as staff read it (see {@link Offer#statusKey}), as a message key. */
    public String statusKey(Offer offer) {
        return Offer.statusKey(offer.getStatus(), deadlinePassed(offer));
    }

    /** Whether the offer is open but its last day to apply, in Québec, is behind us: listed on no public page. */
    public boolean openPastDeadline(Offer offer) {
        return offer.getStatus() == OfferStatus.OPEN && deadlinePassed(offer);
    }

    private boolean deadlinePassed(Offer offer) {
        return Offer.deadlinePassed(offer.getApplicationDeadline(), clock);
    }

    private void requireOfferAdmin() {
        signedInUser.require(Role.CSS_ADMIN);
    }

    private Offer existing(long id) {
        return offers.find(id).orElseThrow(() -> new NotFoundException("offer " + id));
    }

    /** The offer, its row held until the transaction ends: read as the last hire or save left it. */
    private Offer locked(long id) {
        return offers.locked(id).orElseThrow(() -> new NotFoundException("offer " + id));
    }

    private TrainingSector sector(String code) {
        return (code == null || code.isBlank() ? Optional.<TrainingSector>empty() : catalog.findSector(code))
                .orElseThrow(() -> new BusinessRuleException("offer.sectorUnknown"));
    }

    /** Looked up one by one through the tenant filter: another centre's program id is not found. */
    private Set<Program> programsOfThisCentre(Set<Long> programIds) {
        Set<Program> programs = new LinkedHashSet<>();
        for (Long programId : programIds == null ? Set.<Long>of() : programIds) {
            programs.add(catalog.findProgram(programId)
                    .orElseThrow(() -> new NotFoundException("program " + programId)));
        }
        return programs;
    }

    /** What the pages read after the transaction, loaded while it is still open. */
    private static Offer loaded(Offer offer) {
        offer.getEmployerSector().getCode();
        offer.getPrograms().size();
        return offer;
    }

    private static void checkVersion(long current, long expected) {
        if (current != expected) {
            throw new BusinessRuleException("conflict.modifiedMeanwhile");
        }
    }

    /** Writes now, so that a save that raced ours is reported as a conflict rather than a failed commit. */
    private Offer flushChecked(Offer offer) {
        try {
            offers.flush();
            return offer;
        } catch (OptimisticLockException raced) {
            throw new BusinessRuleException("conflict.modifiedMeanwhile");
        }
    }
}
