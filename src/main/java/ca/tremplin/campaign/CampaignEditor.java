package ca.tremplin.campaign;

import ca.tremplin.catalog.CatalogService;
import ca.tremplin.catalog.TrainingSector;
import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.person.Country;
import ca.tremplin.web.PageMessages;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * One campaign ({@code /admin/campaign.xhtml}, {@code ?id=} to edit): its plan, its activities week by week with their
 * tracked links and QR codes, and what it brought. Another centre's id answers 404.
 */
@Named
@ViewScoped
public class CampaignEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CampaignService campaigns;

    @Inject
    CatalogService catalog;

    @Inject
    PageMessages messages;

    private Long id;
    private Campaign campaign;
    private List<String> countries = new ArrayList<>();
    private List<String> sectors = new ArrayList<>();
    /** By name: a multiple choice posts strings, which a generic list would keep as they came. */
    private List<String> audiences = new ArrayList<>();
    private List<Long> centres = new ArrayList<>();
    private CampaignActivity activity;
    private List<CampaignService.ActivityLine> plan = List.of();
    private CampaignFigures figures;
    private ActivityChoices activityChoices;
    private List<ActivityChoices.Choice> centreChoices;
    /** Read again after the view is restored from a serialized session: sectors are reference data. */
    private transient List<TrainingSector> sectorChoices;

    public void load() {
        if (id == null) {
            campaign = new Campaign();
            LocalDate today = LocalDate.now(CampaignVisits.ZONE);
            campaign.setStartsOn(today);
            campaign.setEndsOn(today.plusWeeks(8));
            campaign.setObjectiveDue(today.plusWeeks(8));
            return;
        }
        show(campaigns.find(id));
    }

    public void save() throws IOException {
        try {
            boolean creating = campaign.getId() == null;
            campaign.setCountries(new LinkedHashSet<>(countries));
            campaign.setSectorCodes(new LinkedHashSet<>(sectors));
            campaign.setAudiences(audiences.stream().map(Audience::valueOf)
                    .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)));
            campaign.setCentreIds(new LinkedHashSet<>(centres));
            Campaign saved = campaigns.save(campaign);
            messages.info("campaign.saved");
            if (creating) {
                messages.keepForNextPage();
                ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
                context.redirect(context.getRequestContextPath() + "/admin/campaign.xhtml?id=" + saved.getId());
            } else {
                show(saved);
            }
        } catch (BusinessRuleException broken) {
            messages.explain(broken);
        }
    }

    public void newActivity() {
        activity = new CampaignActivity();
        LocalDate today = LocalDate.now(CampaignVisits.ZONE);
        activity.setPlannedOn(today.isBefore(campaign.getStartsOn()) || today.isAfter(campaign.getEndsOn())
                ? campaign.getStartsOn() : today);
    }

    public void editActivity(CampaignActivity chosen) {
        activity = chosen;
    }

    public void cancelActivity() {
        activity = null;
    }

    public void saveActivity() {
        try {
            campaigns.saveActivity(campaign.getId(), activity);
            messages.info("campaign.activity.saved");
            activity = null;
            refreshPlan();
        } catch (BusinessRuleException broken) {
            messages.explain(broken);
        }
    }

    public void removeActivity(CampaignActivity chosen) {
        try {
            campaigns.removeActivity(campaign.getId(), chosen.getId());
        } catch (BusinessRuleException counted) {
            messages.explain(counted);
            return;
        }
        messages.info("campaign.activity.removed");
        if (activity != null && chosen.getId().equals(activity.getId())) {
            activity = null;
        }
        refreshPlan();
    }

    private void show(Campaign loaded) {
        campaign = loaded;
        id = loaded.getId();
        countries = new ArrayList<>(loaded.getCountries());
        sectors = new ArrayList<>(loaded.getSectorCodes());
        audiences = new ArrayList<>(loaded.getAudiences().stream().map(Audience::name).toList());
        centres = new ArrayList<>(loaded.getCentreIds());
        refreshPlan();
    }

    private void refreshPlan() {
        plan = campaigns.plan(campaign.getId());
        figures = campaigns.figures(campaign.getId());
    }

    /** The plan's activities grouped by their week's Monday, in date order. */
    public List<List<CampaignService.ActivityLine>> getWeeks() {
        return CampaignService.ActivityLine.byWeek(plan);
    }

    public ActivityChoices getActivityChoices() {
        if (activityChoices == null && campaign.getId() != null) {
            activityChoices = campaigns.activityChoices(campaign.getId(), messages.locale());
        }
        return activityChoices;
    }

    public List<ActivityChoices.Choice> getCentreChoices() {
        if (centreChoices == null) {
            centreChoices = campaigns.centreChoices(messages.locale());
        }
        return centreChoices;
    }

    public List<TrainingSector> getSectorChoices() {
        if (sectorChoices == null) {
            sectorChoices = catalog.sectors();
        }
        return sectorChoices;
    }

    public List<Country> getCountryChoices() {
        return Country.all(messages.locale());
    }

    public List<Audience> getAudienceChoices() {
        return List.of(Audience.values());
    }

    public List<Platform> getPlatforms() {
        return List.of(Platform.values());
    }

    public List<ActivityStatus> getStatuses() {
        return List.of(ActivityStatus.values());
    }

    public List<LinkTarget> getTargets() {
        return List.of(LinkTarget.values());
    }

    public List<ObjectiveMeasure> getMeasures() {
        return List.of(ObjectiveMeasure.values());
    }

    public boolean isCoordination() {
        return campaigns.isCoordination();
    }

    public boolean isCreating() {
        return campaign.getId() == null;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Campaign getCampaign() { return campaign; }
    public List<String> getCountries() { return countries; }
    public void setCountries(List<String> countries) { this.countries = countries; }
    public List<String> getSectors() { return sectors; }
    public void setSectors(List<String> sectors) { this.sectors = sectors; }
    public List<String> getAudiences() { return audiences; }
    public void setAudiences(List<String> audiences) { this.audiences = audiences; }
    public List<Long> getCentres() { return centres; }
    public void setCentres(List<Long> centres) { this.centres = centres; }
    public CampaignActivity getActivity() { return activity; }
    public List<CampaignService.ActivityLine> getPlan() { return plan; }
    public CampaignFigures getFigures() { return figures; }
}
