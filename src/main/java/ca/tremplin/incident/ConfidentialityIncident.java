package ca.tremplin.incident;

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
import java.time.LocalDate;
import org.hibernate.annotations.TenantId;

/**
 * One entry of a tenant's register of confidentiality incidents (Law 25): what information was concerned and how, when
 * it happened and when the organisation learned of it, how many people, the assessment of the risk of serious injury
 * and why, the notices to the Commission d'accès à l'information and to the people (or why none), and the measures
 * taken. It changes only through {@link IncidentRegister}, which appends each change to its history.
 */
@Entity
@Table(name = "confidentiality_incident")
public class ConfidentialityIncident implements java.io.Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private Long tenantId;

    @Column(name = "information_concerned", nullable = false)
    private String informationConcerned;

    @Column(nullable = false)
    private String circumstances;

    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "learned_on", nullable = false)
    private LocalDate learnedOn;

    @Column(name = "people_concerned")
    private Integer peopleConcerned;

    @Column(name = "people_estimated", nullable = false)
    private boolean peopleEstimated;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RiskAssessment risk;

    @Column(name = "risk_reasons")
    private String riskReasons;

    @Column(name = "commission_notified_on")
    private LocalDate commissionNotifiedOn;

    @Column(name = "commission_not_notified_because")
    private String commissionNotNotifiedBecause;

    @Column(name = "people_notified_on")
    private LocalDate peopleNotifiedOn;

    @Column(name = "people_not_notified_because")
    private String peopleNotNotifiedBecause;

    @Column(name = "measures_taken")
    private String measuresTaken;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private IncidentStatus status;

    @Column(name = "created_by", nullable = false, updatable = false)
    private Long createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_by", nullable = false)
    private Long updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected ConfidentialityIncident() {
    }

    ConfidentialityIncident(IncidentDetails details, Long userId, Instant now) {
        this.createdBy = userId;
        this.createdAt = now;
        apply(details, userId, now);
    }

    /** The entry as its form edits it, at this version. */
    public IncidentDetails details() {
        IncidentDetails details = new IncidentDetails();
        details.setInformationConcerned(informationConcerned);
        details.setCircumstances(circumstances);
        details.setStartedOn(startedOn);
        details.setEndedOn(endedOn);
        details.setLearnedOn(learnedOn);
        details.setPeopleConcerned(peopleConcerned);
        details.setPeopleEstimated(peopleEstimated);
        details.setRisk(risk);
        details.setRiskReasons(riskReasons);
        details.setCommissionNotifiedOn(commissionNotifiedOn);
        details.setCommissionNotNotifiedBecause(commissionNotNotifiedBecause);
        details.setPeopleNotifiedOn(peopleNotifiedOn);
        details.setPeopleNotNotifiedBecause(peopleNotNotifiedBecause);
        details.setMeasuresTaken(measuresTaken);
        details.setStatus(status);
        details.setVersion(version);
        return details;
    }

    final void apply(IncidentDetails details, Long userId, Instant now) {
        this.informationConcerned = details.getInformationConcerned();
        this.circumstances = details.getCircumstances();
        this.startedOn = details.getStartedOn();
        this.endedOn = details.getEndedOn();
        this.learnedOn = details.getLearnedOn();
        this.peopleConcerned = details.getPeopleConcerned();
        this.peopleEstimated = details.isPeopleEstimated();
        this.risk = details.getRisk();
        this.riskReasons = details.getRiskReasons();
        this.commissionNotifiedOn = details.getCommissionNotifiedOn();
        this.commissionNotNotifiedBecause = details.getCommissionNotNotifiedBecause();
        this.peopleNotifiedOn = details.getPeopleNotifiedOn();
        this.peopleNotNotifiedBecause = details.getPeopleNotNotifiedBecause();
        this.measuresTaken = details.getMeasuresTaken();
        this.status = details.getStatus();
        this.updatedBy = userId;
        this.updatedAt = now;
    }

    public Long getId() { return id; }
    public Long getTenantId() { return tenantId; }
    public String getInformationConcerned() { return informationConcerned; }
    public String getCircumstances() { return circumstances; }
    public LocalDate getStartedOn() { return startedOn; }
    public LocalDate getEndedOn() { return endedOn; }
    public LocalDate getLearnedOn() { return learnedOn; }
    public Integer getPeopleConcerned() { return peopleConcerned; }
    public boolean isPeopleEstimated() { return peopleEstimated; }
    public RiskAssessment getRisk() { return risk; }
    public String getRiskReasons() { return riskReasons; }
    public LocalDate getCommissionNotifiedOn() { return commissionNotifiedOn; }
    public String getCommissionNotNotifiedBecause() { return commissionNotNotifiedBecause; }
    public LocalDate getPeopleNotifiedOn() { return peopleNotifiedOn; }
    public String getPeopleNotNotifiedBecause() { return peopleNotNotifiedBecause; }
    public String getMeasuresTaken() { return measuresTaken; }
    public IncidentStatus getStatus() { return status; }
    public Long getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Long getUpdatedBy() { return updatedBy; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
}
