package ca.tremplin.showcase;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/**
 * One move of a profile (V83): who made it — a member of the centre's staff, or, with no one named, the apprentice,
 * their guardian or a visitor, as its kind says —, when, from what status to what, and the reason typed with it.
 * Appended in the move's transaction, never changed but for a withdrawal emptying its reason.
 */
@Entity
@Table(name = "showcase_decision")
public class ShowcaseDecision {

    /** What happened to the profile, named in the reader's language by {@code showcase.decision.<NAME>}. */
    public enum Kind {
        /**
         * A moderator's answers — keeping a public profile online after reading its reports (V89) among them —, and
         * their withdrawal at the apprentice's request.
         */
        APPROVED, CHANGES_REQUESTED, REFUSED, TAKEN_DOWN, WITHDRAWN_AT_REQUEST, KEPT_ONLINE,
        /** The apprentice changed it from their link, or withdrew it. */
        EDITED, WITHDRAWN,
        /**
         * Reports took it off the showcase: several visitors' (no one named), or one of the centre's staff or of the
         * coordinating organisation (named).
         */
        REPORTED,
        /** The guardian of an apprentice under 14 consented, or withdrew their consent. */
        GUARDIAN_CONFIRMED, GUARDIAN_WITHDREW;

        public String messageKey() {
            return "showcase.decision." + name();
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private Long tenantId;

    @Column(name = "profile_id", nullable = false, updatable = false)
    private Long profileId;

    @Column(name = "actor_id", updatable = false)
    private Long actorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", nullable = false, updatable = false)
    private ProfileStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false)
    private ProfileStatus toStatus;

    private String reason;

    @Column(name = "decided_at", nullable = false, updatable = false)
    private Instant decidedAt;

    protected ShowcaseDecision() {
    }

    ShowcaseDecision(long tenantId, long profileId, Long actorId, Kind kind, ProfileStatus fromStatus,
                     ProfileStatus toStatus, String reason, Instant decidedAt) {
        this.tenantId = tenantId;
        this.profileId = profileId;
        this.actorId = actorId;
        this.kind = kind;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.reason = reason;
        this.decidedAt = decidedAt;
    }

    public Long getProfileId() { return profileId; }
    public Long getActorId() { return actorId; }
    public Kind getKind() { return kind; }
    public ProfileStatus getFromStatus() { return fromStatus; }
    public ProfileStatus getToStatus() { return toStatus; }
    public String getReason() { return reason; }
    public Instant getDecidedAt() { return decidedAt; }
}
