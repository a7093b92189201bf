package ca.tremplin.tenant;

import ca.tremplin.kernel.Languages;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Locale;

/**
 * A tenant: a school service centre (CSS) or the coordinating organisation. The tenant row itself is not
 * tenant-owned — it is the platform's directory — but everything a CSS owns points to it.
 */
@Entity
@Table(name = "tenant")
public class Tenant implements java.io.Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Size(min = 3, max = 60, message = "{tenant.slug.size}")
    @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{tenant.slug.pattern}")
    private String slug;

    @NotNull
    @Enumerated(EnumType.STRING)
    private TenantKind kind = TenantKind.SCHOOL_BOARD;

    @NotBlank
    @Size(max = 200)
    @Column(name = "name_fr")
    private String nameFr;

    @NotBlank
    @Size(max = 200)
    @Column(name = "name_en")
    private String nameEn;

    @NotNull
    @Enumerated(EnumType.STRING)
    private QuebecRegion region;

    @Email(regexp = ca.tremplin.kernel.EmailAddresses.PATTERN)
    @Size(max = 254)
    @Column(name = "contact_email")
    private String contactEmail;

    @Size(max = 40)
    @Column(name = "contact_phone")
    private String contactPhone;

    /** The postal address CASL asks of every bulk message's sender (lines as typed). */
    @Size(max = 300)
    @Column(name = "mailing_address")
    private String mailingAddress;

    @Size(max = 300)
    @Pattern(regexp = "(https?://\\S+)?", message = "{tenant.website.pattern}")
    private String website;

    @Size(max = 200)
    @Column(name = "privacy_officer_name")
    private String privacyOfficerName;

    @Email(regexp = ca.tremplin.kernel.EmailAddresses.PATTERN)
    @Size(max = 254)
    @Column(name = "privacy_officer_email")
    private String privacyOfficerEmail;

    @Size(max = 40)
    @Column(name = "privacy_officer_phone")
    private String privacyOfficerPhone;

    @Size(max = 200)
    @Column(name = "privacy_officer_title")
    private String privacyOfficerTitle;

    @Size(max = 200)
    @Column(name = "privacy_officer_title_en")
    private String privacyOfficerTitleEn;

    private boolean active = true;

    @Column(name = "logo_updated_at")
    private Instant logoUpdatedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    @PrePersist
    void beforeInsert() {
        createdAt = Instant.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void beforeUpdate() {
        updatedAt = Instant.now();
    }

    public String localizedName(Locale locale) {
        return Languages.isEnglish(locale) ? nameEn : nameFr;
    }

    /**
     * How to reach the centre, as it gave it: its e-mail, phone and mailing address, those it gave, one line each
     * joined by " · " (an address written on several lines kept on one); "" when it gave none. Every mail that must
     * say how to reach its sender (CASL; a candidate's news) says it the same way.
     */
    public String contactLine() {
        java.util.List<String> parts = new java.util.ArrayList<>();
        for (String part : new String[] {contactEmail, contactPhone, mailingAddress}) {
            if (part != null && !part.isBlank()) {
                parts.add(part.strip().replaceAll("\\s*\\R\\s*", ", "));
            }
        }
        return String.join(" · ", parts);
    }

    public boolean isCoordination() {
        return kind == TenantKind.COORDINATION;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public TenantKind getKind() {
        return kind;
    }

    public void setKind(TenantKind kind) {
        this.kind = kind;
    }

    public String getNameFr() {
        return nameFr;
    }

    /** Kept single-spaced: a name that differs from another centre's by a space typed twice is the same name. */
    public void setNameFr(String nameFr) {
        this.nameFr = ca.tremplin.kernel.SingleSpaced.of(nameFr);
    }

    public String getNameEn() {
        return nameEn;
    }

    /** Kept single-spaced: a name that differs from another centre's by a space typed twice is the same name. */
    public void setNameEn(String nameEn) {
        this.nameEn = ca.tremplin.kernel.SingleSpaced.of(nameEn);
    }

    public QuebecRegion getRegion() {
        return region;
    }

    public void setRegion(QuebecRegion region) {
        this.region = region;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getMailingAddress() {
        return mailingAddress;
    }

    public void setMailingAddress(String mailingAddress) {
        this.mailingAddress = mailingAddress;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getPrivacyOfficerName() {
        return privacyOfficerName;
    }

    public void setPrivacyOfficerName(String privacyOfficerName) {
        this.privacyOfficerName = privacyOfficerName;
    }

    public String getPrivacyOfficerEmail() {
        return privacyOfficerEmail;
    }

    public void setPrivacyOfficerEmail(String privacyOfficerEmail) {
        this.privacyOfficerEmail = privacyOfficerEmail;
    }

    public String getPrivacyOfficerTitle() {
        return privacyOfficerTitle;
    }

    public void setPrivacyOfficerTitle(String privacyOfficerTitle) {
        this.privacyOfficerTitle = privacyOfficerTitle;
    }

    public String getPrivacyOfficerTitleEn() {
        return privacyOfficerTitleEn;
    }

    public void setPrivacyOfficerTitleEn(String privacyOfficerTitleEn) {
        this.privacyOfficerTitleEn = privacyOfficerTitleEn;
    }

    public String getPrivacyOfficerPhone() {
        return privacyOfficerPhone;
    }

    public void setPrivacyOfficerPhone(String privacyOfficerPhone) {
        this.privacyOfficerPhone = privacyOfficerPhone;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Instant getLogoUpdatedAt() {
        return logoUpdatedAt;
    }

    void setLogoUpdatedAt(Instant logoUpdatedAt) {
        this.logoUpdatedAt = logoUpdatedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    /**
     * The profile's fields that {@code edited} holds otherwise than this centre, each by its code with the value before
     * and after ("CONTACT_EMAIL (info@fjord.ca → accueil@fjord.ca)"), in the form's order, for the centre's trace, a
     * line each (a line's detail is bounded: thirteen fields in one would lose the last, the privacy officer's): where
     * people's questions about their personal information went before a change is part of what the trace must tell.
     * Empty when nothing changed; a blank and a missing value are one.
     */
    public java.util.List<String> changedFields(Tenant edited) {
        return ca.tremplin.kernel.FieldChanges.between(this, edited)
                .value("NAME_FR", Tenant::getNameFr)
                .value("NAME_EN", Tenant::getNameEn)
                .value("SLUG", Tenant::getSlug)
                .value("REGION", Tenant::getRegion)
                .value("CONTACT_EMAIL", Tenant::getContactEmail)
                .value("CONTACT_PHONE", Tenant::getContactPhone)
                .value("MAILING_ADDRESS", Tenant::getMailingAddress)
                .value("WEBSITE", Tenant::getWebsite)
                .value("PRIVACY_NAME", Tenant::getPrivacyOfficerName)
                .value("PRIVACY_TITLE", Tenant::getPrivacyOfficerTitle)
                .value("PRIVACY_TITLE_EN", Tenant::getPrivacyOfficerTitleEn)
                .value("PRIVACY_EMAIL", Tenant::getPrivacyOfficerEmail)
                .value("PRIVACY_PHONE", Tenant::getPrivacyOfficerPhone)
                .lines();
    }
}
