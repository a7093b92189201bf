package ca.tremplin.showcase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The trail of a profile's moves ({@link ShowcaseDecision}), written in each move's transaction: a moderator's answer
 * no longer overwrites the one before it, a take-down names who made it, and the reason of a refusal stays after the
 * apprentice's next edit. Moderators read it on each profile of the moderation page.
 */
@ApplicationScoped
public class ShowcaseDecisions {

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    /** A line as staff read it: what, from what status to what, why, when, and who (null: no one of the staff). */
    public record Line(ShowcaseDecision.Kind kind, ProfileStatus from, ProfileStatus to, String reason, Instant at,
                       String staffName, boolean byStaff) implements Serializable {

        /** Who made a move no one of the staff made, as a message key: a visitor, the guardian, else the apprentice. */
        public String othersKey() {
            return switch (kind) {
                case REPORTED -> "showcase.decision.byVisitor";
                case GUARDIAN_CONFIRMED, GUARDIAN_WITHDREW -> "showcase.decision.byGuardian";
                default -> "showcase.decision.byApprentice";
            };
        }
    }

    /** A move made by a member of the centre's staff ({@code staffId}), the profile already moved. */
    void byStaff(ShowcaseProfile profile, ShowcaseDecision.Kind kind, ProfileStatus from, String reason, long staffId,
                 Instant at) {
        em.persist(new ShowcaseDecision(profile.getTenantId(), profile.getId(), staffId, kind, from,
                profile.getStatus(), reason, at));
    }

    /** A move the apprentice, their guardian or a visitor made (its kind says which), the profile already moved. */
    void byOthers(ShowcaseProfile profile, ShowcaseDecision.Kind kind, ProfileStatus from, String reason,
                  Instant at) {
        em.persist(new ShowcaseDecision(profile.getTenantId(), profile.getId(), null, kind, from, profile.getStatus(),
                reason, at));
    }

    /**
     * A withdrawal empties what the profile said, its moderation note included: the reasons typed about it go too,
     * and who did what when stays. Before the withdrawal's own line, which keeps how the centre was asked.
     */
    void forgetReasons(long profileId) {
        em.createQuery("update ShowcaseDecision d set d.reason = null where d.profileId = :profile")
                .setParameter("profile", profileId).executeUpdate();
    }

    /**
     * The lines of these profiles, newest first, by profile, each with its member of staff's name: one query for a
     * page of profiles. Through the tenant filter: another centre's lines are never read.
     */
    Map<Long, List<Line>> of(Collection<Long> profileIds) {
        if (profileIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select d, u.displayName from ShowcaseDecision d left join UserAccount u"
                        + " on u.id = d.actorId where d.profileId in :ids order by d.decidedAt desc, d.id desc",
                        Object[].class)
                .setParameter("ids", profileIds).getResultStream()
                .collect(Collectors.groupingBy(row -> ((ShowcaseDecision) row[0]).getProfileId(),
                        Collectors.mapping(row -> line((ShowcaseDecision) row[0], (String) row[1]),
                                Collectors.toList())));
    }

    private static Line line(ShowcaseDecision decision, String staffName) {
        return new Line(decision.getKind(), decision.getFromStatus(), decision.getToStatus(), decision.getReason(),
                decision.getDecidedAt(), staffName, decision.getActorId() != null);
    }
}
