package ca.tremplin.showcase;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/**
 * One apprentice's profile: who they are on the showcase (a first or chosen name), their trade and program, where they
 * work, their testimony and languages, their photo's key, and where the profile stands in moderation. Its status
 * changes only through the methods below, which hold the rules: any edit sends it back to moderation; a withdrawal
 * empties it.
 */
@Entity
@Table(name = "showcase_profile")
public class ShowcaseProfile implements java.io.Serializable {

    /** Held, as it was shown, by the moderation page's lists, which are kept with the session. */
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private Long tenantId;

    @Column(name = "invitation_id", updatable = false)
    private Long invitationId;

    @Column(name = "program_id")
    private Long programId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProfileStatus status;

    @Column(name = "display_name")
    private String displayName;

    private String trade;
    private String workplace;
    private String testimony;

    @Column(name = "languages_spoken")
    private String languagesSpoken;

    @Column(name = "email_normalized")
    private String emailNormalized;

    /**
     * 0 for the profile that holds its address at its centre, which the database's unique key (V89) holds to one; 1,
     * 2… only for the later ones of profiles that shared an address before that key, kept apart rather than merged.
     * A profile that takes another address takes it as 0.
     */
    @Column(name = "email_repeat")
    private int emailRepeat;

    @Column(nullable = false)
    private String language;

    @Column(name = "under_fourteen")
    private boolean underFourteen;

    @Column(name = "guardian_name")
    private String guardianName;

    @Column(name = "guardian_email")
    private String guardianEmail;

    @Column(name = "guardian_confirmed_at")
    private Instant guardianConfirmedAt;

    @Column(name = "others_consented")
    private boolean othersConsented;

    @Column(name = "photo_key")
    private String photoKey;

    @Column(name = "moderation_note")
    private String moderationNote;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    /** Since when a moderator's answer is awaited: the queue's waiting time. */
    @Column(name = "waiting_since")
    private Instant waitingSince;

    @Column(name = "moderated_at")
    private Instant moderatedAt;

    /** Published once, off the showcase since then for a moderator to look again; null otherwise. */
    @Column(name = "off_for_review_since")
    private Instant offForReviewSince;

    @Column(name = "moderated_by")
    private Long moderatedBy;

    /**
     * Public, and reported since then by someone whose report alone does not take it off: it stays public and waits in
     * the centre's queue for a moderator to take it down or keep it online. Null otherwise.
     */
    @Column(name = "reports_pending_since")
    private Instant reportsPendingSince;

    /**
     * The first of those reports, by its number: the reports weighed are it and those after it. Their times are no
     * guide, the database keeping them to the second, and a moderator's answer given within the second of a report.
     */
    @Column(name = "reports_pending_from")
    private Long reportsPendingFrom;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    /**
     * Who withdrew it: the apprentice, the guardian who had consented for them, or the centre at the apprentice's
     * request (their page's link lost).
     */
    public enum Withdrawer { PERSON, GUARDIAN, CENTRE }

    @Enumerated(EnumType.STRING)
    @Column(name = "withdrawn_by")
    private Withdrawer withdrawnBy;

    @Version
    private long version;

    protected ShowcaseProfile() {
    }

    ShowcaseProfile(long tenantId, Long invitationId, ProfileContent content, String language, Instant at) {
        this.tenantId = tenantId;
        this.invitationId = invitationId;
        this.language = language;
        this.submittedAt = at;
        fill(content);
        this.underFourteen = content.underFourteen();
        this.guardianName = content.underFourteen() ? content.guardianName() : null;
        this.guardianEmail = content.underFourteen() ? content.guardianEmailNormalized() : null;
        this.status = underFourteen ? ProfileStatus.AWAITING_GUARDIAN : ProfileStatus.AWAITING_MODERATION;
        this.waitingSince = underFourteen ? null : at;
    }

    private void fill(ProfileContent content) {
        this.displayName = content.displayName();
        this.trade = content.trade();
        this.programId = content.programId();
        this.workplace = content.workplace();
        this.testimony = content.testimony();
        this.languagesSpoken = content.languagesSpoken();
        if (!java.util.Objects.equals(emailNormalized, content.emailNormalized())) {
            this.emailRepeat = 0;
        }
        this.emailNormalized = content.emailNormalized();
        this.othersConsented = content.othersConsented();
    }

    /**
     * The person changed their profile: whatever it was, a moderator looks at it again before it is public. Under 14,
     * the guardian confirmed what was shown then, not this: they (or the guardian now named) confirm again first.
     */
    void edit(ProfileContent content, String newPhotoKey, Instant at) {
        requireNotWithdrawn();
        if (status == ProfileStatus.APPROVED) {
            // Public until now: its approval will put it back online, its refusal take it off.
            offForReviewSince = at;
        }
        reportsPendingSince = null;
        reportsPendingFrom = null;
        fill(content);
        if (newPhotoKey != null) {
            this.photoKey = newPhotoKey;
        }
        if (underFourteen) {
            guardianName = content.guardianName();
            guardianEmail = content.guardianEmailNormalized();
            guardianConfirmedAt = null;
            status = ProfileStatus.AWAITING_GUARDIAN;
            waitingSince = null;
        } else {
            status = ProfileStatus.AWAITING_MODERATION;
            waitingSince = at;
        }
        moderationNote = null;
    }

    void guardianConfirmed(Instant at) {
        requireNotWithdrawn();
        guardianConfirmedAt = at;
        if (status == ProfileStatus.AWAITING_GUARDIAN) {
            status = ProfileStatus.AWAITING_MODERATION;
            waitingSince = at;
        }
    }

    /** Returns whether the profile was published before and is back online, rather than published a first time. */
    boolean approve(long moderatorId, Instant at) {
        requireAwaitingModeration();
        status = ProfileStatus.APPROVED;
        moderationNote = null;
        moderated(moderatorId, at);
        boolean back = offForReviewSince != null;
        offForReviewSince = null;
        return back;
    }

    /** A demo's profile, approved with no moderator. */
    void approvedAsSample(Instant at) {
        status = ProfileStatus.APPROVED;
        moderatedAt = at;
        waitingSince = null;
    }

    void requestChanges(String note, long moderatorId, Instant at) {
        requireAwaitingModeration();
        status = ProfileStatus.CHANGES_REQUESTED;
        moderationNote = note;
        moderated(moderatorId, at);
    }

    /** Returns whether the profile had been public (and is taken off), rather than never published. */
    boolean refuse(String reason, long moderatorId, Instant at) {
        requireAwaitingModeration();
        status = ProfileStatus.REFUSED;
        moderationNote = reason;
        moderated(moderatorId, at);
        boolean wasPublic = offForReviewSince != null;
        offForReviewSince = null;
        return wasPublic;
    }

    /**
     * The public profile was reported by someone whose report alone does not take it off: it stays public, in the
     * centre's queue from the first such report on.
     */
    void reportPending(Instant at, long reportId) {
        requirePublished();
        if (reportsPendingSince == null) {
            reportsPendingSince = at;
            reportsPendingFrom = reportId;
        }
    }

    /**
     * Reports that weigh enough (one of the centre's staff, or several people's) take the public profile off the
     * showcase until a moderator looks again; it keeps its place in the queue from the first report still unanswered.
     */
    void reported(String reason, Instant at) {
        offForReview(reason, at);
    }

    /** A moderator read the reports of the public profile and keeps it online: it leaves the queue. */
    void keptOnline() {
        requirePublished();
        if (reportsPendingSince == null) {
            throw new ca.tremplin.kernel.BusinessRuleException("showcase.moderation.noReport");
        }
        reportsPendingSince = null;
        reportsPendingFrom = null;
    }

    /** A moderator takes a published profile off the showcase (a call, a photo to change): it waits again. */
    void takenDown(String reason, Instant at) {
        offForReview(reason, at);
    }

    /**
     * The public profile leaves the showcase for a moderator to look again, with the reason, waiting since its first
     * report still unanswered, if any, else from now.
     */
    private void offForReview(String reason, Instant at) {
        requirePublished();
        status = ProfileStatus.AWAITING_MODERATION;
        waitingSince = reportsPendingSince == null ? at : reportsPendingSince;
        reportsPendingSince = null;
        reportsPendingFrom = null;
        moderationNote = reason;
        offForReviewSince = at;
    }

    /** Everything the person said and showed goes; what stays is that a profile was withdrawn, and when. */
    void withdraw(Instant at, Withdrawer by) {
        status = ProfileStatus.WITHDRAWN;
        withdrawnAt = at;
        withdrawnBy = by;
        displayName = null;
        trade = null;
        workplace = null;
        testimony = null;
        languagesSpoken = null;
        emailNormalized = null;
        guardianName = null;
        guardianEmail = null;
        photoKey = null;
        moderationNote = null;
        waitingSince = null;
        reportsPendingSince = null;
        reportsPendingFrom = null;
    }

    void showPhoto(String key) {
        this.photoKey = key;
    }

    private void moderated(long moderatorId, Instant at) {
        moderatedBy = moderatorId;
        moderatedAt = at;
        waitingSince = null;
    }

    private void requireAwaitingModeration() {
        if (status != ProfileStatus.AWAITING_MODERATION) {
            throw new ca.tremplin.kernel.BusinessRuleException("showcase.moderation.notWaiting");
        }
    }

    private void requirePublished() {
        if (status != ProfileStatus.APPROVED) {
            throw new ca.tremplin.kernel.BusinessRuleException("showcase.moderation.notPublished");
        }
    }

    private void requireNotWithdrawn() {
        if (status == ProfileStatus.WITHDRAWN) {
            throw new ca.tremplin.kernel.BusinessRuleException("showcase.withdrawn");
        }
    }

    public boolean isPublic() {
        return status == ProfileStatus.APPROVED;
    }

    /** Public now, or published before and off the showcase only while a moderator looks at it again. */
    boolean wasPublished() {
        return status == ProfileStatus.APPROVED || offForReviewSince != null;
    }

    public Long getId() { return id; }
    public Long getTenantId() { return tenantId; }
    public Long getProgramId() { return programId; }
    public ProfileStatus getStatus() { return status; }
    public String getDisplayName() { return displayName; }
    public String getTrade() { return trade; }
    public String getWorkplace() { return workplace; }
    public String getTestimony() { return testimony; }
    public String getLanguagesSpoken() { return languagesSpoken; }
    public String getEmailNormalized() { return emailNormalized; }
    public String getLanguage() { return language; }
    public boolean isUnderFourteen() { return underFourteen; }
    public String getGuardianName() { return guardianName; }
    public String getGuardianEmail() { return guardianEmail; }
    public Instant getGuardianConfirmedAt() { return guardianConfirmedAt; }
    public boolean isOthersConsented() { return othersConsented; }
    public String getPhotoKey() { return photoKey; }
    public String getModerationNote() { return moderationNote; }
    public Instant getSubmittedAt() { return submittedAt; }
    public Instant getWaitingSince() { return waitingSince; }
    public Instant getWithdrawnAt() { return withdrawnAt; }

    /** Since when the public profile has reports no moderator answered, which keep it in the queue; null: none. */
    public Instant getReportsPendingSince() { return reportsPendingSince; }
    Long getReportsPendingFrom() { return reportsPendingFrom; }

    /** Public, and in the queue for reports a moderator has yet to answer. */
    public boolean isReportedWhilePublic() { return status == ProfileStatus.APPROVED && reportsPendingSince != null; }

    public Withdrawer getWithdrawnBy() { return withdrawnBy; }

    /** Published once, and off the showcase since for a review (reported, taken down, edited by its owner). */
    public boolean isOffForReview() { return offForReviewSince != null; }
    public long getVersion() { return version; }
}
