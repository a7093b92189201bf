package ca.tremplin.campaign;

import ca.tremplin.catalog.CatalogIndex;
import ca.tremplin.catalog.CatalogPaths;
import ca.tremplin.catalog.CatalogRepository;
import ca.tremplin.catalog.IndexedProgram;
import ca.tremplin.event.EventPaths;
import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.kernel.NotFoundException;
import ca.tremplin.kernel.PublicAddress;
import ca.tremplin.security.Role;
import ca.tremplin.security.SignedInUser;
import ca.tremplin.tenant.Tenancy;
import ca.tremplin.tenant.TenantRepository;
import ca.tremplin.web.InquiryPaths;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A centre's (or the coordinating organisation's) campaigns: plan, weekly activities, their tracked links, and what
 * each campaign brought. Staff of the tenant plan campaigns — recruiters run most of the activities. Every read and
 * write goes through the tenant filter, so another centre's campaign or activity is not found (404).
 */
@ApplicationScoped
public class CampaignService {

    private static final Role[] STAFF = {Role.PLATFORM_ADMIN, Role.CSS_ADMIN, Role.RECRUITER};

    @Inject
    CampaignRepository campaigns;

    @Inject
    SignedInUser signedInUser;

    @Inject
    CatalogRepository catalog;

    @Inject
    CatalogIndex catalogIndex;

    @Inject
    TenantRepository tenants;

    @Inject
    Tenancy tenancy;

    @Inject
    Clock clock;

    @Transactional
    public List<Campaign> list() {
        signedInUser.require(STAFF);
        return campaigns.all();
    }

    @Transactional
    public Campaign find(long id) {
        signedInUser.require(STAFF);
        return loaded(existing(id));
    }

    /**
     * Creates or updates a campaign. Only the coordinating organisation's campaigns name centres, and only active
     * school service centres; sectors must exist; the plan's dates must hold together.
     */
    @Transactional
    public Campaign save(Campaign edited) {
        signedInUser.require(STAFF);
        if (edited.getObjectiveMeasure() == null) {
            // The page's list always sends one; a post made by hand may not.
            throw new BusinessRuleException("campaign.invalid.measure");
        }
        edited.checkPlan();
        if (edited.getHashtags() != null
                && edited.getHashtags().codePointCount(0, edited.getHashtags().length()) > Campaign.HASHTAGS_MAX) {
            // Each tag gains its # and a space when written back: what was typed may have fitted, the result not.
            throw new BusinessRuleException("campaign.invalid.hashtagsTooLong", Campaign.HASHTAGS_MAX);
        }
        for (String sector : edited.getSectorCodes()) {
            catalog.findSector(sector).orElseThrow(() -> new BusinessRuleException("campaign.invalid.sector"));
        }
        Set<String> countries = Set.of(Locale.getISOCountries());
        if (!countries.containsAll(edited.getCountries())) {
            throw new BusinessRuleException("campaign.invalid.country");
        }
        if (!signedInUser.isCoordination()) {
            edited.setCentreIds(Set.of());
        } else {
            Set<Long> active = new LinkedHashSet<>(tenants.activeSchoolBoards().stream()
                    .map(ca.tremplin.tenant.Tenant::getId).toList());
            // A centre the campaign named that closed since is no longer offered on its form, whose answer would
            // drop it unsaid, and with it what the campaign brought there from its figures: it stays named.
            Set<Long> closedSince = new LinkedHashSet<>();
            if (edited.getId() != null) {
                campaigns.find(edited.getId()).ifPresent(stored -> stored.getCentreIds().stream()
                        .filter(centre -> !active.contains(centre)).forEach(closedSince::add));
            }
            Set<Long> chosen = new LinkedHashSet<>(edited.getCentreIds());
            chosen.removeAll(closedSince);
            if (!active.containsAll(chosen)) {
                throw new BusinessRuleException("campaign.invalid.centre");
            }
            chosen.addAll(closedSince);
            edited.setCentreIds(chosen);
        }
        if (edited.getId() == null) {
            edited.start(clock.instant());
            campaigns.persist(edited);
            return loaded(edited);
        }
        Campaign stored = existing(edited.getId());
        if (stored.getVersion() != edited.getVersion()) {
            throw new BusinessRuleException("campaign.conflict");
        }
        edited.keepCreationOf(stored);
        // An activity left outside the campaign's dates could no longer be saved, not even marked done, and its
        // requests would leave the weekly figures: the dates are moved with the plan, or the plan first.
        List<LocalDate> outside = campaigns.plannedOutside(edited.getId(), edited.getStartsOn(), edited.getEndsOn());
        if (!outside.isEmpty()) {
            throw new BusinessRuleException("campaign.invalid.activitiesOutside", outside.size(), outside.get(0));
        }
        try {
            Campaign merged = campaigns.merge(edited);
            campaigns.flush();
            return loaded(merged);
        } catch (OptimisticLockException conflict) {
            throw new BusinessRuleException("campaign.conflict");
        }
    }

    /**
     * Adds or changes an activity of the plan; its owner must be active staff of the centre, or the one it already
     * has, who may have left since (kept, not dropped by an edit); its target a page it may link when it is chosen —
     * an activity whose event is over (done by the nightly round) or whose program was archived since is still saved,
     * marked done or cancelled, as long as its target stays what it was.
     */
    @Transactional
    public CampaignActivity saveActivity(long campaignId, CampaignActivity edited) {
        signedInUser.require(STAFF);
        Campaign campaign = existing(campaignId);
        Optional<CampaignActivity> stored = edited.getId() == null ? Optional.empty()
                : campaigns.findActivity(edited.getId())
                        .filter(activity -> activity.getCampaignId().equals(campaignId));
        Long storedOwner = stored.map(CampaignActivity::getOwnerId).orElse(null);
        if (edited.getOwnerId() != null && !edited.getOwnerId().equals(storedOwner) && campaigns.staff().stream()
                .noneMatch(row -> edited.getOwnerId().equals(row[0]))) {
            throw new NotFoundException("staff " + edited.getOwnerId());
        }
        edited.belongTo(campaign);
        boolean sameTarget = stored.filter(activity -> activity.getTargetKind() == edited.getTargetKind()
                && java.util.Objects.equals(activity.getTargetId(), edited.getTargetId())).isPresent();
        if (!sameTarget && edited.getTargetKind() == LinkTarget.EVENT && eventsOf(campaign).stream()
                .noneMatch(row -> edited.getTargetId().equals(row[0]))) {
            throw new BusinessRuleException("campaign.activity.eventNotPublished");
        }
        if (!sameTarget && edited.getTargetKind() == LinkTarget.PROGRAM && programsOf(campaign).stream()
                .noneMatch(row -> edited.getTargetId().equals(row[0]))) {
            throw new BusinessRuleException("campaign.activity.programNotPublished");
        }
        if (edited.getId() == null) {
            campaigns.persist(edited);
            return edited;
        }
        if (stored.isEmpty()) {
            throw new NotFoundException("activity " + edited.getId());
        }
        return campaigns.merge(edited);
    }

    /**
     * Removes an activity of the plan that brought nothing yet (planned, never run). One that was counted — a visit
     * through its link, a request, registration, application or lead it touched — is kept: removing it would erase
     * its visits with it while what it brought stayed counted, and a link already printed would no longer count.
     * Staff mark it cancelled instead.
     */
    @Transactional
    public void removeActivity(long campaignId, long activityId) {
        signedInUser.require(STAFF);
        existing(campaignId);
        CampaignActivity activity = campaigns.findActivity(activityId)
                .filter(found -> found.getCampaignId().equals(campaignId))
                .orElseThrow(() -> new NotFoundException("activity " + activityId));
        if (campaigns.broughtAnything(activityId)) {
            throw new BusinessRuleException("campaign.activity.removeCounted");
        }
        campaigns.remove(activity);
    }

    /** The plan as the campaign's page shows it: activities in date order, each with its links and figures. */
    @Transactional
    public List<ActivityLine> plan(long campaignId) {
        signedInUser.require(STAFF);
        return planOf(existing(campaignId));
    }

    /**
     * The coordinating organisation's campaigns that name the signed-in user's centre, newest first: the centre reads
     * them (plan, links, what they brought to it) but does not change them. None for the coordinator itself.
     */
    @Transactional
    public List<Campaign> sharedWithThisCentre() {
        signedInUser.require(STAFF);
        if (signedInUser.isCoordination()) {
            return List.of();
        }
        long own = signedInUser.getTenantId();
        return tenancy.acrossAllTenants(() -> campaigns.naming(own).stream().map(CampaignService::loaded).toList());
    }

    /**
     * One of the coordinating organisation's campaigns as a centre it names reads it: the campaign, its plan with the
     * tracked links, and what it brought to this centre only (its registrations, applications, leads and enrolled
     * leads; visits are the campaign's, counted per page for everyone). A campaign that does not name the centre is
     * not found, whatever its id.
     */
    @Transactional
    public SharedCampaign shared(long campaignId) {
        signedInUser.require(STAFF);
        long own = signedInUser.getTenantId();
        return tenancy.acrossAllTenants(() -> {
            Campaign campaign = sharedCampaign(campaignId, own);
            long[] counts = campaigns.attributed(campaignId, Set.of(own));
            long visits = campaigns.visitsPerPage(campaignId).stream()
                    .mapToLong(row -> ((Number) row[1]).longValue()).sum();
            CampaignFigures.Attributed none = new CampaignFigures.Attributed(0, 0);
            CampaignFigures figures = new CampaignFigures(visits, none,
                    new CampaignFigures.Attributed(counts[2], counts[3]),
                    new CampaignFigures.Attributed(counts[4], counts[5]),
                    new CampaignFigures.Attributed(counts[6], counts[7]),
                    new CampaignFigures.Attributed(counts[8], counts[9]), null, List.of(), List.of());
            // Each activity's requests, as the rest of the page, are those it brought to this centre only.
            return new SharedCampaign(loaded(campaign), planOf(campaign, Set.of(own)), figures);
        });
    }

    /** The tracked link of one activity (for its QR code), in a language: the centre's, or a campaign naming it. */
    @Transactional
    public String link(long activityId, Locale locale) {
        signedInUser.require(STAFF);
        Optional<CampaignActivity> own = campaigns.findActivity(activityId);
        if (own.isPresent()) {
            return link(existing(own.get().getCampaignId()), own.get(), locale);
        }
        long centre = signedInUser.getTenantId();
        return tenancy.acrossAllTenants(() -> {
            CampaignActivity activity = campaigns.findActivity(activityId)
                    .orElseThrow(() -> new NotFoundException("activity " + activityId));
            return link(sharedCampaign(activity.getCampaignId(), centre), activity, locale);
        });
    }

    /** Across tenants: the campaign, if it names the centre; not found otherwise, as another centre's would be. */
    private Campaign sharedCampaign(long campaignId, long centreId) {
        return campaigns.find(campaignId).filter(found -> found.getCentreIds().contains(centreId))
                .orElseThrow(() -> new NotFoundException("campaign " + campaignId));
    }

    /** The centres a campaign speaks for: its own, and those a coordinator's campaign names. */
    private static Set<Long> speaksFor(Campaign campaign) {
        Set<Long> centres = new LinkedHashSet<>(campaign.getCentreIds());
        centres.add(campaign.getTenantId());
        return centres;
    }

    /** The plan's lines; names of owners and events looked up by id, so that it reads alike across tenants. */
    private List<ActivityLine> planOf(Campaign campaign) {
        return planOf(campaign, speaksFor(campaign));
    }

    /** The plan, each activity's requests counted among those routed to {@code centres}. */
    private List<ActivityLine> planOf(Campaign campaign, Set<Long> centres) {
        List<CampaignActivity> activities = campaigns.activities(campaign.getId());
        Map<Long, String> owners = new HashMap<>();
        campaigns.staffNamed(activities.stream().map(CampaignActivity::getOwnerId).filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet())).forEach(row -> owners.put((Long) row[0], (String) row[1]));
        Map<Long, Long> visits = counts(campaigns.visitsPerActivity(campaign.getId()));
        Map<Long, Long> requests = counts(campaigns.requestsPerActivity(campaign.getId(), centres));
        Map<Long, Object[]> events = new HashMap<>();
        Set<Long> eventIds = activities.stream().filter(a -> a.getTargetKind() == LinkTarget.EVENT)
                .map(CampaignActivity::getTargetId).collect(java.util.stream.Collectors.toSet());
        eventsNamed(campaign, eventIds).forEach(row -> events.put((Long) row[0], row));
        Map<Long, Object[]> programs = new HashMap<>();
        programsNamed(campaign, activities.stream().filter(a -> a.getTargetKind() == LinkTarget.PROGRAM)
                .map(CampaignActivity::getTargetId).collect(java.util.stream.Collectors.toSet()))
                .forEach(row -> programs.put((Long) row[0], row));
        boolean acrossCentres = !campaign.getCentreIds().isEmpty();
        List<ActivityLine> lines = new ArrayList<>();
        for (CampaignActivity activity : activities) {
            lines.add(new ActivityLine(activity, owners.get(activity.getOwnerId()),
                    targetLabel(activity, events, programs, acrossCentres, false),
                    targetLabel(activity, events, programs, acrossCentres, true),
                    link(campaign, activity, Locale.CANADA_FRENCH), link(campaign, activity, Locale.ENGLISH),
                    visits.getOrDefault(activity.getId(), 0L), requests.getOrDefault(activity.getId(), 0L)));
        }
        return lines;
    }

    /** What the campaign brought so far. */
    @Transactional
    public CampaignFigures figures(long campaignId) {
        signedInUser.require(STAFF);
        Campaign campaign = existing(campaignId);
        Set<Long> speaksFor = speaksFor(campaign);
        long[] counts = campaigns.attributed(campaignId, speaksFor);
        List<CampaignFigures.PageVisits> pages = campaigns.visitsPerPage(campaignId).stream()
                .map(row -> new CampaignFigures.PageVisits((String) row[0], ((Number) row[1]).longValue())).toList();
        Map<LocalDate, Long> perDay = campaigns.requestsPerDay(campaignId, speaksFor, campaign.getStartsOn(),
                campaign.getEndsOn());
        return new CampaignFigures(pages.stream().mapToLong(CampaignFigures.PageVisits::visits).sum(),
                new CampaignFigures.Attributed(counts[0], counts[1]),
                new CampaignFigures.Attributed(counts[2], counts[3]),
                new CampaignFigures.Attributed(counts[4], counts[5]),
                new CampaignFigures.Attributed(counts[6], counts[7]),
                new CampaignFigures.Attributed(counts[8], counts[9]), campaign.getBudgetCad(), pages,
                WeeklyRequests.of(campaign, perDay));
    }

    /**
     * What an activity's form offers: the centre's staff, its events, the programs the campaign may link; and the
     * events and programs the campaign's activities link that can no longer be chosen (an event over or cancelled, a
     * program archived), each offered on the form of an activity that links it, so that saving it keeps its target.
     */
    @Transactional
    public ActivityChoices activityChoices(long campaignId, Locale locale) {
        signedInUser.require(STAFF);
        Campaign campaign = existing(campaignId);
        boolean english = ca.tremplin.kernel.Languages.isEnglish(locale);
        boolean acrossCentres = !campaign.getCentreIds().isEmpty();
        List<ActivityChoices.Choice> events = eventsOf(campaign).stream().map(row -> new ActivityChoices.Choice(
                (Long) row[0], either(row, 1, english) + centre(row, 4, acrossCentres, english))).toList();
        // As every list of programs is ordered: DEP, ASP, then AEP, by title, then centre, in the reader's words.
        List<ActivityChoices.Choice> programs = programsOf(campaign).stream().sorted(
                        ca.tremplin.catalog.ProgramOrder.<Object[]>of(locale,
                                row -> (ca.tremplin.catalog.ProgramType) row[6], row -> either(row, 2, english))
                                .thenComparing(row -> either(row, 4, english), java.text.Collator.getInstance(locale)))
                .map(row -> new ActivityChoices.Choice((Long) row[0], programLabel(row, acrossCentres, english)))
                .toList();
        Set<Long> eventsLinked = new java.util.HashSet<>(campaigns.targetsOf(campaignId, LinkTarget.EVENT));
        events.forEach(choice -> eventsLinked.remove(choice.id()));
        Set<Long> programsLinked = new java.util.HashSet<>(campaigns.targetsOf(campaignId, LinkTarget.PROGRAM));
        programs.forEach(choice -> programsLinked.remove(choice.id()));
        return new ActivityChoices(
                campaigns.staff().stream().map(row -> new ActivityChoices.Choice((Long) row[0], (String) row[1]))
                        .toList(),
                campaigns.formerStaffOwning(campaignId).stream().map(row -> new ActivityChoices.Choice((Long) row[0],
                        ca.tremplin.kernel.Messages.get(locale, "campaign.activity.ownerLeft", row[1]))).toList(),
                events, programs,
                eventsNamed(campaign, eventsLinked).stream().map(row -> noLongerOffered((Long) row[0],
                        either(row, 1, english) + centre(row, 4, acrossCentres, english), locale)).toList(),
                programsNamed(campaign, programsLinked).stream().map(row -> noLongerOffered((Long) row[0],
                        programLabel(row, acrossCentres, english), locale)).toList());
    }

    private static ActivityChoices.Choice noLongerOffered(long id, String label, Locale locale) {
        return new ActivityChoices.Choice(id, ca.tremplin.kernel.Messages.get(locale,
                "campaign.activity.targetNoLongerOffered", label));
    }

    /** "5303 — Briquetage-maçonnerie", with its centre on a coordinator's campaign. */
    private static String programLabel(Object[] row, boolean acrossCentres, boolean english) {
        return row[1] + " — " + either(row, 2, english) + centre(row, 4, acrossCentres, english);
    }

    /** Events by id, whatever their status; across the centres a coordinator's campaign names. */
    private List<Object[]> eventsNamed(Campaign campaign, Set<Long> ids) {
        return campaign.getCentreIds().isEmpty() ? campaigns.eventsNamed(ids)
                : tenancy.acrossAllTenants(() -> campaigns.eventsNamed(ids));
    }

    /** Programs by id, whatever their status; across the centres a coordinator's campaign names. */
    private List<Object[]> programsNamed(Campaign campaign, Set<Long> ids) {
        return campaign.getCentreIds().isEmpty() ? campaigns.programsNamed(ids)
                : tenancy.acrossAllTenants(() -> campaigns.programsNamed(ids));
    }

    /**
     * A coordinator's campaign names several centres, which teach the same programs and may hold events of one
     * name: each choice and each line of its plan says whose it is ("5303 — Briquetage-maçonnerie (CSS des
     * Deux-Rives)"). A centre's own campaign needs no such name.
     */
    private static String centre(Object[] row, int french, boolean acrossCentres, boolean english) {
        return acrossCentres && row.length > french + 1 && row[french] != null
                ? " (" + either(row, french, english) + ")" : "";
    }

    /** A centre links its own published events; a coordinator's campaign those of the centres it names, and its own. */
    private List<Object[]> eventsOf(Campaign campaign) {
        if (campaign.getCentreIds().isEmpty()) {
            return campaigns.eventsOf(Set.of(campaign.getTenantId()));
        }
        Set<Long> centres = speaksFor(campaign);
        return tenancy.acrossAllTenants(() -> campaigns.eventsOf(centres));
    }

    /** The school service centres a coordinator's campaign may name. */
    @Transactional
    public List<ActivityChoices.Choice> centreChoices(Locale locale) {
        signedInUser.require(STAFF);
        if (!signedInUser.isCoordination()) {
            return List.of();
        }
        return tenants.activeSchoolBoards().stream()
                .map(tenant -> new ActivityChoices.Choice(tenant.getId(), tenant.localizedName(locale))).toList();
    }

    public boolean isCoordination() {
        return signedInUser.isCoordination();
    }

    /** A centre links its own published programs; a coordinator's campaign those of the centres it names. */
    private List<Object[]> programsOf(Campaign campaign) {
        if (campaign.getCentreIds().isEmpty()) {
            return campaigns.publishedProgramsOf(Set.of(campaign.getTenantId()));
        }
        Set<Long> centres = Set.copyOf(campaign.getCentreIds());
        return tenancy.acrossAllTenants(() -> campaigns.publishedProgramsOf(centres));
    }

    private String link(Campaign campaign, CampaignActivity activity, Locale locale) {
        return PublicAddress.of(TrackedLinks.link(path(campaign, activity, locale),
                TrackedLinks.parameters(campaign.getCode(), activity.getId(), activity.getPlatform(),
                        activity.getSource())));
    }

    /** The public page's path; a program the catalogue no longer shows falls back to the catalogue itself. */
    private String path(Campaign campaign, CampaignActivity activity, Locale locale) {
        return switch (activity.getTargetKind()) {
            case CATALOGUE -> CatalogPaths.catalogue(locale);
            case FORM -> formCentre(campaign).map(slug -> InquiryPaths.form(locale) + "?css=" + slug)
                    .orElse(InquiryPaths.form(locale));
            case EVENT -> EventPaths.page(activity.getTargetId(), eventTitle(activity.getTargetId(), locale), locale);
            case PROGRAM -> catalogIndex.published(List.of(activity.getTargetId())).stream().findFirst()
                    .map(IndexedProgram::card).map(card -> card.path(locale))
                    .orElse(CatalogPaths.catalogue(locale));
        };
    }

    /**
     * The centre whose inbox the form's requests go to, as the form's link names it: the campaign's own centre, or
     * the one centre a coordinator's campaign names. None for the coordination's own campaign or one spanning several
     * centres: the coordination routes those requests, as it does every request the form gets without a centre.
     */
    private java.util.Optional<String> formCentre(Campaign campaign) {
        Set<Long> named = campaign.getCentreIds();
        Long centre = named.isEmpty() ? campaign.getTenantId()
                : named.size() == 1 ? named.iterator().next() : null;
        if (centre == null) {
            return java.util.Optional.empty();
        }
        return tenancy.acrossAllTenants(() -> tenants.findById(centre))
                .filter(tenant -> !tenant.isCoordination()).map(ca.tremplin.tenant.Tenant::getSlug);
    }

    /** The event's title in the language, the French one when it has no English one: the words of its address. */
    private String eventTitle(long eventId, Locale locale) {
        boolean english = ca.tremplin.kernel.Languages.isEnglish(locale);
        return tenancy.acrossAllTenants(() -> campaigns.eventsNamed(Set.of(eventId))).stream().findFirst()
                .map(row -> english && row[2] != null && !((String) row[2]).isBlank() ? (String) row[2]
                        : (String) row[1]).orElse("");
    }

    /**
     * The event's or program's name in French or English (the French one when it has no English one); one deleted
     * since by its number.
     */
    static String targetLabel(CampaignActivity activity, Map<Long, Object[]> events,
                                      Map<Long, Object[]> programs, boolean acrossCentres, boolean english) {
        return switch (activity.getTargetKind()) {
            case EVENT -> events.containsKey(activity.getTargetId())
                    ? either(events.get(activity.getTargetId()), 1, english)
                            + centre(events.get(activity.getTargetId()), 4, acrossCentres, english)
                    : gone(activity, english);
            case PROGRAM -> programs.containsKey(activity.getTargetId())
                    ? programLabel(programs.get(activity.getTargetId()), acrossCentres, english)
                    : gone(activity, english);
            default -> null;
        };
    }

    /** An event or program deleted since, by its number as the language writes it: "n° 57", "#57". */
    private static String gone(CampaignActivity activity, boolean english) {
        Locale language = english ? ca.tremplin.kernel.Languages.ENGLISH : ca.tremplin.kernel.Languages.FRENCH;
        return ca.tremplin.kernel.Messages.numbered(language, activity.getTargetId());
    }

    /** The French text at {@code french}, or the English one just after it when asked for and written. */
    private static String either(Object[] row, int french, boolean english) {
        Object translated = row[french + 1];
        return english && translated != null && !translated.toString().isBlank() ? translated.toString()
                : (String) row[french];
    }

    private static Map<Long, Long> counts(List<Object[]> rows) {
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : rows) {
            if (row[0] != null) {
                counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
            }
        }
        return counts;
    }

    private Campaign existing(long id) {
        return campaigns.find(id).orElseThrow(() -> new NotFoundException("campaign " + id));
    }

    private static Campaign loaded(Campaign campaign) {
        campaign.getCentreIds().size();
        campaign.getCountries().size();
        campaign.getSectorCodes().size();
        campaign.getAudiences().size();
        return campaign;
    }

    /** A coordinator's campaign as a centre it names reads it. */
    public record SharedCampaign(Campaign campaign, List<ActivityLine> plan, CampaignFigures figures)
            implements java.io.Serializable {
    }

    /** One activity as the plan shows it. */
    public record ActivityLine(CampaignActivity activity, String ownerName, String targetLabelFr,
                               String targetLabelEn, String linkFr, String linkEn, long visits, long requests)
            implements java.io.Serializable {

        /** What the activity leads to, named in the reader's language; null when it leads to a page, not a thing. */
        public String targetLabel(Locale locale) {
            return ca.tremplin.kernel.Languages.isEnglish(locale) ? targetLabelEn : targetLabelFr;
        }

        /** A plan in date order cut into its weeks (the Monday before each date), as the pages show it. */
        public static List<List<ActivityLine>> byWeek(List<ActivityLine> plan) {
            List<List<ActivityLine>> weeks = new ArrayList<>();
            LocalDate current = null;
            for (ActivityLine line : plan) {
                if (!line.activity().week().equals(current)) {
                    weeks.add(new ArrayList<>());
                    current = line.activity().week();
                }
                weeks.get(weeks.size() - 1).add(line);
            }
            return weeks;
        }
    }
}
