package ca.tremplin.dashboard;

import ca.tremplin.mail.UndeliveredMail;
import ca.tremplin.security.Role;
import ca.tremplin.security.SignedInUser;
import ca.tremplin.web.PageMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The home page's word to a centre's admins on its mail the outbox gave up on lately — refused by the mail server, or
 * not sent within the outbox's time after a long outage —, and their button to queue it again: their own centre's
 * mail only, with the platform's own (written for no centre) for the coordinating organisation's platform admins.
 * Nobody else sees it.
 */
@Named
@RequestScoped
public class UndeliveredMailPanel {

    @Inject
    UndeliveredMail undelivered;

    @Inject
    SignedInUser signedInUser;

    @Inject
    PageMessages messages;

    private Long count;

    /** How many of the centre's messages were given up lately; none for anyone but its admins. */
    public long getCount() {
        if (count == null) {
            count = signedInUser.isTenantAdmin()
                    ? undelivered.count(signedInUser.getTenantId(), signedInUser.isPlatformAdmin()) : 0L;
        }
        return count;
    }

    /** Queues them again, and says how many. */
    public void sendAgain() {
        signedInUser.require(Role.CSS_ADMIN, Role.PLATFORM_ADMIN);
        int queued = undelivered.sendAgain(signedInUser.getTenantId(), signedInUser.isPlatformAdmin());
        messages.info("dashboard.undelivered.queued", queued);
        count = null;
    }
}
