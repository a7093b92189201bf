package ca.tremplin.catalog;

import ca.tremplin.kernel.Languages;
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
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.hibernate.annotations.TenantId;

/**
 * A program as one school service centre offers it: its official code and type, its texts in French and
 * English, where it is given and what it costs an international student. Its search text and public slugs
 * are derived from the rest before every save.
 */
@Entity
@Table(name = "program")
public class Program implements java.io.Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private Long tenantId;

    @NotNull
    @Enumerated(EnumType.STRING)
    private ProgramType type = ProgramType.DEP;

    @NotBlank
    @Pattern(regexp = "\\d{4,6}", message = "{program.code.pattern}")
    private String code;

    @NotBlank
    @Size(max = 200)
    @Column(name = "title_fr")
    private String titleFr;

    @NotBlank
    @Size(max = 200)
    @Column(name = "title_en")
    private String titleEn;

    @Column(name = "slug_fr", nullable = false)
    private String slugFr;

    @Column(name = "slug_en", nullable = false)
    private String slugEn;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sector_code")
    private TrainingSector sector;

    @NotNull
    @Min(1)
    @Max(5000)
    @Column(name = "duration_hours")
    private Integer durationHours;

    @NotNull
    @Min(1)
    @Max(60)
    @Column(name = "duration_months")
    private Integer durationMonths;

    /** "FR" or "EN". */
    @NotNull
    @Pattern(regexp = "FR|EN")
    @Column(name = "instruction_language")
    private String instructionLanguage = "FR";

    @NotBlank
    @Size(max = 20000)
    @Column(name = "description_fr")
    private String descriptionFr;

    @NotBlank
    @Size(max = 20000)
    @Column(name = "description_en")
    private String descriptionEn;

    @Size(max = 20000)
    @Column(name = "admission_fr")
    private String admissionFr;

    @Size(max = 20000)
    @Column(name = "admission_en")
    private String admissionEn;

    @Size(max = 20000)
    @Column(name = "documents_fr")
    private String documentsFr;

    @Size(max = 20000)
    @Column(name = "documents_en")
    private String documentsEn;

    @Size(max = 20000)
    @Column(name = "careers_fr")
    private String careersFr;

    @Size(max = 20000)
    @Column(name = "careers_en")
    private String careersEn;

    @DecimalMin("0")
    @DecimalMax("200000")
    @Column(name = "tuition_cad")
    private BigDecimal tuitionCad;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "tuition_basis")
    private TuitionBasis tuitionBasis = TuitionBasis.PROGRAM;

    @Column(name = "tuition_exemption")
    private boolean tuitionExemption;

    @NotNull
    @Enumerated(EnumType.STRING)
    private ProgramStatus status = ProgramStatus.DRAFT;

    /**
     * Archived straight from its draft (withdrawn because something named it, V80): its page was never public, and its
     * address answers 404 like any address that never named a program, not 410.
     */
    @Column(name = "archived_as_draft", nullable = false)
    private boolean archivedAsDraft;

    @Column(name = "search_text", nullable = false)
    private String searchText;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "program_centre", joinColumns = @JoinColumn(name = "program_id"),
            inverseJoinColumns = @JoinColumn(name = "centre_id"))
    private Set<Centre> centres = new LinkedHashSet<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** When the program last changed, or its page lost an intake (deleted: no intake's time says so). */
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

    /** Slugs and search text follow the texts, so that they can never disagree with what is shown. */
    void deriveSearchFields() {
        slugFr = SearchText.slug(type.name(), code, titleFr);
        slugEn = SearchText.slug(type.name(), code, titleEn);
        searchText = SearchText.of(type.name(), code, titleFr, titleEn, careersFr, careersEn, descriptionFr,
                descriptionEn);
    }

    public String title(Locale locale) {
        return Languages.isEnglish(locale) ? titleEn : titleFr;
    }

    public String slug(Locale locale) {
        return Languages.isEnglish(locale) ? slugEn : slugFr;
    }

    /** The start of an address of a program's page that names it whatever its title: "dep-5311-…". */
    private static final java.util.regex.Pattern TYPE_AND_CODE = java.util.regex.Pattern.compile(
            "^(dep|asp|aep)-(\\d{4,6})(-|$)");

    /** The program's type and code at the start of an address ("dep-5311"), which a new title keeps; else empty. */
    static java.util.Optional<String> typeAndCodeOf(String slug) {
        java.util.regex.Matcher typeAndCode = TYPE_AND_CODE.matcher(slug == null ? "" : slug);
        return typeAndCode.find() ? java.util.Optional.of(typeAndCode.group(1) + "-" + typeAndCode.group(2))
                : java.util.Optional.empty();
    }

    /**
     * What its public addresses name it by, kept once it is deleted so that they answer "no longer offered": its
     * address in each language and its type and code, which addresses from before a new title begin with.
     */
    java.util.Set<String> addressKeys() {
        // A title written the same in both languages gives one address: a set, not Set.of, which refuses twins.
        return new java.util.TreeSet<>(java.util.List.of(slugFr, slugEn, SearchText.slug(type.name(), code)));
    }

    /**
     * The keys an address may have named a program by: itself, and its type and code when it begins with them (an
     * address from before the title changed).
     */
    static java.util.Set<String> keysOf(String slug) {
        java.util.Set<String> keys = new java.util.TreeSet<>();
        keys.add(slug);
        typeAndCodeOf(slug).ifPresent(keys::add);
        return keys;
    }

    public boolean isPublished() {
        return status == ProgramStatus.PUBLISHED;
    }

    public Long getId() {
        return id;
    }

    public Long getTenantId() {
        return tenantId;
    }

    public ProgramType getType() {
        return type;
    }

    public void setType(ProgramType type) {
        this.type = type;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getTitleFr() {
        return titleFr;
    }

    public void setTitleFr(String titleFr) {
        this.titleFr = titleFr;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getSlugFr() {
        return slugFr;
    }

    public String getSlugEn() {
        return slugEn;
    }

    public TrainingSector getSector() {
        return sector;
    }

    public void setSector(TrainingSector sector) {
        this.sector = sector;
    }

    public Integer getDurationHours() {
        return durationHours;
    }

    public void setDurationHours(Integer durationHours) {
        this.durationHours = durationHours;
    }

    public Integer getDurationMonths() {
        return durationMonths;
    }

    public void setDurationMonths(Integer durationMonths) {
        this.durationMonths = durationMonths;
    }

    public String getInstructionLanguage() {
        return instructionLanguage;
    }

    public void setInstructionLanguage(String instructionLanguage) {
        this.instructionLanguage = instructionLanguage;
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

    public String getAdmissionFr() {
        return admissionFr;
    }

    public void setAdmissionFr(String admissionFr) {
        this.admissionFr = admissionFr;
    }

    public String getAdmissionEn() {
        return admissionEn;
    }

    public void setAdmissionEn(String admissionEn) {
        this.admissionEn = admissionEn;
    }

    public String getDocumentsFr() {
        return documentsFr;
    }

    public void setDocumentsFr(String documentsFr) {
        this.documentsFr = documentsFr;
    }

    public String getDocumentsEn() {
        return documentsEn;
    }

    public void setDocumentsEn(String documentsEn) {
        this.documentsEn = documentsEn;
    }

    public String getCareersFr() {
        return careersFr;
    }

    public void setCareersFr(String careersFr) {
        this.careersFr = careersFr;
    }

    public String getCareersEn() {
        return careersEn;
    }

    public void setCareersEn(String careersEn) {
        this.careersEn = careersEn;
    }

    public BigDecimal getTuitionCad() {
        return tuitionCad;
    }

    public void setTuitionCad(BigDecimal tuitionCad) {
        this.tuitionCad = tuitionCad;
    }

    public TuitionBasis getTuitionBasis() {
        return tuitionBasis;
    }

    public void setTuitionBasis(TuitionBasis tuitionBasis) {
        this.tuitionBasis = tuitionBasis;
    }

    public boolean isTuitionExemption() {
        return tuitionExemption;
    }

    public void setTuitionExemption(boolean tuitionExemption) {
        this.tuitionExemption = tuitionExemption;
    }

    public ProgramStatus getStatus() {
        return status;
    }

    void setStatus(ProgramStatus status) {
        if (status != this.status) {
            // Once published, it stays a program that was public, archived again or not.
            archivedAsDraft = status == ProgramStatus.ARCHIVED && this.status == ProgramStatus.DRAFT;
        }
        this.status = status;
    }

    /** Status changes only through publication and archiving, never through a form's save. */
    void setStatusFrom(Program current) {
        this.status = current.status;
        this.archivedAsDraft = current.archivedAsDraft;
    }

    /**
     * Whether its page was ever public: published now, or archived after it was. A draft, or a program archived straight
     * from its draft, never had a public page; a link to it answers 404, not "no longer offered".
     */
    boolean wasPublic() {
        return status == ProgramStatus.PUBLISHED || status == ProgramStatus.ARCHIVED && !archivedAsDraft;
    }

    public Set<Centre> getCentres() {
        return centres;
    }

    public void setCentres(Set<Centre> centres) {
        this.centres = centres;
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
     * The fields {@code edited} holds otherwise than this program, each with its values before and after, for the
     * program's change history; a long text (description, admission, documents, careers) by its lengths. Read
     * before the edit is merged onto this one.
     */
    public java.util.List<String> changedFields(Program edited) {
        return ca.tremplin.kernel.FieldChanges.between(this, edited)
                .value("TYPE", Program::getType)
                .value("CODE", Program::getCode)
                .value("TITLE_FR", Program::getTitleFr)
                .value("TITLE_EN", Program::getTitleEn)
                .value("SECTOR", program -> program.getSector() == null ? null : program.getSector().getCode())
                .value("DURATION_HOURS", Program::getDurationHours)
                .value("DURATION_MONTHS", Program::getDurationMonths)
                .value("INSTRUCTION_LANGUAGE", Program::getInstructionLanguage)
                .text("DESCRIPTION_FR", Program::getDescriptionFr)
                .text("DESCRIPTION_EN", Program::getDescriptionEn)
                .text("ADMISSION_FR", Program::getAdmissionFr)
                .text("ADMISSION_EN", Program::getAdmissionEn)
                .text("DOCUMENTS_FR", Program::getDocumentsFr)
                .text("DOCUMENTS_EN", Program::getDocumentsEn)
                .text("CAREERS_FR", Program::getCareersFr)
                .text("CAREERS_EN", Program::getCareersEn)
                .value("TUITION", Program::getTuitionCad)
                .value("TUITION_BASIS", Program::getTuitionBasis)
                .value("TUITION_EXEMPTION", Program::isTuitionExemption)
                .value("CENTRES", program -> program.getCentres().stream().map(Centre::getName).toList())
                .lines();
    }
}
