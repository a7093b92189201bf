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
import java.util.Locale;

/**
 * Proof of one consent given (or refused) with a request: the purpose, the exact text shown and its version,
 * the language, when and from where. Kept with the request, never edited.
 */
@Entity
@Table(name = "consent_record")
public class ConsentRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "inquiry_id", updatable = false)
    private Long inquiryId;

    /** Set instead of the request when the consent was given with an event registration. */
    @Column(name = "event_registration_id", updatable = false)
    private Long eventRegistrationId;

    /** Set instead of the request when the consent was given with an application to an offer. */
    @Column(name = "offer_application_id", updatable = false)
    private Long offerApplicationId;

    /** Set instead of the others when the consent was given for an apprentice's showcase profile. */
    @Column(name = "showcase_profile_id", updatable = false)
    private Long showcaseProfileId;

    @Column(name = "email_normalized")
    private String emailNormalized;

    @Enumerated(EnumType.STRING)
    private ConsentPurpose purpose;

    private boolean granted;

    @Column(name = "text_version")
    private String textVersion;

    @Column(name = "text_shown")
    private String textShown;

    private String language;

    @Column(name = "given_at")
    private Instant givenAt;

    @Column(name = "ip_address")
    private String ipAddress;

    private String source;

    private static final int SOURCE_MAX = 500;

    /** For a consent of purpose {@link ConsentPurpose#GUARDIAN}: the parent or guardian who gave it. */
    @Column(name = "guardian_name", updatable = false)
    private String guardianName;

    @Column(name = "guardian_email", updatable = false)
    private String guardianEmail;

    protected ConsentRecord() {
    }

    /** This (new) record as the consent of a parent or guardian, who they are; before it is persisted. */
    public ConsentRecord givenByGuardian(String name, String email) {
        this.guardianName = name;
        this.guardianEmail = email;
        return this;
    }

    /** A consent given (or refused) with an information request, with the text shown on its form. */
    public static ConsentRecord forInquiry(long inquiryId, String emailNormalized, ConsentPurpose purpose,
                                           boolean granted, ConsentTexts.Shown text, String language, Instant at,
                                           String ipAddress, String source) {
        ConsentRecord record = new ConsentRecord();
        record.inquiryId = inquiryId;
        record.emailNormalized = emailNormalized;
        record.purpose = purpose;
        record.granted = granted;
        record.textVersion = text.version();
        record.textShown = text.text();
        record.language = language;
        record.givenAt = at;
        record.ipAddress = ipAddress;
        record.source = clipped(source);
        return record;
    }

    /** A consent given (or refused) when registering for an event, with the text shown there. */
    public static ConsentRecord forEventRegistration(long registrationId, ContactDetails person,
                                                     ConsentPurpose purpose, boolean granted, Instant at,
                                                     String ipAddress, String source) {
        return forEventRegistration(registrationId, person, purpose, granted, ConsentTexts.of(purpose,
                ConsentTexts.Occasion.EVENT, person.language()), at, ipAddress, source);
    }

    /**
     * A consent proven otherwise than by our form's text — an imported list's column, say — with that proof as
     * the text kept.
     */
    public static ConsentRecord forEventRegistration(long registrationId, ContactDetails person,
                                                     ConsentPurpose purpose, boolean granted,
                                                     ConsentTexts.Shown text, Instant at, String ipAddress,
                                                     String source) {
        ConsentRecord record = new ConsentRecord();
        record.eventRegistrationId = registrationId;
        record.emailNormalized = person.emailNormalized();
        record.purpose = purpose;
        record.granted = granted;
        record.textVersion = text.version();
        record.textShown = text.text();
        record.language = ca.tremplin.kernel.Languages.code(person.language());
        record.givenAt = at;
        record.ipAddress = ipAddress;
        record.source = clipped(source);
        return record;
    }

    /** The consent given with an application to an offer, with the application form's text in the person's language. */
    public static ConsentRecord forApplication(long applicationId, String emailNormalized, Locale language,
                                               Instant at, String ipAddress, String source) {
        return forApplication(applicationId, emailNormalized, ConsentPurpose.APPLICATION, language, at, ipAddress,
                source);
    }

    /**
     * A consent given on the application form for another purpose than the application itself (a parent's or
     * guardian's, under 14), with that purpose's text in the person's language.
     */
    public static ConsentRecord forApplication(long applicationId, String emailNormalized, ConsentPurpose purpose,
                                               Locale language, Instant at, String ipAddress, String source) {
        ConsentTexts.Shown text = ConsentTexts.of(purpose, ConsentTexts.Occasion.APPLICATION, language);
        ConsentRecord record = new ConsentRecord();
        record.offerApplicationId = applicationId;
        record.emailNormalized = emailNormalized;
        record.purpose = purpose;
        record.granted = true;
        record.textVersion = text.version();
        record.textShown = text.text();
        record.language = ca.tremplin.kernel.Languages.code(language);
        record.givenAt = at;
        record.ipAddress = ipAddress;
        record.source = clipped(source);
        return record;
    }

    /**
     * A consent given, refused or withdrawn for an apprentice's showcase profile (publication, image rights, a
     * guardian's), with the exact text and its language; the profile is not a lead's, so no lead is named.
     */
    public static ConsentRecord forShowcaseProfile(long profileId, String emailNormalized, ConsentPurpose purpose,
                                                   boolean granted, ConsentTexts.Shown text, Locale language,
                                                   Instant at, String ipAddress) {
        ConsentRecord record = new ConsentRecord();
        record.showcaseProfileId = profileId;
        record.emailNormalized = emailNormalized;
        record.purpose = purpose;
        record.granted = granted;
        record.textVersion = text.version();
        record.textShown = text.text();
        record.language = ca.tremplin.kernel.Languages.code(language);
        record.givenAt = at;
        record.ipAddress = ipAddress;
        record.source = "showcase";
        return record;
    }

    /**
     * This (new) showcase record as one a centre's staff wrote down for the person, who said it to them rather than
     * on a page of ours ({@code how}: by phone, by letter...): its source names who wrote it and how it was said.
     */
    public ConsentRecord saidToStaff(long staffId, String how) {
        // Cut between characters, never inside an emoji, as the column counts them.
        this.source = ca.tremplin.kernel.ShortenedText.of("showcase, said to staff #" + staffId + ": " + how,
                SOURCE_MAX);
        return this;
    }

    public Long getShowcaseProfileId() { return showcaseProfileId; }
    public Long getOfferApplicationId() { return offerApplicationId; }
    public Long getEventRegistrationId() { return eventRegistrationId; }
    public Long getId() { return id; }
    public Long getInquiryId() { return inquiryId; }
    public ConsentPurpose getPurpose() { return purpose; }
    public boolean isGranted() { return granted; }
    public String getTextVersion() { return textVersion; }
    public String getTextShown() { return textShown; }
    public String getLanguage() { return language; }
    public Instant getGivenAt() { return givenAt; }
    public String getIpAddress() { return ipAddress; }
    public String getSource() { return source; }
    public String getGuardianName() { return guardianName; }
    public String getGuardianEmail() { return guardianEmail; }

    /**
     * Where the consent was given, within the column's 500 characters: an API caller's landing page may fill its
     * own 500, and "API " comes before it.
     */
    private static String clipped(String source) {
        return source == null || source.length() <= SOURCE_MAX ? source : source.substring(0, SOURCE_MAX);
    }
}
