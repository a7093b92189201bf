package ca.tremplin.inquiry;

import ca.tremplin.person.ChangeSource;
import ca.tremplin.person.ConsentPurpose;
import ca.tremplin.person.ConsentRecord;
import ca.tremplin.person.ConsentTexts;
import ca.tremplin.person.ContactDetails;
import ca.tremplin.person.HeardFrom;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * An information request exactly as it was submitted, once: platform-level (not tenant-owned), because one
 * request may concern several school service centres, each of which sees its own {@link RoutedInquiry}.
 * Never changed after it is recorded, except for the moment it was routed ({@link InquiryRouter}) and the name of the
 * centre it chose, which follows the centre's renames ({@link RenamedCentreRequests}).
 */
@Entity
@Table(name = "inquiry")
public class Inquiry {

    /** Whether it came through the public form or the API. */
    public enum Channel { FORM, API }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "idempotency_key", nullable = false, updatable = false)
    private String idempotencyKey;

    @Column(name = "request_hash", nullable = false, updatable = false)
    private String requestHash;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Channel channel;

    private String language;
    @Column(name = "first_name")
    private String firstName;
    @Column(name = "last_name")
    private String lastName;
    private String email;
    @Column(name = "email_normalized")
    private String emailNormalized;
    @Column(name = "phone_e164")
    private String phoneE164;
    @Column(name = "country_of_residence")
    private String countryOfResidence;
    private String citizenship;
    @Column(name = "birth_year")
    private Integer birthYear;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Education education;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "french_level")
    private FrenchLevel frenchLevel;
    @Column(name = "preferred_intake")
    private String preferredIntake;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "heard_from")
    private HeardFrom heardFrom;
    private String message;
    @Column(name = "requested_tenant_slug")
    private String requestedTenantSlug;
    @Column(name = "utm_source")
    private String utmSource;
    @Column(name = "utm_medium")
    private String utmMedium;
    @Column(name = "utm_campaign")
    private String utmCampaign;
    @Column(name = "utm_term")
    private String utmTerm;
    @Column(name = "utm_content")
    private String utmContent;
    private String referrer;
    @Column(name = "landing_page")
    private String landingPage;
    @Column(name = "campaign_code")
    private String campaignCode;
    @Column(name = "ip_address")
    private String ipAddress;
    /** The time zone the person's browser reported, to give them the deadline in their own time; null if none. */
    @Column(name = "viewer_zone")
    private String viewerZone;
    @Column(name = "received_at")
    private Instant receivedAt;

    /** When its parts were written for the centres it concerns; null while it waits for the router. */
    @Column(name = "routed_at")
    private Instant routedAt;

    @ElementCollection
    @CollectionTable(name = "inquiry_program", joinColumns = @JoinColumn(name = "inquiry_id"))
    @Column(name = "program_id")
    private Set<Long> programIds = new LinkedHashSet<>();

    /** The campaign touches the visitor's browser carried when they sent it. */
    @jakarta.persistence.Embedded
    private ca.tremplin.person.CampaignAttribution attribution;

    protected Inquiry() {
    }

    Inquiry(ValidInquiry valid, String idempotencyKey, Channel channel, String ipAddress, Instant receivedAt) {
        this.idempotencyKey = idempotencyKey;
        this.requestHash = valid.fingerprint();
        this.channel = channel;
        this.language = ca.tremplin.kernel.Languages.code(valid.language());
        this.firstName = valid.firstName();
        this.lastName = valid.lastName();
        this.email = valid.email();
        this.emailNormalized = valid.emailNormalized();
        this.phoneE164 = valid.phoneE164();
        this.countryOfResidence = valid.countryOfResidence();
        this.citizenship = valid.citizenship();
        this.birthYear = valid.birthYear();
        this.education = valid.education();
        this.frenchLevel = valid.frenchLevel();
        this.preferredIntake = valid.preferredIntake();
        this.heardFrom = valid.heardFrom();
        this.message = valid.message();
        this.requestedTenantSlug = valid.schoolBoardSlug();
        this.utmSource = valid.utmSource();
        this.utmMedium = valid.utmMedium();
        this.utmCampaign = valid.utmCampaign();
        this.utmTerm = valid.utmTerm();
        this.utmContent = valid.utmContent();
        this.referrer = valid.referrer();
        this.landingPage = valid.landingPage();
        this.campaignCode = valid.campaignCode();
        this.ipAddress = ipAddress;
        this.viewerZone = valid.viewerZone();
        this.receivedAt = receivedAt;
        this.programIds = new LinkedHashSet<>(valid.programIds());
    }

    void touchedBy(ca.tremplin.web.CampaignTouches touches) {
        this.attribution = ca.tremplin.person.CampaignAttribution.of(touches);
    }

    public ca.tremplin.person.CampaignAttribution getAttribution() {
        return attribution == null ? new ca.tremplin.person.CampaignAttribution() : attribution;
    }

    /** The person as this request describes them. */
    public ContactDetails contact() {
        return new ContactDetails(firstName, lastName, email, emailNormalized, phoneE164, countryOfResidence,
                citizenship, locale());
    }

    void routed(Instant at) {
        this.routedAt = at;
    }

    public boolean isRouted() {
        return routedAt != null;
    }

    public java.util.Locale locale() {
        return ca.tremplin.kernel.Languages.fromTag(language);
    }

    /** What a person's record says its values came from, when this request fills or proposes them. */
    public ChangeSource changeSource() {
        return channel == Channel.API ? ChangeSource.INQUIRY_API : ChangeSource.INQUIRY_FORM;
    }

    /** The consent given (or refused) for one purpose with this request, with the text its form showed. */
    ConsentRecord consent(ConsentPurpose purpose, boolean granted, String source) {
        return ConsentRecord.forInquiry(id, emailNormalized, purpose, granted,
                ConsentTexts.of(purpose, ca.tremplin.kernel.Languages.fromTag(language)), language, receivedAt,
                ipAddress, source);
    }

    public Long getId() { return id; }
    public String getIdempotencyKey() { return idempotencyKey; }
    public String getRequestHash() { return requestHash; }
    public Channel getChannel() { return channel; }
    public String getLanguage() { return language; }
    public String getFirstName() { return firstName; }
    public String getLastName() { return lastName; }
    public String getEmail() { return email; }
    public String getEmailNormalized() { return emailNormalized; }
    public String getPhoneE164() { return phoneE164; }
    public String getCountryOfResidence() { return countryOfResidence; }
    public String getCitizenship() { return citizenship; }
    public Integer getBirthYear() { return birthYear; }
    public Education getEducation() { return education; }
    public FrenchLevel getFrenchLevel() { return frenchLevel; }
    public String getPreferredIntake() { return preferredIntake; }
    public HeardFrom getHeardFrom() { return heardFrom; }
    public String getMessage() { return message; }
    public String getRequestedTenantSlug() { return requestedTenantSlug; }

    /** The centre chosen, by its name of today: the one the request named, or the name it took since. */
    void choseCentre(String slug) { this.requestedTenantSlug = slug; }
    public String getUtmSource() { return utmSource; }
    public String getUtmMedium() { return utmMedium; }
    public String getUtmCampaign() { return utmCampaign; }
    public String getUtmTerm() { return utmTerm; }
    public String getUtmContent() { return utmContent; }
    public String getReferrer() { return referrer; }
    public String getLandingPage() { return landingPage; }
    public String getViewerZone() { return viewerZone; }
    public String getCampaignCode() { return campaignCode; }
    public String getIpAddress() { return ipAddress; }
    public Instant getReceivedAt() { return receivedAt; }
    public Instant getRoutedAt() { return routedAt; }
    public Set<Long> getProgramIds() { return programIds; }
}
