package ca.tremplin.event;

import ca.tremplin.kernel.BackgroundTasks;
import ca.tremplin.mail.Outbox;
import ca.tremplin.tenant.Tenancy;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every few minutes, closes the events that are over and reminds each registrant the day before: every few minutes, the registrations of published events starting
 * within 24 hours that have had no reminder, made at least {@link #FRESH} ago (someone who registered this morning
 * for tonight has their confirmation: a "reminder" ten minutes after it is noise). Each reminder is claimed in the
 * database before it is queued, in the same transaction, so a second round, another server or a restart never sends
 * a second one.
 */
@ApplicationScoped
public class EventReminders {

    private static final Logger LOG = Logger.getLogger(EventReminders.class.getName());
    static final Duration AHEAD = Duration.ofHours(24);
    /** How long a confirmation stands as its own reminder. */
    static final Duration FRESH = Duration.ofHours(12);

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    Tenancy tenancy;

    @Inject
    EventRepository events;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    ca.tremplin.person.MailingConsents consents;

    @jakarta.persistence.PersistenceContext(unitName = "tremplin")
    jakarta.persistence.EntityManager em;

    /** Its rounds, cancelled when the deployment goes away (see {@link BackgroundTasks}). */
    private final BackgroundTasks background = new BackgroundTasks();

    /** Called once the schema is migrated (see {@code StartupSequence}). */
    public void start() {
        long minutes = Long.parseLong(System.getenv().getOrDefault("TREMPLIN_EVENT_REMINDER_MINUTES", "10"));
        background.repeat(scheduler, this::sendQuietly, 1, Math.max(1, minutes), TimeUnit.MINUTES);
    }

    /** Queues every reminder that is due; returns how many. */
    public int sendDueReminders() {
        Instant now = clock.instant();
        List<Long> due = tenancy.acrossAllTenants(() -> events.dueForReminder(now, now.plus(AHEAD),
                now.minus(FRESH), 1000));
        int queued = 0;
        for (Long registrationId : due) {
            try {
                if (tenancy.acrossAllTenants(() -> remind(registrationId, now))) {
                    queued++;
                }
            } catch (RuntimeException failed) {
                // One registration's failure (its transaction rolled back, its reminder unclaimed) holds up no other's;
                // the next round tries it again.
                LOG.log(Level.WARNING, "Reminder of registration " + registrationId + " not queued", failed);
            }
        }
        return queued;
    }

    @jakarta.inject.Inject
    RegistrationCancellations cancellations;

    private boolean remind(long registrationId, Instant now) {
        if (!events.claimReminder(registrationId, now, now.plus(AHEAD))) {
            return false;
        }
        EventRegistration registration = events.findRegistration(registrationId).orElseThrow();
        if (registration.getEmail() == null) {
            return false; // someone an imported list knew by name and phone only: claimed, nowhere to send it
        }
        if (!mayRemind(registration.getLeadId())) {
            // The person's latest word on being contacted is no (withdrawn since registering, or refused on the list
            // that registered them): a reminder is a mail they can do without (a change of time or place, or a
            // cancellation, is still told: they may be on their way).
            return false;
        }
        Event event = events.find(registration.getEventId()).orElseThrow();
        outbox.enqueue(event.getTenantId(), EventMails.reminder(event, registration, now,
                cancellations.newLink(registration)));
        return true;
    }

    /** Whether the rule of reminders lets one go to the person (their record's register, once merged). */
    private boolean mayRemind(Long leadId) {
        if (leadId == null) {
            return true;
        }
        ca.tremplin.person.Lead lead = em.find(ca.tremplin.person.Lead.class, leadId);
        long person = lead == null || lead.getMergedIntoId() == null ? leadId : lead.getMergedIntoId();
        return consents.mayWrite(ca.tremplin.person.ConsentStandings.Mail.EVENT_REMINDER, person);
    }

    @Inject
    ca.tremplin.security.StaffChanges changes;

    @Inject
    WaitingList waitingList;

    /**
     * Published events that are over become done (registration closed, no-shows shown), each with a line in its
     * history that the platform did it, filed under its centre: nobody is signed in here. The people still on their
     * waiting lists are taken off without a mail (the event took place without them; nothing is left to do), a line on
     * each one's timeline saying so.
     */
    public int closePastEvents() {
        Instant now = clock.instant();
        return tenancy.acrossAllTenants(() -> {
            int closed = 0;
            for (Object[] over : events.pastEventsStillPublished(now)) {
                long eventId = (Long) over[0];
                if (events.markDone(eventId, now)) {
                    events.find(eventId).ifPresent(done -> waitingList.empty(done, WaitingListExit.EVENT_OVER, now));
                    changes.recordAutomatic((Long) over[1], ca.tremplin.security.StaffChange.Subject.EVENT, eventId,
                            ca.tremplin.security.StaffChange.What.EVENT_STATUS,
                            EventStatus.PUBLISHED + " → " + EventStatus.DONE);
                    closed++;
                }
            }
            return closed;
        });
    }

    private void sendQuietly() {
        try {
            sendDueReminders();
            closePastEvents();
        } catch (RuntimeException unexpected) {
            // A failed round must not cancel the schedule; the next round tries again.
            LOG.log(Level.WARNING, "Event reminders round stopped early", unexpected);
        }
    }

    @PreDestroy
    void stop() {
        background.stop();
    }
}
