package ca.tremplin.event;

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
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.annotations.TenantId;

/**
 * A fair, webinar, info session, school visit or recruitment mission organised by one school service centre (its
 * tenant), possibly with others taking part. Its start and end are instants with the zone the event is held in:
 * "10:00 in Paris" stays 10:00 in Paris whatever the visitor's zone and whatever daylight saving does.
 */
@Entity
@Table(name = "event")
public class Event implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private Long tenantId;

    @Enumerated(EnumType.STRING)
    private EventType type = EventType.WEBINAR;

    @Column(name = "virtual_event")
    private boolean virtual;

    @Column(name = "title_fr")
    private String titleFr;
    @Column(name = "title_en")
    private String titleEn;
    @Column(name = "description_fr")
    private String descriptionFr;
    @Column(name = "description_en")
    private String descriptionEn;

    private String country;
    private String city;
    private String venue;
    @Column(name = "online_url")
    private String onlineUrl;

    @Column(name = "starts_at")
    private Instant startsAt;
    @Column(name = "ends_at")
    private Instant endsAt;
    @Column(name = "zone_id")
    private String zoneId;

    /** Language codes, comma-separated, French first: "fr", "fr,en". */
    private String languages = "fr";

    private Integer capacity;

    @Enumerated(EnumType.STRING)
    private EventStatus status = EventStatus.DRAFT;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "event_participant", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "tenant_id")
    private Set<Long> participatingTenantIds = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "event_recruiter", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "user_account_id")
    private Set<Long> recruiterIds = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "event_program", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "program_id")
    private Set<Long> programIds = new LinkedHashSet<>();

    /** The campaign the event is part of, if any (a campaign of the same centre). */
    @Column(name = "campaign_id")
    private Long campaignId;

    /** What the event cost the centre, in Canadian dollars, if staff gave it (for cost per lead and per enrolment). */
    @Column(name = "cost_cad")
    private java.math.BigDecimal costCad;

    @Version
    private long version;

    /** Sets start and end as local times of the zone the event is held in. */
    public void schedule(LocalDateTime localStart, LocalDateTime localEnd, ZoneId zone) {
        if (localStart == null || localEnd == null || zone == null) {
            throw new BusinessRuleException("event.invalid.times");
        }
        Instant start = ca.tremplin.kernel.LocalTimes.at(localStart, zone).toInstant();
        Instant end = ca.tremplin.kernel.LocalTimes.at(localEnd, zone).toInstant();
        if (!end.isAfter(start)) {
            throw new BusinessRuleException("event.invalid.endBeforeStart");
        }
        this.startsAt = start;
        this.endsAt = end;
        this.zoneId = zone.getId();
    }

    /** A new event starts as a draft, seen by staff only. */
    public void startAsDraft(Instant now) {
        status = EventStatus.DRAFT;
        createdAt = now;
    }

    void publish() {
        if (status != EventStatus.DRAFT) {
            throw new BusinessRuleException("event.notDraft");
        }
        status = EventStatus.PUBLISHED;
    }

    void cancel() {
        if (status == EventStatus.CANCELLED || status == EventStatus.DONE) {
            throw new BusinessRuleException("event.cannotCancel");
        }
        status = EventStatus.CANCELLED;
    }

    void keepWorkflowStateOf(Event stored) {
        this.status = stored.status;
        this.createdAt = stored.createdAt;
    }

    /** Open for registration: published and not yet over. */
    public boolean isOpenAt(Instant now) {
        return status == EventStatus.PUBLISHED && endsAt.isAfter(now);
    }

    /**
     * When a person recorded as present at {@code recordedAt} came: then, while the event runs (or as its doors open);
     * once it is over — the list brought back from the fair, a paper list typed the next day — from its start, as an
     * imported list's attendees are: such a list says who came, not when. Check-ins, walk-ins and captures are all
     * dated so, which the check-in list shows and the reports' "as of" attendance reads.
     */
    public Instant attendedFrom(Instant recordedAt) {
        return endsAt.isAfter(recordedAt) ? recordedAt : startsAt;
    }

    /** A cancelled event takes no attendance: nobody is checked in nor added at the door, and nobody is a no-show. */
    public boolean takesAttendance() {
        return status != EventStatus.CANCELLED;
    }

    /**
     * A seat may be given up at {@code now} — from the person's link, or by staff for them —: the event is neither
     * cancelled nor over. Once it took place the seats held say who was expected, which the no-shows and the reports
     * count; a cancelled one's registrations stay as the people were told.
     */
    public boolean seatsMayBeGivenUpAt(Instant now) {
        return status != EventStatus.CANCELLED && endsAt.isAfter(now);
    }

    public ZoneId zone() {
        return ZoneId.of(zoneId);
    }

    public String title(Locale locale) {
        return title(titleFr, titleEn, locale);
    }

    /** A title in the reader's language: the English one when there is one, else the French. */
    static String title(String titleFr, String titleEn, Locale locale) {
        return "en".equals(locale.getLanguage()) && titleEn != null && !titleEn.isBlank() ? titleEn : titleFr;
    }

    public String description(Locale locale) {
        return "en".equals(locale.getLanguage()) && descriptionEn != null && !descriptionEn.isBlank()
                ? descriptionEn : descriptionFr;
    }

    public List<String> languageList() {
        return Arrays.stream(languages.split(",")).map(String::strip).filter(code -> !code.isEmpty()).toList();
    }

    public void setLanguageList(List<String> codes) {
        this.languages = codes == null || codes.isEmpty() ? "fr" : String.join(",", codes);
    }

    /** The public address's last segment: id and a readable title, e.g. {@code 42-salon-de-paris}. */
    public String slug(Locale locale) {
        return EventPaths.slug(id, title(locale));
    }

    public Long getId() { return id; }
    public Long getTenantId() { return tenantId; }
    public EventType getType() { return type; }
    public void setType(EventType type) { this.type = type; }
    public boolean isVirtual() { return virtual; }
    public void setVirtual(boolean virtual) { this.virtual = virtual; }
    public String getTitleFr() { return titleFr; }
    public void setTitleFr(String titleFr) { this.titleFr = titleFr; }
    public String getTitleEn() { return titleEn; }
    public void setTitleEn(String titleEn) { this.titleEn = titleEn; }
    public String getDescriptionFr() { return descriptionFr; }
    public void setDescriptionFr(String descriptionFr) { this.descriptionFr = descriptionFr; }
    public String getDescriptionEn() { return descriptionEn; }
    public void setDescriptionEn(String descriptionEn) { this.descriptionEn = descriptionEn; }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = city; }
    public String getVenue() { return venue; }
    public void setVenue(String venue) { this.venue = venue; }
    public String getOnlineUrl() { return onlineUrl; }
    public void setOnlineUrl(String onlineUrl) { this.onlineUrl = onlineUrl; }
    public Instant getStartsAt() { return startsAt; }
    public Instant getEndsAt() { return endsAt; }
    public String getZoneId() { return zoneId; }
    public String getLanguages() { return languages; }
    public Integer getCapacity() { return capacity; }
    public void setCapacity(Integer capacity) { this.capacity = capacity; }
    public EventStatus getStatus() { return status; }
    public Instant getCreatedAt() { return createdAt; }
    public Set<Long> getParticipatingTenantIds() { return participatingTenantIds; }
    public void setParticipatingTenantIds(Set<Long> ids) { this.participatingTenantIds = new LinkedHashSet<>(ids); }
    public Set<Long> getRecruiterIds() { return recruiterIds; }
    public void setRecruiterIds(Set<Long> ids) { this.recruiterIds = new LinkedHashSet<>(ids); }

    /**
     * A member of staff attending leaves the centre: {@code colleague} attends in their place, where they stood among
     * the staff named (once, were they named already). Returns whether the event named the one leaving.
     */
    public boolean handStaffOver(long leaving, long colleague) {
        if (!recruiterIds.contains(leaving)) {
            return false;
        }
        LinkedHashSet<Long> handedOver = new LinkedHashSet<>();
        for (Long named : recruiterIds) {
            handedOver.add(named == leaving ? colleague : named);
        }
        // The element collection is changed in place, so that Hibernate writes the two rows that differ.
        recruiterIds.retainAll(java.util.Set.of());
        recruiterIds.addAll(handedOver);
        return true;
    }
    public Set<Long> getProgramIds() { return programIds; }
    public void setProgramIds(Set<Long> ids) { this.programIds = new LinkedHashSet<>(ids); }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }

    public Long getCampaignId() {
        return campaignId;
    }

    public void setCampaignId(Long campaignId) {
        this.campaignId = campaignId;
    }

    public java.math.BigDecimal getCostCad() { return costCad; }
    public void setCostCad(java.math.BigDecimal costCad) { this.costCad = costCad; }

    /**
     * The fields {@code edited} holds otherwise than this event, each with its values before and after (its times in
     * its own zone, as staff typed them), for the event's change history; its descriptions by their lengths, its staff,
     * programs, centres and campaign by their names alone, as ids would tell a reader nothing. Read before the edit is
     * merged.
     */
    public java.util.List<String> changedFields(Event edited) {
        return ca.tremplin.kernel.FieldChanges.between(this, edited)
                .value("TYPE", Event::getType)
                .value("VIRTUAL", Event::isVirtual)
                .value("TITLE_FR", Event::getTitleFr)
                .value("TITLE_EN", Event::getTitleEn)
                .text("DESCRIPTION_FR", Event::getDescriptionFr)
                .text("DESCRIPTION_EN", Event::getDescriptionEn)
                .value("STARTS_AT", event -> event.localTime(event.getStartsAt()))
                .value("ENDS_AT", event -> event.localTime(event.getEndsAt()))
                .value("ZONE", Event::getZoneId)
                .value("COUNTRY", Event::getCountry)
                .value("CITY", Event::getCity)
                .value("VENUE", Event::getVenue)
                .value("ONLINE_URL", Event::getOnlineUrl)
                .value("LANGUAGES", Event::getLanguages)
                .value("CAPACITY", Event::getCapacity)
                .value("COST", Event::getCostCad)
                .withoutValues("STAFF", Event::getRecruiterIds)
                .withoutValues("PROGRAMS", Event::getProgramIds)
                .withoutValues("CENTRES", Event::getParticipatingTenantIds)
                .withoutValues("CAMPAIGN", Event::getCampaignId)
                .lines();
    }

    /** A time as the history shows it: "2027-03-04 18:30", in the event's zone. */
    private String localTime(Instant time) {
        return time == null || zoneId == null ? null : java.time.LocalDateTime.ofInstant(time, zone())
                .truncatedTo(java.time.temporal.ChronoUnit.MINUTES).toString().replace('T', ' ');
    }
}
