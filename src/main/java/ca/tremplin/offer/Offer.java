package ca.tremplin.offer;

import ca.tremplin.catalog.Program;
import ca.tremplin.catalog.SearchText;
import ca.tremplin.catalog.TrainingSector;
import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.kernel.Languages;
import ca.tremplin.tenant.QuebecRegion;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.hibernate.annotations.TenantId;

/**
 * An employer's apprenticeship or work-study offer, published by the school service centre whose programs
 * prepare for the trade. Its slug and search text are derived from the rest before every save; its status
 * and filled positions change only through {@link #changeStatus} and {@link #recordFilledPositions}, which
 * keep the two consistent, and a form's save copies the form's fields alone onto it ({@link #takeFormOf}).
 */
@Entity
@Table(name = "offer")
public class Offer {

    /** A sanity bound: no single offer hires more people than this. */
    static final int MOST_POSITIONS = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private Long tenantId;

    @NotBlank
    @Size(max = 200)
    @Column(name = "employer_name")
    private String employerName;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "employer_sector_code")
    private TrainingSector employerSector;

    @NotBlank
    @Size(max = 120)
    private String city;

    @NotNull
    @Enumerated(EnumType.STRING)
    private QuebecRegion region;

    @Size(max = 200)
    @Column(name = "contact_name")
    private String contactName;

    @Email(regexp = ca.tremplin.kernel.EmailAddresses.PATTERN)
    @Size(max = 254)
    @Column(name = "contact_email")
    private String contactEmail;

    @Size(max = 40)
    @Column(name = "contact_phone")
    private String contactPhone;

    @NotNull
    @Enumerated(EnumType.STRING)
    private OfferKind kind = OfferKind.APPRENTICESHIP;

    @NotBlank
    @Size(max = 200)
    @Column(name = "trade_fr")
    private String tradeFr;

    @NotBlank
    @Size(max = 200)
    @Column(name = "trade_en")
    private String tradeEn;

    @Column(name = "slug", nullable = false)
    private String slug;

    @Min(1)
    @Max(MOST_POSITIONS)
    private int positions = 1;

    @Min(0)
    @Max(MOST_POSITIONS)
    @Column(name = "positions_filled")
    private int positionsFilled;

    /** DECIMAL(7,2) in the table. */
    @DecimalMin("0")
    @Digits(integer = 5, fraction = 2)
    @Column(name = "hourly_wage_cad")
    private BigDecimal hourlyWageCad;

    @Size(max = 300)
    @Column(name = "schedule_fr")
    private String scheduleFr;

    @Size(max = 300)
    @Column(name = "schedule_en")
    private String scheduleEn;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "application_deadline")
    private LocalDate applicationDeadline;

    @NotBlank
    @Size(max = 20000)
    @Column(name = "description_fr")
    private String descriptionFr;

    @NotBlank
    @Size(max = 20000)
    @Column(name = "description_en")
    private String descriptionEn;

    @NotNull
    @Enumerated(EnumType.STRING)
    private OfferStatus status = OfferStatus.DRAFT;

    @Column(name = "search_text", nullable = false)
    private String searchText;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "offer_program", joinColumns = @JoinColumn(name = "offer_id"),
            inverseJoinColumns = @JoinColumn(name = "program_id"))
    private Set<Program> programs = new LinkedHashSet<>();

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
        deriveSearchFields();
    }

    @PreUpdate
    void beforeUpdate() {
        updatedAt = Instant.now();
        deriveSearchFields();
    }

    /** Slug and search text follow the texts, so that they can never disagree with what is shown. */
    void deriveSearchFields() {
        slug = SearchText.slug(employerName, tradeFr);
        searchText = SearchText.of(tradeFr, tradeEn, employerName, city, descriptionFr, descriptionEn);
    }

    /** Mirrors the table's check, so that a form reports it before the database refuses it. */
    @AssertTrue(message = "{offer.positionsFilled.range}")
    public boolean isFilledWithinPositions() {
        return positionsFilled >= 0 && positionsFilled <= positions;
    }

    public int openPositions() {
        return Math.max(0, positions - positionsFilled);
    }

    public boolean isOpen() {
        return status == OfferStatus.OPEN;
    }

    public String trade(Locale locale) {
        return Languages.isEnglish(locale) ? tradeEn : tradeFr;
    }

    public String description(Locale locale) {
        return Languages.isEnglish(locale) ? descriptionEn : descriptionFr;
    }

    public String schedule(Locale locale) {
        return Languages.isEnglish(locale) ? scheduleEn : scheduleFr;
    }

    /**
     * Opens, closes or puts back into draft. "Filled" is never chosen: it follows from the filled positions,
     * so an offer cannot claim to be filled while positions remain, nor be opened with none left.
     */
    public void changeStatus(OfferStatus target) {
        if (target == null || target == status) {
            return;
        }
        if (target == OfferStatus.FILLED) {
            throw new BusinessRuleException("offer.filledFollowsPositions");
        }
        if (target == OfferStatus.OPEN && openPositions() == 0) {
            throw new BusinessRuleException("offer.noOpenPosition");
        }
        status = target;
    }

    /**
     * Records how many positions employers have filled. When all are, an open offer becomes filled and leaves the
     * board; when a filled offer gets a position back (a placement fell through), it is open again. A draft or a
     * closed offer keeps its status.
     */
    public void recordFilledPositions(int filled) {
        if (filled < 0 || filled > positions) {
            throw new BusinessRuleException("offer.filledOutOfRange", positions);
        }
        positionsFilled = filled;
        followFilledPositions();
    }

    /** A new offer starts as a draft with nothing filled, whatever the form carried. */
    void startAsDraft() {
        status = OfferStatus.DRAFT;
        positionsFilled = 0;
    }

    /**
     * A form's save, copied onto this offer as read and locked now: the form's fields change, never its workflow —
     * status and filled positions stay as the last hire or recording left them, whatever the form's copy held when it
     * was opened. Fewer positions than those filled are refused; otherwise the status follows the positions.
     */
    void takeFormOf(Offer edited) {
        if (edited.positions < positionsFilled) {
            throw new BusinessRuleException("offer.fewerPositionsThanFilled", positionsFilled);
        }
        employerName = edited.employerName;
        employerSector = edited.employerSector;
        city = edited.city;
        region = edited.region;
        contactName = edited.contactName;
        contactEmail = edited.contactEmail;
        contactPhone = edited.contactPhone;
        kind = edited.kind;
        tradeFr = edited.tradeFr;
        tradeEn = edited.tradeEn;
        positions = edited.positions;
        hourlyWageCad = edited.hourlyWageCad;
        scheduleFr = edited.scheduleFr;
        scheduleEn = edited.scheduleEn;
        startDate = edited.startDate;
        applicationDeadline = edited.applicationDeadline;
        descriptionFr = edited.descriptionFr;
        descriptionEn = edited.descriptionEn;
        programs = edited.programs;
        followFilledPositions();
        deriveSearchFields();
    }

    /**
     * The form's values and the status as this copy was read from the table, or last written to it: a form opened
     * from it is compared with the offer as it stands when saved. Not stored.
     */
    @jakarta.persistence.Transient
    private java.util.List<String> asRead;

    @jakarta.persistence.PostLoad
    @jakarta.persistence.PostPersist
    @jakarta.persistence.PostUpdate
    void asStored() {
        asRead = formAndStatus();
    }

    /**
     * Whether nothing but its filled positions changed since {@code opened} was read: the form's fields and the status
     * are as it showed them, a hire (or a position recorded filled) having at most made an open offer filled or a
     * filled one open again. A form opened from a copy never read from the table has nothing to compare.
     */
    boolean changedOnlyInFilledPositionsSince(Offer opened) {
        return opened.asRead != null && opened.asRead.equals(formAndStatus());
    }

    /** The sector's code, read from its proxy when it is one: a load never loads the sector for it. */
    private String employerSectorCode() {
        org.hibernate.proxy.LazyInitializer lazy = org.hibernate.proxy.HibernateProxy.extractLazyInitializer(
                employerSector);
        return lazy != null ? (String) lazy.getIdentifier()
                : employerSector == null ? null : employerSector.getCode();
    }

    private java.util.List<String> formAndStatus() {
        return java.util.stream.Stream.of(employerName, employerSectorCode(), city, region, contactName,
                        contactEmail, contactPhone, kind, tradeFr, tradeEn, positions,
                        hourlyWageCad == null ? null : hourlyWageCad.stripTrailingZeros().toPlainString(), scheduleFr,
                        scheduleEn, startDate, applicationDeadline, descriptionFr, descriptionEn,
                        status == OfferStatus.FILLED ? OfferStatus.OPEN : status)
                .map(String::valueOf).toList();
    }

    /**
     * Only an open offer becomes filled, and only a filled one opens again: a draft or a closed offer keeps its status
     * whatever the positions filled, so that recording them never publishes an offer nobody opened.
     */
    private void followFilledPositions() {
        if (positionsFilled == positions) {
            if (status == OfferStatus.OPEN) {
                status = OfferStatus.FILLED;
            }
        } else if (status == OfferStatus.FILLED) {
            status = OfferStatus.OPEN;
        }
    }

    public Long getId() {
        return id;
    }

    public Long getTenantId() {
        return tenantId;
    }

    public String getEmployerName() {
        return employerName;
    }

    public void setEmployerName(String employerName) {
        this.employerName = employerName;
    }

    public TrainingSector getEmployerSector() {
        return employerSector;
    }

    public void setEmployerSector(TrainingSector employerSector) {
        this.employerSector = employerSector;
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

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
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

    public OfferKind getKind() {
        return kind;
    }

    public void setKind(OfferKind kind) {
        this.kind = kind;
    }

    public String getTradeFr() {
        return tradeFr;
    }

    public void setTradeFr(String tradeFr) {
        this.tradeFr = tradeFr;
    }

    public String getTradeEn() {
        return tradeEn;
    }

    public void setTradeEn(String tradeEn) {
        this.tradeEn = tradeEn;
    }

    public String getSlug() {
        return slug;
    }

    public int getPositions() {
        return positions;
    }

    public void setPositions(int positions) {
        this.positions = positions;
    }

    public int getPositionsFilled() {
        return positionsFilled;
    }

    public BigDecimal getHourlyWageCad() {
        return hourlyWageCad;
    }

    public void setHourlyWageCad(BigDecimal hourlyWageCad) {
        this.hourlyWageCad = hourlyWageCad;
    }

    public String getScheduleFr() {
        return scheduleFr;
    }

    public void setScheduleFr(String scheduleFr) {
        this.scheduleFr = scheduleFr;
    }

    public String getScheduleEn() {
        return scheduleEn;
    }

    public void setScheduleEn(String scheduleEn) {
        this.scheduleEn = scheduleEn;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    /**
     * Whether a deadline to apply is behind us: the last day to apply is over in Québec (the board, the offer's page,
     * its form and the application itself agree on it).
     */
    public static boolean deadlinePassed(LocalDate deadline, java.time.Clock clock) {
        return deadline != null && deadline.isBefore(LocalDate.now(clock.withZone(ca.tremplin.kernel.QuebecTime.ZONE)));
    }

    /**
     * An offer's status as staff read it, as a message key: an open offer whose deadline to apply passed is on no
     * public page any more (the board lists the offers still taking applications), and says so rather than "Open".
     */
    public static String statusKey(OfferStatus status, boolean deadlinePassed) {
        return status == OfferStatus.OPEN && deadlinePassed ? "offer.status.openDeadlinePassed" : status.messageKey();
    }

    public LocalDate getApplicationDeadline() {
        return applicationDeadline;
    }

    public void setApplicationDeadline(LocalDate applicationDeadline) {
        this.applicationDeadline = applicationDeadline;
    }

    public String getDescriptionFr() {
        return descriptionFr;
    }

    public void setDescriptionFr(String descriptionFr) {
        this.descriptionFr = descriptionFr;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(String descriptionEn) {
        this.descriptionEn = descriptionEn;
    }

    public OfferStatus getStatus() {
        return status;
    }

    public String getSearchText() {
        return searchText;
    }

    public Set<Program> getPrograms() {
        return programs;
    }

    public void setPrograms(Set<Program> programs) {
        this.programs = programs;
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
     * The fields {@code edited} holds otherwise than this offer, each with its values before and after, for the
     * offer's change history; its descriptions by their lengths, its contact at the employer by the fields' names
     * alone (a person's name, e-mail and phone: the history keeps none). Read before the edit is merged onto this one.
     */
    public java.util.List<String> changedFields(Offer edited) {
        return ca.tremplin.kernel.FieldChanges.between(this, edited)
                .value("EMPLOYER", Offer::getEmployerName)
                .value("EMPLOYER_SECTOR", offer -> offer.getEmployerSector() == null ? null
                        : offer.getEmployerSector().getCode())
                .value("KIND", Offer::getKind)
                .value("TRADE_FR", Offer::getTradeFr)
                .value("TRADE_EN", Offer::getTradeEn)
                .value("CITY", Offer::getCity)
                .value("REGION", Offer::getRegion)
                .withoutValues("CONTACT_NAME", Offer::getContactName)
                .withoutValues("CONTACT_EMAIL", Offer::getContactEmail)
                .withoutValues("CONTACT_PHONE", Offer::getContactPhone)
                .value("POSITIONS", Offer::getPositions)
                .value("WAGE", Offer::getHourlyWageCad)
                .value("SCHEDULE_FR", Offer::getScheduleFr)
                .value("SCHEDULE_EN", Offer::getScheduleEn)
                .value("START_DATE", Offer::getStartDate)
                .value("DEADLINE", Offer::getApplicationDeadline)
                .text("DESCRIPTION_FR", Offer::getDescriptionFr)
                .text("DESCRIPTION_EN", Offer::getDescriptionEn)
                .value("PROGRAMS", offer -> offer.getPrograms().stream()
                        .map(program -> program.getType() + " " + program.getCode()).toList())
                .lines();
    }
}
