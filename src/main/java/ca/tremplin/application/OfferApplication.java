package ca.tremplin.application;

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

/** One person's application to one offer, on the offer's pipeline; the person is a lead of the offer's centre. */
@Entity
@Table(name = "offer_application")
public class OfferApplication {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private Long tenantId;

    @Column(name = "offer_id", nullable = false, updatable = false)
    private Long offerId;

    @Column(name = "lead_id", nullable = false, updatable = false)
    private Long leadId;

    @Enumerated(EnumType.STRING)
    private ApplicationStatus status = ApplicationStatus.APPLIED;

    @Column(name = "status_since")
    private Instant statusSince;

    @Column(name = "cover_message")
    private String coverMessage;

    @Column(name = "cv_file_name")
    private String cvFileName;

    @Column(name = "cv_content_type")
    private String cvContentType;

    @Column(name = "consent_at")
    private Instant consentAt;

    @Column(name = "applied_at")
    private Instant appliedAt;

    /** The zone the candidate's browser reported when they applied; null when it said nothing. */
    @Column(name = "viewer_zone")
    private String viewerZone;

    /** The campaign touches the candidate's browser carried when they applied. */
    @jakarta.persistence.Embedded
    private ca.tremplin.person.CampaignAttribution attribution;

    /**
     * The furthest step the candidate was told of for sure: a news mail gone, an interview's invitation. Null when
     * nothing beyond the receipt of their application.
     */
    @Enumerated(EnumType.STRING)
    @Column(name = "news_told")
    private ApplicationStatus newsTold;

    /**
     * The outbox message that tells the candidate of the step the application stands at, held a few minutes
     * ({@link ApplicationNews#HOLD}); null when none is held.
     */
    @Column(name = "news_held_id")
    private Long newsHeldId;

    @Version
    private long version;

    /** Where the candidate applied from, by their browser's time zone: an interview's time is said in it too. */
    void seenFrom(String zone) {
        this.viewerZone = ca.tremplin.event.EventTimes.zone(zone).map(java.time.ZoneId::getId).orElse(null);
    }

    public java.util.Optional<java.time.ZoneId> viewerZone() {
        return ca.tremplin.event.EventTimes.zone(viewerZone);
    }

    void touchedBy(ca.tremplin.web.CampaignTouches touches) {
        this.attribution = ca.tremplin.person.CampaignAttribution.of(touches);
    }

    public ca.tremplin.person.CampaignAttribution getAttribution() {
        return attribution == null ? new ca.tremplin.person.CampaignAttribution() : attribution;
    }

    protected OfferApplication() {
    }

    OfferApplication(long tenantId, long offerId, long leadId, String coverMessage, String cvFileName,
                     String cvContentType, Instant at) {
        this.tenantId = tenantId;
        this.offerId = offerId;
        this.leadId = leadId;
        this.coverMessage = coverMessage;
        this.cvFileName = cvFileName;
        this.cvContentType = cvContentType;
        this.consentAt = at;
        this.appliedAt = at;
        this.statusSince = at;
    }

    /**
     * The person, who had withdrawn their consent to its processing, applied again while it stood: their consent is
     * given again with what they sent now, which the application holds from now on; what it held is kept first as an
     * earlier version ({@link EarlierSendings#keep}), never overwritten.
     */
    void sentAgainWithConsent(String coverMessage, String cvFileName, String cvContentType, Instant at) {
        this.coverMessage = coverMessage;
        this.cvFileName = cvFileName;
        this.cvContentType = cvContentType;
        this.consentAt = at;
    }

    void moveTo(ApplicationStatus target, Instant at) {
        status = target;
        statusSince = at;
    }

    /** The candidate was told of this step for sure: the furthest one is kept. */
    void told(ApplicationStatus step) {
        if (newsTold == null || step.ordinal() > newsTold.ordinal()) {
            newsTold = step;
        }
    }

    void newsHeld(Long messageId) {
        this.newsHeldId = messageId;
    }

    public ApplicationStatus getNewsTold() { return newsTold; }
    public Long getNewsHeldId() { return newsHeldId; }
    public Long getId() { return id; }
    public Long getTenantId() { return tenantId; }
    public Long getOfferId() { return offerId; }
    public Long getLeadId() { return leadId; }
    public ApplicationStatus getStatus() { return status; }
    public Instant getStatusSince() { return statusSince; }
    public String getCoverMessage() { return coverMessage; }
    public String getCvFileName() { return cvFileName; }
    public String getCvContentType() { return cvContentType; }
    public Instant getAppliedAt() { return appliedAt; }
    /** When the person sent what the application holds now: when they applied, or last sent it again. */
    public Instant getConsentAt() { return consentAt; }
}
