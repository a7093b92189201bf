package ca.tremplin.inquiry;

import ca.tremplin.kernel.RateLimits;
import ca.tremplin.kernel.RateLimits.Limit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * How often one IP address and one e-mail address may send information requests and event registrations
 * ({@code TREMPLIN_INQUIRY_PER_IP_PER_HOUR}, default 20; {@code TREMPLIN_INQUIRY_PER_EMAIL_PER_HOUR}, default 5),
 * through the application's {@link RateLimits}.
 */
@ApplicationScoped
public class SubmissionLimits {

    private static final Limit[] LIMITS = {
            Limit.fromEnvironment("inquiry-ip", "TREMPLIN_INQUIRY_PER_IP_PER_HOUR", 20),
            Limit.fromEnvironment("inquiry-email", "TREMPLIN_INQUIRY_PER_EMAIL_PER_HOUR", 5)};

    @Inject
    RateLimits limits;

    /** Takes one token for the address and one for the e-mail, or throws how long to wait. */
    public void acquire(String ipAddress, String emailNormalized) {
        limits.acquire(LIMITS, ipAddress, emailNormalized);
    }
}
