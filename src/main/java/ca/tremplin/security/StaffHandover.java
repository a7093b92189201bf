package ca.tremplin.security;

import java.time.Instant;
import java.util.EnumMap;

/**
 * The work a member of staff holds in their centre, counted on their page before they leave and handed over when
 * they are deactivated: their open requests, open tasks, the leads they follow, the routing lines that name them,
 * the campaign activities still to be done that they own and the events to come they were to attend. Fired by
 * {@link UserAdministration}; observed synchronously, in its transaction, by the packages that give people work
 * (requests, the pipeline, campaigns, events), which sit above this one. Without a colleague named, requests go to the
 * centre's recruiters by its rule (or wait in its queue), tasks and leads are left for anyone to take, routing lines
 * are removed so that their requests go by turns, and events keep naming them, listed apart on the events page until
 * someone is chosen in their place.
 */
public final class StaffHandover implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** What a member of staff can hold. */
    public enum Work {
        REQUESTS, TASKS, LEADS, ROUTING_LINES, CAMPAIGN_ACTIVITIES,
        /** Events to come (drafts or published, not over) that name them among the staff attending. */
        EVENTS,
        /** Routing lines removed rather than handed over: the colleague named is no recruiter the rule routes to. */
        ROUTING_LINES_REMOVED
    }

    private final long tenantId;
    private final long leavingId;
    private final Long colleagueId;
    private final String colleagueName;
    private final boolean handOver;
    private final Instant at;
    private final EnumMap<Work, Integer> counts = new EnumMap<>(Work.class);
    private final EnumMap<Work, java.util.LinkedHashMap<String, Integer>> parts = new EnumMap<>(Work.class);

    private StaffHandover(long tenantId, long leavingId, Long colleagueId, String colleagueName, boolean handOver,
                          Instant at) {
        this.tenantId = tenantId;
        this.leavingId = leavingId;
        this.colleagueId = colleagueId;
        this.colleagueName = colleagueName;
        this.handOver = handOver;
        this.at = at;
    }

    /** Only counts what the person holds. */
    static StaffHandover count(long tenantId, long leavingId) {
        return new StaffHandover(tenantId, leavingId, null, null, false, null);
    }

    /** Moves what the person holds to the colleague (or, when null, as the class says), and counts it. */
    static StaffHandover handOver(long tenantId, long leavingId, Long colleagueId, String colleagueName, Instant at) {
        return new StaffHandover(tenantId, leavingId, colleagueId, colleagueName, true, at);
    }

    public long tenantId() { return tenantId; }

    public long leavingId() { return leavingId; }

    /** The colleague who takes the work; null when the centre's rules share it. */
    public Long colleagueId() { return colleagueId; }

    public String colleagueName() { return colleagueName; }

    /** False when the work is only counted. */
    public boolean isHandOver() { return handOver; }

    public Instant at() { return at; }

    /** An observer's count of one kind of work (added to other observers' of the same kind). */
    public void held(Work work, int count) {
        counts.merge(work, count, Integer::sum);
    }

    public int count(Work work) {
        return counts.getOrDefault(work, 0);
    }

    /**
     * An observer's count of one kind of work by a part it names (the leads by stage, as a stage's name), in the order
     * given, beside its whole count ({@link #held}): what the colleague taking over is told.
     */
    public void heldAs(Work work, String part, int count) {
        if (count != 0) {
            parts.computeIfAbsent(work, kind -> new java.util.LinkedHashMap<>()).merge(part, count, Integer::sum);
        }
    }

    /** The parts of one kind of work, by the names observers gave them, in their order; empty when none were named. */
    public java.util.Map<String, Integer> parts(Work work) {
        return java.util.Collections.unmodifiableMap(parts.getOrDefault(work, new java.util.LinkedHashMap<>()));
    }

    public boolean holdsNothing() {
        return counts.values().stream().allMatch(count -> count == 0);
    }
}
