package ca.tremplin.security;

import ca.tremplin.kernel.Messages;
import ca.tremplin.security.StaffHandover.Work;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What an admin reads once a member of staff is deactivated: the work they held, said as it is — only the kinds they
 * held, each with its count, never "0 requests" beside what moved — handed to the colleague named, or shared by the
 * centre's rules; then, apart, the events to come that still name them (no rule hands those over) and the routing lines
 * removed rather than handed over. A person who held events only reads of their events only; one who held nothing,
 * nothing.
 */
public final class HandoverReport {

    /** The work a colleague takes over, in the order the page's count names it. */
    private static final List<Work> HANDED = List.of(Work.REQUESTS, Work.TASKS, Work.LEADS, Work.ROUTING_LINES,
            Work.CAMPAIGN_ACTIVITIES, Work.EVENTS);

    private HandoverReport() {
    }

    /** One message of the page: its key in the bundles, and its arguments. */
    public record Line(String key, List<Object> arguments) {

        public Line {
            arguments = java.util.Collections.unmodifiableList(new ArrayList<>(arguments));
        }

        public Object[] args() {
            return arguments.toArray();
        }
    }

    /** The messages after a deactivation, the parts of a list already in {@code language}, the page's. */
    public static List<Line> of(StaffHandover handover, Locale language) {
        List<Line> lines = new ArrayList<>();
        if (handover.colleagueId() != null) {
            List<String> parts = new ArrayList<>();
            for (Work work : HANDED) {
                if (handover.count(work) > 0) {
                    parts.add(Messages.get(language, "user.handover.count." + work.name(), handover.count(work)));
                }
            }
            if (!parts.isEmpty()) {
                lines.add(new Line("user.handedOverTo", List.of(handover.colleagueName(), joined(parts, language))));
            }
        } else {
            List<String> parts = new ArrayList<>();
            if (handover.count(Work.REQUESTS) > 0) {
                parts.add(Messages.get(language, "user.handover.rules.REQUESTS", handover.count(Work.REQUESTS)));
            }
            // Tasks and leads are left for anyone to take the same way, found by the same filter: said once.
            List<String> unowned = new ArrayList<>();
            for (Work work : List.of(Work.TASKS, Work.LEADS)) {
                if (handover.count(work) > 0) {
                    unowned.add(Messages.get(language, "user.handover.count." + work.name(), handover.count(work)));
                }
            }
            if (!unowned.isEmpty()) {
                parts.add(Messages.get(language, "user.handover.rules.unowned",
                        String.join(Messages.get(language, "user.handover.and"), unowned)));
            }
            for (Work work : List.of(Work.ROUTING_LINES, Work.CAMPAIGN_ACTIVITIES)) {
                if (handover.count(work) > 0) {
                    parts.add(Messages.get(language, "user.handover.rules." + work.name(), handover.count(work)));
                }
            }
            if (!parts.isEmpty()) {
                lines.add(new Line("user.handedOverByRules", List.of(joined(parts, language))));
            }
            if (handover.count(Work.EVENTS) > 0) {
                lines.add(new Line("user.eventsStillNameThem", List.of(handover.count(Work.EVENTS))));
            }
        }
        if (handover.count(Work.ROUTING_LINES_REMOVED) > 0) {
            lines.add(new Line("user.routingLinesRemoved", java.util.Arrays.asList(
                    handover.count(Work.ROUTING_LINES_REMOVED), handover.colleagueName())));
        }
        return lines;
    }

    /**
     * The question asked before a deactivation, in {@code language}: the person by name, the work they hold now (only
     * the kinds held, each with its count), to whom it goes — the colleague chosen, or with nobody chosen the centre's
     * rules — and that reactivating the account later gives none of it back. {@code held} is the count their page
     * shows; null, or nothing held, says they hold nothing.
     */
    public static String question(String name, StaffHandover held, String colleagueName, Locale language) {
        List<String> parts = new ArrayList<>();
        for (Work work : HANDED) {
            if (held != null && held.count(work) > 0) {
                parts.add(Messages.get(language, "user.handover.count." + work.name(), held.count(work)));
            }
        }
        String work;
        if (parts.isEmpty()) {
            work = Messages.get(language, "user.deactivateConfirm.nothingHeld");
        } else if (colleagueName != null) {
            work = Messages.get(language, "user.deactivateConfirm.toColleague", colleagueName, joined(parts, language));
        } else {
            work = Messages.get(language, "user.deactivateConfirm.byRules", joined(parts, language));
        }
        return Messages.get(language, "user.deactivateConfirm", name, work);
    }

    private static String joined(List<String> parts, Locale language) {
        return String.join(Messages.get(language, "user.handover.separator"), parts);
    }
}
