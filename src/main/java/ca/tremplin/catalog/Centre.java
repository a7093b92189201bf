package ca.tremplin.catalog;

import ca.tremplin.tenant.QuebecRegion;
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
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/** A campus of a school service centre, where programs are given. */
@Entity
@Table(name = "centre")
public class Centre implements java.io.Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private Long tenantId;

    @NotBlank
    @Size(max = 200)
    private String name;

    @Size(max = 300)
    private String address;

    @NotBlank
    @Size(max = 120)
    private String city;

    @NotNull
    @Enumerated(EnumType.STRING)
    private QuebecRegion region;

    @DecimalMin("-90")
    @DecimalMax("90")
    private BigDecimal latitude;

    @DecimalMin("-180")
    @DecimalMax("180")
    private BigDecimal longitude;

    @Email(regexp = ca.tremplin.kernel.EmailAddresses.PATTERN)
    @Size(max = 254)
    @Column(name = "contact_email")
    private String contactEmail;

    @Size(max = 40)
    @Column(name = "contact_phone")
    private String contactPhone;

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

    public Long getId() {
        return id;
    }

    public Long getTenantId() {
        return tenantId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public QuebecRegion getRegion() {
        return region;
    }

    public void setRegion(QuebecRegion region) {
        this.region = region;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public void setLatitude(BigDecimal latitude) {
        this.latitude = latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public void setLongitude(BigDecimal longitude) {
        this.longitude = longitude;
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

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    /**
     * The fields an edit changed, each with its values before and after ("CITY (Laval → Terrebonne)"), for the
     * campuses' history. A campus's address, phone and contact address are the centre's own, not a person's: kept.
     */
    java.util.List<String> changedFields(Centre edited) {
        return ca.tremplin.kernel.FieldChanges.between(this, edited)
                .value("NAME", Centre::getName)
                .value("ADDRESS", Centre::getAddress)
                .value("CITY", Centre::getCity)
                .value("REGION", Centre::getRegion)
                .value("LATITUDE", Centre::getLatitude)
                .value("LONGITUDE", Centre::getLongitude)
                .value("CONTACT_EMAIL", Centre::getContactEmail)
                .value("CONTACT_PHONE", Centre::getContactPhone)
                .lines();
    }

    /** A campus created, as the campuses' history keeps it: its name, then each field it was given. */
    String createdDetail() {
        // Its name heads the line already.
        return about(String.join(", ", new Centre().changedFields(this).stream()
                .filter(field -> !field.startsWith("NAME (")).toList()));
    }

    /** A line of the campuses' history about this campus, under its name as it was: "CFP Laval: CITY (…)". */
    String about(String change) {
        return name + ": " + change;
    }
}
