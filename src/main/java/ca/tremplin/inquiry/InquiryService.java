package ca.tremplin.inquiry;

import ca.tremplin.kernel.ServiceUnavailableException;
import ca.tremplin.tenant.Tenancy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.Year;
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
    ca.tremplin.tenant.TenantRepository tenants;

    @Inject
    Clock clock;

    /** A request that lost a race (a lead's unique e-mail, a deadlock) is tried again, up to this many times. */
    private static final int MOST_ATTEMPTS = 3;

    public SubmissionReceipt submit(InquiryRequest request, SubmissionContext context) {
        // Whole seconds, as the database keeps them: a resubmission then answers exactly what the first one did.
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        ValidInquiry valid = InquiryValidator.validate(request, context.language(), Year.now(BusinessHours.ZONE));
        if (request.getWebsite() != null && !request.getWebsite().isBlank()) {
            LOG.info(() -> "Honeypot filled; request dropped (" + context.channel() + ")");
            return new SubmissionReceipt(0, now, false);
        }
        limits.acquire(context.ipAddress(), valid.emailNormalized(), now.toEpochMilli());
        for (int attempt = 1; ; attempt++) {
            try {
                SubmissionReceipt receipt = tenancy.acrossAllTenants(() -> intake.receiveAcrossTenants(valid,
                        context.storedKey(), context.channel(), context.ipAddress(), now));
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
                Optional<SubmissionReceipt> earlier = sameKeyRecordedMeanwhile(context.storedKey(), valid);
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

    /** Published programs matching the text, for the form's program chooser. */
    public List<AskedProgram> searchPublishedPrograms(String text) {
        return tenancy.acrossAllTenants(() -> inquiries.searchPublishedPrograms(text, 20));
    }

    public List<AskedProgram> publishedPrograms(List<Long> ids) {
        return tenancy.acrossAllTenants(() -> inquiries.publishedPrograms(ids));
    }

    /** What the form shows besides its fields: the programs its address names, the privacy contact, the centre. */
    public record FormDetails(List<AskedProgram> programs, String privacyContact, String schoolBoardName) {
    }

    /** Everything the form page reads, in one transaction: it is the page a campaign sends thousands to. */
    public FormDetails formDetails(String schoolBoardSlug, List<Long> programIds, java.util.Locale locale) {
        return tenancy.acrossAllTenants(() -> new FormDetails(inquiries.publishedPrograms(programIds),
                privacyContactOf(schoolBoardSlug, locale), schoolBoardNameOf(schoolBoardSlug, locale)));
    }

    /**
     * Who answers questions about personal information: the named centre's person in charge, or the
     * coordinating organisation's.
     */
    public String privacyContact(String schoolBoardSlug, java.util.Locale locale) {
        return tenancy.acrossAllTenants(() -> privacyContactOf(schoolBoardSlug, locale));
    }

    /** The name of the active centre the form was opened from, or null. */
    public String schoolBoardName(String schoolBoardSlug, java.util.Locale locale) {
        return tenancy.acrossAllTenants(() -> schoolBoardNameOf(schoolBoardSlug, locale));
    }

    private String privacyContactOf(String schoolBoardSlug, java.util.Locale locale) {
        return schoolBoard(schoolBoardSlug).or(() -> tenants.findCoordination())
                .map(tenant -> {
                    String name = tenant.getPrivacyOfficerName() == null ? tenant.localizedName(locale)
                            : tenant.getPrivacyOfficerName();
                    String email = tenant.getPrivacyOfficerEmail() != null ? tenant.getPrivacyOfficerEmail()
                            : tenant.getContactEmail();
                    return email == null ? name : name + " <" + email + ">";
                }).orElse("");
    }

    private String schoolBoardNameOf(String schoolBoardSlug, java.util.Locale locale) {
        return schoolBoard(schoolBoardSlug).map(tenant -> tenant.localizedName(locale)).orElse(null);
    }

    private Optional<ca.tremplin.tenant.Tenant> schoolBoard(String slug) {
        return slug == null ? Optional.empty() : tenants.findBySlug(slug)
                .filter(tenant -> tenant.isActive() && !tenant.isCoordination());
    }

    private Optional<SubmissionReceipt> sameKeyRecordedMeanwhile(String key, ValidInquiry valid) {
        Optional<Inquiry> earlier = tenancy.acrossAllTenants(() -> inquiries.findByIdempotencyKey(key));
        if (earlier.isPresent() && !earlier.get().getRequestHash().equals(valid.fingerprint())) {
            throw new IdempotencyConflictException();
        }
        return earlier.map(inquiry -> new SubmissionReceipt(inquiry.getId(), inquiry.getReceivedAt(), true));
    }
}
