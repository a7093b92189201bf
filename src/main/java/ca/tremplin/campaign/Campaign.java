package ca.tremplin.campaign;

import ca.tremplin.kernel.BusinessRuleException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.annotations.TenantId;

/**
 * A campaign of a school service centre, or of the coordinating organisation spanning the centres it names. Its
 * objective is SMART: a measure, a number (a week, or in all), and a date; its plan is its activities, week by week
 * ({@link CampaignActivity}).
 */
@Entity
@Table(name = "campaign")
public class Campaign implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private Long tenantId;

    /** The links' utm_campaign, fixed at creation: links already printed keep working after a rename. */
    @Column(updatable = false)
    private String code;
    private String name;
    private String objective;
    @Enumerated(EnumType.STRING)
    @Column(name = "objective_measure")
    private ObjectiveMeasure objectiveMeasure = ObjectiveMeasure.REQUESTS;
    @Column(name = "objective_target")
    private Integer objectiveTarget;
    @Column(name = "objective_weekly")
    private boolean objectiveWeekly = true;
    @Column(name = "objective_due")
    private LocalDate objectiveDue;
    @Column(name = "starts_on")
    private LocalDate startsOn;
    @Column(name = "ends_on")
    private LocalDate endsOn;
    @Column(name = "key_messages")
    private String keyMessages;
    private String hashtags;
    @Column(name = "budget_cad")
    private BigDecimal budgetCad;
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "campaign_centre", joinColumns = @JoinColumn(name = "campaign_id"))
    @Column(name = "tenant_id")
    private Set<Long> centreIds = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "campaign_country", joinColumns = @JoinColumn(name = "campaign_id"))
    @Column(name = "country")
    private Set<String> countries = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "campaign_sector", joinColumns = @JoinColumn(name = "campaign_id"))
    @Column(name = "sector_code")
    private Set<String> sectorCodes = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "campaign_audience", joinColumns = @JoinColumn(name = "campaign_id"))
    @Column(name = "audience")
    @Enumerated(EnumType.STRING)
    private Set<Audience> audiences = new LinkedHashSet<>();

    @Version
    private long version;

    /** The longest a campaign runs. */
    static final int MAX_YEARS = 3;

    /** The plan must hold together before it is saved; each broken rule is a message in the user's language. */
    public void checkPlan() {
        if (startsOn == null || endsOn == null || objectiveDue == null) {
            throw new BusinessRuleException("campaign.invalid.dates");
        }
        if (endsOn.isBefore(startsOn)) {
            throw new BusinessRuleException("campaign.invalid.endBeforeStart");
        }
        // A year mistyped (2207 for 2027) would make a plan and a weekly table of thousands of weeks.
        if (startsOn.plusYears(MAX_YEARS).isBefore(endsOn)) {
            throw new BusinessRuleException("campaign.invalid.tooLong", MAX_YEARS);
        }
        // An objective due before the campaign starts measures nothing it does: most often a year mistyped.
        if (objectiveDue.isBefore(startsOn)) {
            throw new BusinessRuleException("campaign.invalid.dueBeforeStart");
        }
        if (objectiveTarget == null || objectiveTarget <= 0) {
            throw new BusinessRuleException("campaign.invalid.target");
        }
        if (budgetCad != null && budgetCad.signum() < 0) {
            throw new BusinessRuleException("campaign.invalid.budget");
        }
    }

    /** A new campaign: its links' code is taken from its name once, here. */
    public void start(Instant now) {
        this.code = TrackedLinks.codeOf(name);
        this.createdAt = now;
    }

    void keepCreationOf(Campaign stored) {
        this.code = stored.code;
        this.createdAt = stored.createdAt;
    }

    /** The most characters the hashtags hold, as written back (each with its #). */
    static final int HASHTAGS_MAX = 500;

    /** The hashtags as typed, each with its #, separated by spaces: "#FP #Québec" from "FP, #Québec". */
    static String normalizedHashtags(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        Set<String> tags = new LinkedHashSet<>();
        for (String word : typed.split("[\\s,;]+")) {
            String tag = word.replaceAll("^#+", "");
            if (!tag.isEmpty()) {
                tags.add("#" + tag);
            }
        }
        return tags.isEmpty() ? null : String.join(" ", tags);
    }

    public Long getId() { return id; }
    public Long getTenantId() { return tenantId; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getObjective() { return objective; }
    public void setObjective(String objective) { this.objective = objective; }
    public ObjectiveMeasure getObjectiveMeasure() { return objectiveMeasure; }
    public void setObjectiveMeasure(ObjectiveMeasure objectiveMeasure) { this.objectiveMeasure = objectiveMeasure; }
    public Integer getObjectiveTarget() { return objectiveTarget; }
    public void setObjectiveTarget(Integer objectiveTarget) { this.objectiveTarget = objectiveTarget; }
    public boolean isObjectiveWeekly() { return objectiveWeekly; }
    public void setObjectiveWeekly(boolean objectiveWeekly) { this.objectiveWeekly = objectiveWeekly; }
    public LocalDate getObjectiveDue() { return objectiveDue; }
    public void setObjectiveDue(LocalDate objectiveDue) { this.objectiveDue = objectiveDue; }
    public LocalDate getStartsOn() { return startsOn; }
    public void setStartsOn(LocalDate startsOn) { this.startsOn = startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public void setEndsOn(LocalDate endsOn) { this.endsOn = endsOn; }
    public String getKeyMessages() { return keyMessages; }
    public void setKeyMessages(String keyMessages) { this.keyMessages = keyMessages; }
    public String getHashtags() { return hashtags; }
    public void setHashtags(String hashtags) { this.hashtags = normalizedHashtags(hashtags); }
    public BigDecimal getBudgetCad() { return budgetCad; }
    public void setBudgetCad(BigDecimal budgetCad) { this.budgetCad = budgetCad; }
    public Instant getCreatedAt() { return createdAt; }
    public Set<Long> getCentreIds() { return centreIds; }
    public void setCentreIds(Set<Long> centreIds) { this.centreIds = new LinkedHashSet<>(centreIds); }
    public Set<String> getCountries() { return countries; }
    public void setCountries(Set<String> countries) { this.countries = new LinkedHashSet<>(countries); }
    public Set<String> getSectorCodes() { return sectorCodes; }
    public void setSectorCodes(Set<String> sectorCodes) { this.sectorCodes = new LinkedHashSet<>(sectorCodes); }
    public Set<Audience> getAudiences() { return audiences; }
    public void setAudiences(Set<Audience> audiences) { this.audiences = new LinkedHashSet<>(audiences); }
    public long getVersion() { return version; }
}
