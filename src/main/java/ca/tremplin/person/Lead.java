package ca.tremplin.person;

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
 * A person a school service centre follows: one per normalised e-mail and centre. A returning person's new request,
 * registration or application joins their lead's timeline; it may fill what the record lacks but never rewrites what
 * the centre holds (see {@link LeadDetails}). The personal fields change only through {@link LeadField}, which
 * {@link LeadDetails} audits.
 */
@Entity
@Table(name = "`lead`")
public class Lead {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private Long tenantId;

    /**
     * The matching key: moves with the e-mail when staff correct it. None for a person an imported list knew only
     * by name and phone, until staff add their address.
     */
    @Column(name = "email_normalized")
    private String emailNormalized;
    private String email;
    @Column(name = "first_name")
    private String firstName;
    @Column(name = "last_name")
    private String lastName;
    @Column(name = "phone_e164")
    private String phoneE164;
    /** What the search box looks in, kept by the database from the names, e-mail and phone (V48): never written here. */
    @Column(name = "search_name", insertable = false, updatable = false)
    private String searchName;
    @Column(name = "country_of_residence")
    private String countryOfResidence;
    private String citizenship;
    private String language;
    @Column(name = "first_inquiry_at")
    private Instant firstInquiryAt;
    @Column(name = "last_inquiry_at")
    private Instant lastInquiryAt;

    /** The pipeline (see {@link ca.tremplin.person.LeadStage}); changed only through the pipeline's service. */
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private ca.tremplin.person.LeadStage stage = ca.tremplin.person.LeadStage.NEW;
    @Column(name = "stage_since")
    private Instant stageSince;
    @Column(name = "owner_id")
    private Long ownerId;
    @Column(name = "lost_reason")
    private String lostReason;
    @Column(name = "merged_into_id")
    private Long mergedIntoId;
    /** When the person's personal information was erased (on request, or at the end of its retention). */
    /** Since when the address is held undeliverable: a message to it bounced for good (V103); null otherwise. */
    @Column(name = "email_undeliverable_since")
    private Instant emailUndeliverableSince;
    /** What the mail server that refused it said, with its status code. */
    @Column(name = "email_undeliverable_reason")
    private String emailUndeliverableReason;
    @Column(name = "erased_at", insertable = false, updatable = false)
    private Instant erasedAt;

    /** The first campaign that brought the person and the last one before they acted. */
    @jakarta.persistence.Embedded
    private CampaignAttribution attribution;

    @Version
    private long version;

    protected Lead() {
    }

    Lead(long tenantId, ContactDetails person, Instant at) {
        this.tenantId = tenantId;
        this.emailNormalized = person.emailNormalized();
        this.email = person.email();
        this.firstName = person.firstName();
        this.lastName = person.lastName();
        this.phoneE164 = person.phoneE164();
        this.countryOfResidence = person.countryOfResidence();
        this.citizenship = person.citizenship();
        this.language = ca.tremplin.kernel.Languages.code(person.language());
        this.firstInquiryAt = at;
        this.lastInquiryAt = at;
        this.stageSince = at;
    }

    /** The person came back (a request, a registration): their record is more recent, not rewritten. */
    void cameBackAt(Instant at) {
        if (lastInquiryAt == null || at.isAfter(lastInquiryAt)) {
            this.lastInquiryAt = at;
        }
    }

    /**
     * A request taken back from the centre: the time of the latest request (or registration, or application) the
     * record still holds, never before the record was first known (see {@code inquiry.LeadAfterTakeBack}).
     */
    public void lastCameBackAt(Instant at) {
        this.lastInquiryAt = at;
    }

    public String fullName() {
        return ContactDetails.fullName(firstName, lastName);
    }

    /** The record as a merge names it: "Awa Diop <awa@exemple.ca>", the name alone without an address. */
    public String nameAndAddress() {
        return fullName() + (email == null ? "" : " <" + email + ">");
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

    public void moveTo(ca.tremplin.person.LeadStage stage, String lostReason, Instant at) {
        this.stage = stage;
        this.lostReason = lostReason;
        this.stageSince = at;
    }

    /** A request, a registration or an application arrived with these campaign touches (rules: {@link CampaignAttribution#keep}). */
    public void touchedBy(ca.tremplin.web.CampaignTouches touches) {
        if (touches == null || touches.isEmpty()) {
            return;
        }
        if (attribution == null) {
            attribution = new CampaignAttribution();
        }
        attribution.keep(touches, firstInquiryAt);
    }

    /** A request taken back: the touches it brought give way to those of what the record still holds. */
    public void touchesGivenBack(ca.tremplin.web.CampaignTouches touches) {
        attribution = CampaignAttribution.of(touches);
    }

    public CampaignAttribution getAttribution() {
        return attribution == null ? new CampaignAttribution() : attribution;
    }

    public void assignOwner(Long ownerId) { this.ownerId = ownerId; }
    public void mergedInto(long survivorId) { this.mergedIntoId = survivorId; }

    /**
     * A merged lead gives its e-mail key to the lead it lives on in, which staff set to that address: the address
     * stays shown on it, and a later request from it finds the survivor directly.
     */
    void releaseEmailKey() {
        if (mergedIntoId == null) {
            throw new IllegalStateException("only a merged lead gives its address away");
        }
        this.emailNormalized = null;
    }
    void setEmail(String email) {
        this.email = email;
        this.emailNormalized = ContactDetails.normalizeEmail(email);
    }

    void setFirstName(String firstName) { this.firstName = firstName; }
    void setLastName(String lastName) { this.lastName = lastName; }
    void setPhoneE164(String phoneE164) { this.phoneE164 = phoneE164; }
    void setCountryOfResidence(String country) { this.countryOfResidence = country; }
    void setCitizenship(String citizenship) { this.citizenship = citizenship; }
    void setLanguage(String language) { this.language = language; }

    public ca.tremplin.person.LeadStage getStage() { return stage; }
    public Instant getStageSince() { return stageSince; }
    public Long getOwnerId() { return ownerId; }
    public String getLostReason() { return lostReason; }
    public Long getMergedIntoId() { return mergedIntoId; }
    public Instant getErasedAt() { return erasedAt; }
    public Instant getEmailUndeliverableSince() { return emailUndeliverableSince; }
    public String getEmailUndeliverableReason() { return emailUndeliverableReason; }
    public boolean isEmailUndeliverable() { return emailUndeliverableSince != null; }

    void markEmailUndeliverable(Instant since, String reason) {
        this.emailUndeliverableSince = since;
        this.emailUndeliverableReason = reason == null ? null : reason.substring(0, Math.min(reason.length(), 500));
    }

    void clearEmailUndeliverable() {
        this.emailUndeliverableSince = null;
        this.emailUndeliverableReason = null;
    }
    public boolean isErased() { return erasedAt != null; }
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
