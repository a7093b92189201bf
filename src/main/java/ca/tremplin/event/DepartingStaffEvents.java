package ca.tremplin.event;

import ca.tremplin.security.StaffChange;
import ca.tremplin.security.StaffHandover;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * A member of staff leaves: the events to come they were to attend (drafts or published, not over) name the colleague
 * named in their place, each with a line in its history. Without a colleague, the events keep naming them, marked as
 * having left on the event's form and listed on the events page ({@link EventService#toComeNamingDepartedStaff}), so
 * that someone is chosen in their place rather than the event losing its only member of staff unsaid. An event over
 * or cancelled keeps who was there.
 */
@ApplicationScoped
public class DepartingStaffEvents {

    @Inject
    EventRepository events;

    @Inject
    ca.tremplin.security.StaffChanges changes;

    @Inject
    Clock clock;

    void handOver(@Observes @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 700)
                  StaffHandover handover) {
        Instant now = handover.at() == null ? clock.instant() : handover.at();
        List<Event> attending = events.toComeNaming(handover.leavingId(), now);
        handover.held(StaffHandover.Work.EVENTS, attending.size());
        if (handover.isHandOver() && handover.colleagueId() != null) {
            for (Event event : attending) {
                if (event.handStaffOver(handover.leavingId(), handover.colleagueId())) {
                    changes.record(StaffChange.Subject.EVENT, event.getId(), StaffChange.What.EVENT_EDITED, "STAFF");
                }
            }
        }
    }
}
