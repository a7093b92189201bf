package ca.tremplin.inquiry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/**
 * A person who asked a school service centre for information: one per normalised e-mail and centre. A returning
 * person's new request joins their lead's timeline; their contact details follow what they typed last.
 */
@Entity
@Table(name = "lead")
public class Lead {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private Long tenantId;

    @Column(name = "email_normalized", nullable = false, updatable = false)
    private String emailNormalized;
    private String email;
    @Column(name = "first_name")
    private String firstName;
    @Column(name = "last_name")
    private String lastName;
    @Column(name = "phone_e164")
    private String phoneE164;
    @Column(name = "country_of_residence")
    private String countryOfResidence;
    private String citizenship;
    private String language;
    @Column(name = "first_inquiry_at")
    private Instant firstInquiryAt;
    @Column(name = "last_inquiry_at")
    private Instant lastInquiryAt;

    /** The pipeline (see {@link ca.tremplin.pipeline.LeadStage}); changed only through the pipeline's service. */
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private ca.tremplin.pipeline.LeadStage stage = ca.tremplin.pipeline.LeadStage.NEW;
    @Column(name = "stage_since")
    private Instant stageSince;
    @Column(name = "owner_id")
    private Long ownerId;
    @Column(name = "lost_reason")
    private String lostReason;
    @Column(name = "merged_into_id")
    private Long mergedIntoId;

    @Version
    private long version;

    protected Lead() {
    }

    Lead(long tenantId, ContactDetails person, Instant at) {
        this.tenantId = tenantId;
        this.emailNormalized = person.emailNormalized();
        this.firstInquiryAt = at;
        this.stageSince = at;
        updateFrom(person, at);
    }

    /** A person who came by another way than an information request (an application to an offer...). */
    public Lead(long tenantId, String email, String emailNormalized, String firstName, String lastName,
                String phoneE164, String country, String language, Instant at) {
        this.tenantId = tenantId;
        this.emailNormalized = emailNormalized;
        this.email = email;
        this.firstName = firstName;
        this.lastName = lastName;
        this.phoneE164 = phoneE164;
        this.countryOfResidence = country;
        this.citizenship = country;
        this.language = language;
        this.firstInquiryAt = at;
        this.lastInquiryAt = at;
        this.stageSince = at;
    }

    /** The person's latest details are the ones to answer with; what they did not give this time is kept. */
    void updateFrom(ContactDetails person, Instant at) {
        this.email = person.email();
        this.firstName = person.firstName();
        this.lastName = person.lastName();
        if (person.phoneE164() != null) {
            this.phoneE164 = person.phoneE164();
        }
        if (person.countryOfResidence() != null) {
            this.countryOfResidence = person.countryOfResidence();
        }
        if (person.citizenship() != null) {
            this.citizenship = person.citizenship();
        }
        this.language = ca.tremplin.kernel.Languages.code(person.language());
        if (lastInquiryAt == null || at.isAfter(lastInquiryAt)) {
            this.lastInquiryAt = at;
        }
    }

    public String fullName() {
        return firstName + " " + lastName;
    }

    public java.util.Locale locale() {
        return ca.tremplin.kernel.Languages.fromTag(language);
    }

    /** The first recruiter a request of this person was given to owns the lead, until someone reassigns it. */
    void ownedByDefault(Long recruiterId) {
        if (ownerId == null) {
            ownerId = recruiterId;
        }
    }

    public void moveTo(ca.tremplin.pipeline.LeadStage stage, String lostReason, Instant at) {
        this.stage = stage;
        this.lostReason = lostReason;
        this.stageSince = at;
    }

    public void assignOwner(Long ownerId) { this.ownerId = ownerId; }
    public void mergedInto(long survivorId) { this.mergedIntoId = survivorId; }
    public void setEmail(String email) { this.email = email; }
    public void setFirstName(String firstName) { this.firstName = firstName; }
    public void setLastName(String lastName) { this.lastName = lastName; }
    public void setPhoneE164(String phoneE164) { this.phoneE164 = phoneE164; }
    public void setCountryOfResidence(String country) { this.countryOfResidence = country; }
    public void setCitizenship(String citizenship) { this.citizenship = citizenship; }
    public void setLanguage(String language) { this.language = language; }

    public ca.tremplin.pipeline.LeadStage getStage() { return stage; }
    public Instant getStageSince() { return stageSince; }
    public Long getOwnerId() { return ownerId; }
    public String getLostReason() { return lostReason; }
    public Long getMergedIntoId() { return mergedIntoId; }
    public long getVersion() { return version; }
    public Long getId() { return id; }
    public Long getTenantId() { return tenantId; }
    public String getEmailNormalized() { return emailNormalized; }
    public String getEmail() { return email; }
    public String getFirstName() { return firstName; }
    public String getLastName() { return lastName; }
    public String getPhoneE164() { return phoneE164; }
    public String getCountryOfResidence() { return countryOfResidence; }
    public String getCitizenship() { return citizenship; }
    public String getLanguage() { return language; }
    public Instant getFirstInquiryAt() { return firstInquiryAt; }
    public Instant getLastInquiryAt() { return lastInquiryAt; }
}
