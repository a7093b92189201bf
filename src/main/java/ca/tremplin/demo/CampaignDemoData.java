package ca.tremplin.demo;

import ca.tremplin.campaign.ActivityStatus;
import ca.tremplin.campaign.Audience;
import ca.tremplin.campaign.Campaign;
import ca.tremplin.campaign.CampaignActivity;
import ca.tremplin.campaign.LinkTarget;
import ca.tremplin.campaign.ObjectiveMeasure;
import ca.tremplin.campaign.Platform;
import ca.tremplin.catalog.ProgramStatus;
import ca.tremplin.event.Event;
import ca.tremplin.event.EventType;
import ca.tremplin.inquiry.Inquiry;
import ca.tremplin.inquiry.InquiryIntake;
import ca.tremplin.inquiry.InquiryRequest;
import ca.tremplin.inquiry.InquiryValidator;
import ca.tremplin.kernel.Languages;
import ca.tremplin.web.CampaignTouch;
import ca.tremplin.web.CampaignTouches;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The demo's campaigns: the CSS du Fjord's winter campaign towards West Africa for its mechanics programs — a weekly
 * plan of posts, its webinar, a partner office, a newsletter and an advertisement, with visits counted over the last
 * two weeks and a few requests that came through its links — and the coordinating organisation's Journées Québec
 * in Paris, spanning three centres.
 */
@ApplicationScoped
public class CampaignDemoData {

    private static final ZoneId QUEBEC = ca.tremplin.kernel.QuebecTime.ZONE;

    /** People who asked after seeing the campaign: first name, last name, country. */
    private static final List<String[]> ASKED = List.of(
            new String[] {"Ousmane", "Traoré", "ML"}, new String[] {"Aïssatou", "Barry", "SN"},
            new String[] {"Kouadio", "Yao", "CI"}, new String[] {"Mariam", "Ouédraogo", "BF"},
            new String[] {"Samuel", "Eto'o Mbida", "CM"}, new String[] {"Ndeye", "Faye", "SN"});

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Inject
    InquiryIntake intake;

    /** The centre's campaign and its plan, in the centre's tenant; the activities, first the form's post. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<CampaignActivity> fillCentre(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, QUEBEC);
        Campaign campaign = campaign("Afrique de l’Ouest — mécanique, hiver 2027",
                "60 demandes d’information par semaine d’Afrique de l’Ouest pour nos programmes de mécanique d’ici "
                        + "la fin de la campagne", 60, today.minusWeeks(2), today.plusWeeks(6));
        campaign.setCountries(Set.of("SN", "CI", "ML", "BF", "CM"));
        campaign.setSectorCodes(Set.of("10", "14"));
        campaign.setAudiences(Set.of(Audience.STUDENT, Audience.PARENT, Audience.PARTNER_OFFICE));
        campaign.setKeyMessages("La formation professionnelle est un choix, pas une voie de garage : un métier en "
                + "demande, de la pratique en atelier, un emploi à la clé au Saguenay–Lac-Saint-Jean.");
        campaign.setHashtags("#FPQuébec #MécaniqueAuto #ÉtudierAuQuébec");
        campaign.setBudgetCad(new BigDecimal("4500.00"));
        campaign.start(now);
        em.persist(campaign);
        em.flush();
        Long webinar = em.createQuery("select e.id from Event e where e.type = :type order by e.startsAt", Long.class)
                .setParameter("type", EventType.WEBINAR).setMaxResults(1).getResultList().stream().findFirst()
                .orElse(null);
        // A mechanics program (motorised equipment maintenance) when the centre publishes one, else its first.
        Long program = em.createQuery("select p.id from Program p where p.status = :published"
                        + " order by case when p.sector.code = '10' then 0 else 1 end, p.code", Long.class).setParameter("published", ProgramStatus.PUBLISHED)
                .setMaxResults(1).getResultList().stream().findFirst().orElse(null);
        Long owner = em.createQuery("select u.id from UserAccount u order by u.id", Long.class).setMaxResults(2)
                .getResultList().get(1);
        List<CampaignActivity> plan = new ArrayList<>();
        plan.add(activity(campaign, today.minusWeeks(2), Platform.SOCIAL, "facebook", Audience.STUDENT,
                "Témoignage d’Ibrahima, apprenti mécanicien à Chicoutimi : « Je suis payé pendant mon stage. »",
                LinkTarget.FORM, null, owner, ActivityStatus.DONE));
        plan.add(activity(campaign, today.minusWeeks(1), Platform.PARTNER_OFFICE, "bureau-dakar", Audience.PARTNER_OFFICE,
                "Trousse pour le bureau partenaire de Dakar : affiche, dépliant et lien vers le catalogue.",
                LinkTarget.CATALOGUE, null, owner, ActivityStatus.DONE));
        if (webinar != null) {
            plan.add(activity(campaign, today, Platform.WEBINAR, "linkedin", Audience.PARENT,
                    "Invitation des parents au webinaire : coût des études, logement, sécurité.",
                    LinkTarget.EVENT, webinar, owner, ActivityStatus.READY));
            em.find(Event.class, webinar).setCampaignId(campaign.getId());
        }
        plan.add(activity(campaign, today.plusWeeks(1), Platform.EMAIL, null, Audience.STUDENT,
                "Infolettre : les dates d’admission de janvier et les pièces à préparer.",
                LinkTarget.FORM, null, null, ActivityStatus.PLANNED));
        if (program != null) {
            plan.add(activity(campaign, today.plusWeeks(2), Platform.ADVERTISEMENT, "instagram", Audience.STUDENT,
                    "Publicité ciblée : « Un métier en demande en 18 mois. »",
                    LinkTarget.PROGRAM, program, null, ActivityStatus.PLANNED));
        }
        em.flush();
        // Visits through the links that already ran, as the daily counters would hold them.
        int[] perDay = {14, 22, 9, 31, 18, 12, 7, 25, 16, 11};
        for (int day = 0; day < perDay.length; day++) {
            CampaignActivity activity = plan.get(day < 6 ? 0 : 1);
            em.createNativeQuery("insert into campaign_visit (activity_id, visit_day, page, tenant_id, campaign_id,"
                            + " visits) values (?1, ?2, ?3, ?4, ?5, ?6)")
                    .setParameter(1, activity.getId()).setParameter(2, Date.valueOf(today.minusDays(12 - day)))
                    .setParameter(3, day < 6 ? "/fr/information" : "/fr/programmes")
                    .setParameter(4, campaign.getTenantId()).setParameter(5, campaign.getId())
                    .setParameter(6, perDay[day]).executeUpdate();
        }
        return plan;
    }

    /** The coordinating organisation's campaign, spanning the first centres, in its tenant. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void fillCoordination(Set<Long> centres, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, QUEBEC);
        Campaign campaign = campaign("Journées Québec — Paris 2027",
                "300 inscriptions au salon des Journées Québec à Paris d’ici sa tenue", 300, today.plusWeeks(1),
                today.plusWeeks(9));
        campaign.setObjectiveMeasure(ObjectiveMeasure.REGISTRATIONS);
        campaign.setObjectiveWeekly(false);
        campaign.setCountries(Set.of("FR", "BE"));
        campaign.setAudiences(Set.of(Audience.STUDENT, Audience.EMPLOYER));
        campaign.setCentreIds(centres);
        campaign.setHashtags("#JournéesQuébec #FPQuébec");
        campaign.start(now);
        em.persist(campaign);
        em.flush();
        activity(campaign, today.plusWeeks(2), Platform.PRESS, "le-parisien", Audience.STUDENT,
                "Communiqué : 40 centres de services scolaires recrutent à Paris.", LinkTarget.CATALOGUE, null, null,
                ActivityStatus.PLANNED);
    }

    /** A few requests that came through the centre's links: the post brought them, some came back by the catalogue. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int requestsThrough(List<CampaignActivity> plan, long fjordProgram, Instant now) {
        int count = 0;
        for (String[] person : ASKED) {
            Instant sawPost = now.minus(Duration.ofDays(12 - count));
            CampaignTouches touches = CampaignTouches.NONE.after(touch(plan.get(0), sawPost));
            if (count % 2 == 1) {
                touches = touches.after(touch(plan.get(1), sawPost.plus(Duration.ofDays(2))));
            }
            InquiryRequest request = new InquiryRequest();
            request.setFirstName(person[0]);
            request.setLastName(person[1]);
            request.setEmail(person[0].toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "") + ".campagne"
                    + count + "@exemple.demo");
            request.setCountryOfResidence(person[2]);
            request.setCitizenship(person[2]);
            request.setProgramIds(new ArrayList<>(List.of(fjordProgram)));
            request.setConsentToContact(true);
            Instant received = touches.last().at().plus(Duration.ofHours(3));
            intake.receiveAndRouteAcrossTenants(InquiryValidator.validate(request, Languages.FRENCH, Year.of(2026)),
                    "demo-campaign:" + count, Inquiry.Channel.FORM, null, touches, received);
            count++;
        }
        em.createQuery("delete from OutboxMessage m where m.recipient like '%@exemple.demo'").executeUpdate();
        return count;
    }

    private static CampaignTouch touch(CampaignActivity activity, Instant at) {
        return new CampaignTouch(activity.getCampaignId(), activity.getId(), at);
    }

    private static Campaign campaign(String name, String objective, int target, LocalDate start, LocalDate end) {
        Campaign campaign = new Campaign();
        campaign.setName(name);
        campaign.setObjective(objective);
        campaign.setObjectiveTarget(target);
        campaign.setStartsOn(start);
        campaign.setEndsOn(end);
        campaign.setObjectiveDue(end);
        campaign.checkPlan();
        return campaign;
    }

    private CampaignActivity activity(Campaign campaign, LocalDate day, Platform platform, String source,
                                      Audience audience, String said, LinkTarget target, Long targetId, Long owner,
                                      ActivityStatus status) {
        CampaignActivity activity = new CampaignActivity();
        activity.setPlannedOn(day);
        activity.setPlatform(platform);
        activity.setSource(source);
        activity.setAudience(audience);
        activity.setSaid(said);
        activity.setTargetKind(target);
        activity.setTargetId(targetId);
        activity.setOwnerId(owner);
        activity.setStatus(status);
        activity.belongTo(campaign);
        em.persist(activity);
        return activity;
    }
}
