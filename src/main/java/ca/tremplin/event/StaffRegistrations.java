package ca.tremplin.event;

import ca.tremplin.kernel.DuplicateKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * A person registered by staff (captured at a fair, a walk-in at the door), answered once whatever arrives at the
 * same moment: a registration that the database's unique keys refused — the same person or the same sending written
 * by another request meanwhile (a tablet sending an entry again while its first sending is still at work, a second
 * recruiter's tablet) — is made again in a transaction of its own, which finds the other one's and says the person is
 * registered already, rather than answering with an error.
 */
@ApplicationScoped
public class StaffRegistrations {

    @Inject
    EventService events;

    public RegistrationReceipt register(long eventId, RegistrationRequest request, RegistrationChannel channel,
                                        String key) {
        return register(eventId, request, channel, key, null);
    }

    /** As above, for an entry a device took at {@code capturedAt} (see {@link EventService#capturedWhen}). */
    public RegistrationReceipt register(long eventId, RegistrationRequest request, RegistrationChannel channel,
                                        String key, java.time.Instant capturedAt) {
        return register(eventId, request, channel, key, capturedAt, null);
    }

    /** As above, for a person whose language the recruiter chose ({@code null}: the recruiter's own). */
    public RegistrationReceipt register(long eventId, RegistrationRequest request, RegistrationChannel channel,
                                        String key, java.time.Instant capturedAt, java.util.Locale personLanguage) {
        return register(eventId, request, channel, key, capturedAt, personLanguage, null);
    }

    /**
     * As above, with the language of the page the recruiter read the consent sentences from ({@code null}: the
     * recruiter's own).
     */
    public RegistrationReceipt register(long eventId, RegistrationRequest request, RegistrationChannel channel,
                                        String key, java.time.Instant capturedAt, java.util.Locale personLanguage,
                                        java.util.Locale pageLanguage) {
        try {
            return events.registerAsStaff(eventId, request, channel, key, capturedAt, personLanguage, pageLanguage);
        } catch (RuntimeException failed) {
            if (!DuplicateKeys.refused(failed)) {
                throw failed;
            }
            return events.registerAsStaff(eventId, request, channel, key, capturedAt, personLanguage, pageLanguage);
        }
    }
}
