package ca.tremplin.inquiry;

import ca.tremplin.kernel.ServiceUnavailableException;
import ca.tremplin.tenant.Tenancy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Receives an information request from the public form or the API — the one place where both go: checks it
 * ({@link InquiryValidator}), brakes floods ({@link SubmissionLimits}), and records it once
 * ({@link InquiryIntake}), then has it routed ({@link InquiryRouter}). A resubmission with the same key answers the first receipt; a robot that filled the
 * honeypot is told "received" and nothing is stored.
 */
@ApplicationScoped
public class InquiryService {

    private static final Logger LOG = Logger.getLogger(InquiryService.class.getName());

    @Inject
    Tenancy tenancy;

    @Inject
    InquiryIntake intake;

    @Inject
    InquiryRouter router;

    @Inject
    InquiryRepository inquiries;

    @Inject
    SubmissionLimits limits;

    @Inject
    FormContacts formContacts;

    @Inject
    ca.tremplin.tenant.FormerSlugs formerSlugs;

    @Inject
    ca.tremplin.catalog.CatalogIndex catalog;

    @Inject
    Clock clock;

    /** A request that lost a race (a lead's unique e-mail, a deadlock) is tried again, up to this many times. */
    private static final int MOST_ATTEMPTS = 3;

    public SubmissionReceipt submit(InquiryRequest request, SubmissionContext context) {
        return submit(request, context, List.of());
    }

    /**
     * As {@link #submit(InquiryRequest, SubmissionContext)}, with the problems the form found itself (a program chosen
     * and withdrawn before the form was sent): refused with every problem of the request's fields at once, as one.
     */
    public SubmissionReceipt submit(InquiryRequest request, SubmissionContext context, List<FieldProblem> formProblems) {
        // To the microsecond, as the database keeps it: a resubmission then answers exactly what the first one did.
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        // A partner's misspelt centre would send every request to the coordinating organisation's queue without the
        // partner ever knowing: the API refuses it; a link to the form with one still reaches someone, who routes it.
        ValidInquiry valid;
        try {
            valid = InquiryValidator.validate(request, context.language(),
                    java.time.YearMonth.now(clock.withZone(BusinessHours.ZONE)),
                    context.channel() == Inquiry.Channel.API ? this::schoolBoardExists : null);
        } catch (InvalidInquiryException invalid) {
            List<FieldProblem> all = new java.util.ArrayList<>(invalid.problems());
            all.addAll(formProblems);
            throw new InvalidInquiryException(all);
        }
        if (!formProblems.isEmpty()) {
            throw new InvalidInquiryException(formProblems);
        }
        if (request.getWebsite() != null && !request.getWebsite().isBlank()) {
            LOG.info(() -> "Honeypot filled; request dropped (" + context.channel() + ")");
            return new SubmissionReceipt(0, now, false);
        }
        // A retry of a recorded request answers what the first answered: it is no new request, and the limits on
        // requests per address and per e-mail must not refuse it.
        Optional<SubmissionReceipt> recorded = recordedWithSameKey(context.storedKey(), valid);
        if (recorded.isPresent()) {
            return recorded.get();
        }
        limits.acquire(context.ipAddress(), valid.emailNormalized());
        for (int attempt = 1; ; attempt++) {
            try {
                SubmissionReceipt receipt = tenancy.acrossAllTenants(() -> intake.receiveAcrossTenants(valid,
                        context.storedKey(), context.channel(), context.ipAddress(), context.touches(), now));
                if (!receipt.duplicate()) {
                    router.routeSoon();
                }
                return receipt;
            } catch (IdempotencyConflictException conflict) {
                throw conflict;
            } catch (RuntimeException failed) {
                if (ServiceUnavailableException.isDatabaseUnreachable(failed)) {
                    LOG.log(Level.WARNING, "Information request not recorded: database unreachable", failed);
                    throw new ServiceUnavailableException(failed);
                }
                // Two submissions with the same key at the same moment: the second hits the unique key.
                Optional<SubmissionReceipt> earlier = recordedWithSameKey(context.storedKey(), valid);
                if (earlier.isPresent()) {
                    return earlier.get();
                }
                // Nothing was written: the database chose this transaction as a deadlock's victim, say. Tried
                // again, it finds the lock free.
                if (attempt == MOST_ATTEMPTS) {
                    throw failed;
                }
                LOG.log(Level.FINE, "Information request tried again", failed);
            }
        }
    }

    /**
     * Whether a school service centre, active or not, has this identifier, or had it until the coordinating
     * organisation renamed it (a partner's integration written before keeps working: the request is recorded against
     * the centre under its name of today); a coordinating organisation is none.
     */
    private boolean schoolBoardExists(String slug) {
        Optional<ca.tremplin.tenant.Tenant> centre = tenancy.acrossAllTenants(() -> formerSlugs.centreNamed(slug));
        return centre.filter(found -> found.getKind() == ca.tremplin.tenant.TenantKind.SCHOOL_BOARD).isPresent();
    }

    /** Programs the form's chooser proposes at most. */
    static final int MOST_PROPOSED = 30;

    /**
     * Published programs matching the text, for the form's program chooser: those the catalogue's search finds
     * (a trade typed as its worker's name, "soudeur", "electrician"), the most relevant first, then those whose title
     * or code holds the text anywhere ("5298", the middle of a word).
     */
    public List<AskedProgram> searchPublishedPrograms(String text) {
        java.util.Map<Long, AskedProgram> found = new java.util.LinkedHashMap<>();
        catalog.matching(text, MOST_PROPOSED).forEach(program -> found.put(program.card().id(),
                AskedProgram.of(program)));
        if (found.size() < MOST_PROPOSED) {
            tenancy.acrossAllTenants(() -> inquiries.searchPublishedPrograms(text, MOST_PROPOSED))
                    .forEach(program -> found.putIfAbsent(program.id(), program));
        }
        return found.values().stream().limit(MOST_PROPOSED).toList();
    }

    /**
     * Those of the given programs that are published by an active centre, as the catalogue index holds them: the
     * form asks this on every display and post, and the index is kept current after every committed change.
     * Routing reads the programs again from the database.
     */
    public List<AskedProgram> publishedPrograms(List<Long> ids) {
        return catalog.published(ids).stream().map(AskedProgram::of).toList();
    }

    /** What the form shows besides its fields: the programs its address names, the privacy contact, the centre. */
    public record FormDetails(List<AskedProgram> programs, String privacyContact, String schoolBoardName) {
    }

    /**
     * The centre a link to the form names ({@code ?css=}), as its address name of today: a link printed before the
     * coordinating organisation renamed the centre still sends the request to it; null when the link names none.
     */
    public String schoolBoardOfLink(String css) {
        String slug = InquiryValidator.schoolBoardOfLink(css);
        if (slug == null) {
            return null;
        }
        String renamedTo = formContacts.of(slug).renamedTo();
        return renamedTo == null ? slug : renamedTo;
    }

    /** Everything the form page reads: it is the page a campaign sends thousands to (see {@link FormContacts}). */
    public FormDetails formDetails(String schoolBoardSlug, List<Long> programIds, java.util.Locale locale) {
        FormContacts.Contacts contacts = formContacts.of(schoolBoardSlug);
        return new FormDetails(publishedPrograms(programIds), contacts.privacyContact(locale),
                contacts.schoolBoardName(locale));
    }

    /**
     * Who answers questions about personal information: the named centre's person in charge, or the
     * coordinating organisation's.
     */
    public String privacyContact(String schoolBoardSlug, java.util.Locale locale) {
        return formContacts.of(schoolBoardSlug).privacyContact(locale);
    }

    /** The name of the active centre the form was opened from, or null. */
    public String schoolBoardName(String schoolBoardSlug, java.util.Locale locale) {
        return formContacts.of(schoolBoardSlug).schoolBoardName(locale);
    }

    /**
     * Whether the centre a request names will answer it itself: one with nobody who can read its inbox yet (just
     * created, its first people invited but not joined) has the coordinating organisation take its requests
     * ({@link InquiryIntake}), and the person is told so, as the acknowledgement says.
     */
    public boolean centreAnswers(String schoolBoardSlug) {
        return tenancy.acrossAllTenants(() -> formerSlugs.centreNamed(schoolBoardSlug)
                .map(tenant -> inquiries.anyoneToAnswer(tenant.getId())).orElse(false));
    }

    private Optional<SubmissionReceipt> recordedWithSameKey(String key, ValidInquiry valid) {
        Optional<Inquiry> earlier = tenancy.acrossAllTenants(() -> inquiries.findByIdempotencyKey(key));
        if (earlier.isPresent() && !earlier.get().getRequestHash().equals(valid.fingerprint())) {
            throw new IdempotencyConflictException();
        }
        return earlier.map(inquiry -> new SubmissionReceipt(inquiry.getId(), inquiry.getReceivedAt(), true));
    }
}
