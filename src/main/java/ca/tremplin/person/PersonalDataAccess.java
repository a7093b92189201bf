package ca.tremplin.person;

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
 * One access to a person's data by a member of staff: who, when, which person, what (see {@link AccessLog}). The person
 * is a lead, or, for an apprentice the centre knows only by the showcase, the profile their data was asked from (V78).
 */
@Entity
@Table(name = "personal_data_access")
public class PersonalDataAccess {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private Long tenantId;

    @Column(name = "lead_id", updatable = false)
    private Long leadId;

    @Column(name = "showcase_profile_id", updatable = false)
    private Long showcaseProfileId;

    /** Null when the person downloaded their own data. */
    @Column(name = "user_id", updatable = false)
    private Long userId;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private AccessAction action;

    @Column(name = "target_id", updatable = false)
    private Long targetId;

    @Column(name = "accessed_at", updatable = false)
    private Instant accessedAt;

    protected PersonalDataAccess() {
    }

    /** The person's own download of their data, written across tenants: the centre is named. */
    static PersonalDataAccess byThePerson(long tenantId, long leadId, Long targetId, Instant accessedAt) {
        PersonalDataAccess access = new PersonalDataAccess(leadId, null, AccessAction.EXPORTED, targetId, accessedAt);
        access.tenantId = tenantId;
        return access;
    }

    /** An export of an apprentice known only by their showcase profile, by staff ({@code userId}) or themselves. */
    static PersonalDataAccess ofApprentice(long tenantId, long profileId, Long userId, Long targetId,
                                           Instant accessedAt) {
        PersonalDataAccess access = new PersonalDataAccess(null, userId, AccessAction.EXPORTED, targetId, accessedAt);
        access.tenantId = tenantId;
        access.showcaseProfileId = profileId;
        return access;
    }

    PersonalDataAccess(Long leadId, Long userId, AccessAction action, Long targetId, Instant accessedAt) {
        this.leadId = leadId;
        this.userId = userId;
        this.action = action;
        this.targetId = targetId;
        this.accessedAt = accessedAt;
    }

    public Long getId() { return id; }
    public Long getLeadId() { return leadId; }
    public Long getShowcaseProfileId() { return showcaseProfileId; }
    public Long getUserId() { return userId; }
    public AccessAction getAction() { return action; }
    public Long getTargetId() { return targetId; }
    public Instant getAccessedAt() { return accessedAt; }
}
