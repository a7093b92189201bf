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

    @Version
    private long version;

    protected Lead() {
    }

    Lead(long tenantId, ContactDetails person, Instant at) {
        this.tenantId = tenantId;
        this.emailNormalized = person.emailNormalized();
        this.firstInquiryAt = at;
        updateFrom(person, at);
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
