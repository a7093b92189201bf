package ca.tremplin.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.event.EventCampaigns;
import ca.tremplin.inquiry.Inquiry;
import ca.tremplin.inquiry.InquiryRequest;
import ca.tremplin.inquiry.SubmissionContext;
import ca.tremplin.inquiry.SubmissionReceipt;
import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.kernel.Languages;
import ca.tremplin.kernel.NotFoundException;
import ca.tremplin.person.CampaignAttribution;
import ca.tremplin.person.Lead;
import ca.tremplin.person.LeadStage;
import ca.tremplin.pipeline.LeadService;
import ca.tremplin.report.FunnelReport;
import ca.tremplin.report.FunnelReports;
import ca.tremplin.report.ReportDimension;
import ca.tremplin.report.ReportQuery;
import ca.tremplin.report.StageCounting;
import ca.tremplin.security.Role;
import ca.tremplin.security.TestSessions;
import ca.tremplin.security.UserAccount;
import ca.tremplin.tenant.Tenancy;
import ca.tremplin.tenant.Tenant;
import ca.tremplin.tenant.TenantContext;
import ca.tremplin.testsupport.InServerTest;
import ca.tremplin.testsupport.InquiryRequests;
import ca.tremplin.testsupport.TestCentre;
import ca.tremplin.web.CampaignTouches;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A centre's campaign with two activities, each with its tracked link: a post pointing to the information form and a
 * flyer pointing to a program. A visitor who opens the post's link, then the flyer's, then asks for information has
 * the post as first touch and the flyer as last, on their request and on their lead; each opening adds one to the
 * day's counter of that link and page, and nothing about the visitor is kept; the funnel report breaks leads down by
 * campaign. Another centre neither sees nor changes the campaign.
 */
class CampaignIT extends InServerTest {

    private static final java.time.ZoneId PARIS = java.time.ZoneId.of("Europe/Paris");

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @ArquillianResource
    URL base;

    @Inject
    ca.tremplin.security.UserAdministration administration;

    @Inject
    ca.tremplin.event.EventService events;

    @Inject
    CampaignService campaigns;

    @Inject
    EventCampaigns eventCampaigns;

    @Inject
    FunnelReports reports;

    @Inject
    LeadService leads;

    @Inject
    Tenancy tenancy;

    @Inject
    ca.tremplin.inquiry.InboxService inbox;

    @Inject
    ca.tremplin.event.PublicEvents publicEvents;

    @Inject
    ca.tremplin.event.EventReminders reminders;

    @Inject
    ca.tremplin.catalog.CatalogService catalog;

    @Inject
    ca.tremplin.pipeline.LeadListService leadList;

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    private TestCentre centre;
    private TestCentre other;
    private Campaign campaign;
    private CampaignService.ActivityLine post;
    private CampaignService.ActivityLine flyer;

    @BeforeEach
    void planned() {
        centre = fixtures.newCentre("campaign");
        try (TenantContext.Scope ignored = centre.asAdmin()) {
            campaign = campaigns.save(campaign("Afrique de l'Ouest — mécanique"));
            campaigns.saveActivity(campaign.getId(), activity(Platform.SOCIAL, LinkTarget.FORM, null));
            campaigns.saveActivity(campaign.getId(),
                    activity(Platform.FAIR, LinkTarget.PROGRAM, centre.program().getId()));
            List<CampaignService.ActivityLine> plan = campaigns.plan(campaign.getId());
            post = plan.get(0);
            flyer = plan.get(1);
        }
    }

    /**
     * A double click on "Save" of a new campaign sends the same post twice at once, in one session: the two are
     * handled one after the other (web.OnePostAtATime), the second saving the campaign the first created. Side by
     * side, one of them failed with a server error ("a collection with two open sessions"). One campaign is kept.
     */
    @Test
    void aNewCampaignSavedTwiceAtOnceIsOneCampaignAndNoServerError() throws Exception {
        String name = "Double clic " + java.util.UUID.randomUUID().toString().substring(0, 8);
        ca.tremplin.testsupport.HttpVisitor admin = new ca.tremplin.testsupport.HttpVisitor(base);
        admin.signIn(centre.admin().getEmail(), ca.tremplin.testsupport.TestFixtures.PASSWORD);
        java.net.http.HttpRequest save = admin.form("admin/campaign.xhtml", "campaign", java.util.Map.of(
                "campaign:name", name, "campaign:objective", "Dix demandes", "campaign:target_input", "10",
                "campaign:target_hinput", "10", "campaign:due_input", "2027-06-30",
                "campaign:starts_input", "2027-01-01", "campaign:ends_input", "2027-06-30",
                "campaign:measure_input", "REQUESTS"), "campaign:save");
        java.util.concurrent.ExecutorService clicks = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<HttpResponse<String>>> answers = clicks.invokeAll(List.of(
                    () -> admin.send(save), () -> admin.send(save)));
            for (java.util.concurrent.Future<HttpResponse<String>> answer : answers) {
                int status = answer.get().statusCode();
                assertTrue(status == 200 || status == 302, status + ": " + answer.get().body());
                assertFalse(ca.tremplin.testsupport.HttpVisitor.showsATrace(answer.get().body()));
            }
        } finally {
            clicks.shutdown();
        }
        assertEquals(1L, tenancy.asTenant(centre.tenant().getId(), () -> em.createQuery(
                "select count(c) from Campaign c where c.name = :name", Long.class).setParameter("name", name)
                .getSingleResult()), "one campaign");

        Campaign withoutMeasure = campaign("Sans mesure " + java.util.UUID.randomUUID());
        withoutMeasure.setObjectiveMeasure(null);
        try (TenantContext.Scope ignored = centre.asAdmin()) {
            assertEquals("campaign.invalid.measure", assertThrows(ca.tremplin.kernel.BusinessRuleException.class,
                    () -> campaigns.save(withoutMeasure)).messageKey(), "a post without it: said, not a server error");
        }
    }

    /**
     * The touch cookie is the visitor's to change, and a person who saw one centre's campaign may ask another centre:
     * a touch of a campaign that does not speak for the centre is not credited on its lead nor in the campaign's
     * figures, and a made-up campaign, or an activity of another campaign, is not kept at all.
     */
    @Test
    void aTouchOfAnotherCentresCampaignOrOfNoCampaignIsNotCredited() {
        ca.tremplin.testsupport.TestCentre other = fixtures.newCentre("autre-campagne");
        java.time.Instant now = java.time.Instant.now();
        CampaignTouches sawThePost = CampaignTouches.NONE.after(new ca.tremplin.web.CampaignTouch(campaign.getId(),
                post.activity().getId(), now));
        String elsewhere = InquiryRequests.uniqueEmail();
        fixtures.submitted(InquiryRequests.complete(elsewhere, other.program().getId()), new SubmissionContext(
                UUID.randomUUID().toString(), Inquiry.Channel.FORM, "10.9.8.5", Languages.FRENCH, sawThePost));

        assertNull(fixtures.leadOf(other.tenant(), elsewhere).getAttribution().getFirstCampaignId(),
                "another centre's campaign is not credited with this centre's lead");
        try (TenantContext.Scope ignored = centre.asAdmin()) {
            CampaignFigures figures = campaigns.figures(campaign.getId());
            assertEquals(0, figures.requests().firstTouch(), "a request routed to another centre is not this one's");
            assertEquals(0, figures.leads().firstTouch());
        }

        CampaignTouches madeUp = CampaignTouches.NONE
                .after(new ca.tremplin.web.CampaignTouch(999_999_999L, post.activity().getId(), now))
                .after(new ca.tremplin.web.CampaignTouch(campaign.getId(), 999_999_999L, now.plusSeconds(1)));
        String here = InquiryRequests.uniqueEmail();
        SubmissionReceipt invented = fixtures.submitted(InquiryRequests.complete(here, centre.program().getId()),
                new SubmissionContext(UUID.randomUUID().toString(), Inquiry.Channel.FORM, "10.9.8.4",
                        Languages.FRENCH, madeUp));

        CampaignAttribution onRequest = tenancy.acrossAllTenants(
                () -> em.find(Inquiry.class, invented.inquiryId()).getAttribution());
        assertNull(onRequest.getFirstCampaignId(), "no campaign 999999999");
        assertNull(onRequest.getLastCampaignId(), "no activity 999999999 of this campaign");
        assertNull(fixtures.leadOf(centre.tenant(), here).getAttribution().getFirstCampaignId());
    }

    /**
     * A tracked link's parameters put on an address that names no page count no visit (anyone could otherwise fill
     * the campaign's figures and its list of pages with invented addresses), while the link itself still counts.
     */
    @Test
    void aTrackedLinksParametersOnAnAddressThatNamesNoPageCountNoVisit() throws Exception {
        String query = post.linkFr().substring(post.linkFr().indexOf('?'));
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> nowhere = open("/fr/pas-une-page-" + UUID.randomUUID() + query, null);
            assertEquals(404, nowhere.statusCode());
        }
        assertEquals(200, open(post.linkFr(), null).statusCode());

        try (TenantContext.Scope ignored = centre.asAdmin()) {
            assertEquals(1, campaigns.figures(campaign.getId()).visits(), "the form's page only");
        }
    }

    @Test
    void requestThroughTrackedLinksKeepsFirstAndLastTouchOnTheRequestAndTheLead() throws Exception {
        // The centre's own campaign sends the form's requests to its own inbox, not to the coordination's queue.
        assertTrue(post.linkFr().contains("/fr/information?css=" + centre.tenant().getSlug()
                + "&utm_source=facebook&utm_medium=social&utm_campaign=" + campaign.getCode() + "&utm_content=a"
                + post.activity().getId()), post.linkFr());
        assertTrue(post.linkEn().contains("/en/information?css=" + centre.tenant().getSlug() + "&utm_source="),
                post.linkEn());
        String afterPost = touchCookie(open(post.linkFr(), null));
        CampaignTouches touches = CampaignTouches.parse(open(flyer.linkFr(), afterPost)
                .headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(CampaignTouches.COOKIE))
                .findFirst().map(CampaignIT::cookieValue).orElseThrow());
        assertEquals(post.activity().getId(), touches.first().activityId());
        assertEquals(flyer.activity().getId(), touches.last().activityId());

        String email = InquiryRequests.uniqueEmail();
        InquiryRequest request = InquiryRequests.complete(email, centre.program().getId());
        SubmissionReceipt receipt = fixtures.submitted(request, new SubmissionContext(UUID.randomUUID().toString(),
                Inquiry.Channel.FORM, "10.9.8.7", Languages.FRENCH, touches));

        CampaignAttribution onRequest = tenancy.acrossAllTenants(
                () -> em.find(Inquiry.class, receipt.inquiryId()).getAttribution());
        assertEquals(campaign.getId(), onRequest.getFirstCampaignId());
        assertEquals(post.activity().getId(), onRequest.getFirstActivityId());
        assertEquals(flyer.activity().getId(), onRequest.getLastActivityId());
        Lead lead = fixtures.leadOf(centre.tenant(), email);
        assertEquals(post.activity().getId(), lead.getAttribution().getFirstActivityId());
        assertEquals(flyer.activity().getId(), lead.getAttribution().getLastActivityId());

        // The same person asks again later from a browser that only saw the flyer: the post keeps the credit of
        // having brought them, the flyer stays the last touch.
        CampaignTouches flyerOnly = CampaignTouches.parse(touchCookie(open(flyer.linkFr(), null)));
        fixtures.submitted(InquiryRequests.complete(email, centre.program().getId()), new SubmissionContext(
                UUID.randomUUID().toString(), Inquiry.Channel.FORM, "10.9.8.6", Languages.FRENCH, flyerOnly));
        Lead again = fixtures.leadOf(centre.tenant(), email);
        assertEquals(post.activity().getId(), again.getAttribution().getFirstActivityId());
        assertEquals(flyerOnly.last().at(), again.getAttribution().getLastAt());

        try (TenantContext.Scope ignored = centre.asAdmin()) {
            CampaignFigures figures = campaigns.figures(campaign.getId());
            assertEquals(2, figures.requests().firstTouch());
            assertEquals(2, figures.requests().lastTouch());
            assertEquals(1, figures.leads().firstTouch());
            assertEquals(1, figures.leads().lastTouch());
            assertEquals(3, figures.visits());
            assertEquals(0, figures.enrolments().firstTouch());
            assertNull(figures.budgetPerLeadFirstTouch(), "no budget given, no cost per lead");

            // Once the person enrols, the campaign counts an enrolment at first and at last touch, and with a budget
            // of 4,500 $ the page shows what one lead and one enrolment cost.
            // Enrolled straight from a new lead: the admission never recorded, as confirmed on the lead's page.
            leads.changeStage(lead.getId(), null, LeadStage.ENROLLED, "Inscrit après l'entrevue", null, true);
            Campaign withBudget = campaigns.find(campaign.getId());
            withBudget.setBudgetCad(new BigDecimal("4500.00"));
            campaigns.save(withBudget);
            CampaignFigures enrolled = campaigns.figures(campaign.getId());
            assertEquals(1, enrolled.enrolments().firstTouch());
            assertEquals(1, enrolled.enrolments().lastTouch());
            assertEquals(new BigDecimal("4500.00"), enrolled.budgetPerLeadFirstTouch());
            assertEquals(new BigDecimal("4500.00"), enrolled.budgetPerEnrolmentLastTouch());

            // The funnel report breaks the centre's leads down by the campaign that first brought them.
            LocalDate today = LocalDate.now(ca.tremplin.kernel.QuebecTime.ZONE);
            FunnelReport report = reports.report(new ReportQuery(today.minusDays(7), today, today,
                    StageCounting.REACHED, Map.of(ReportDimension.LAST_CAMPAIGN, campaign.getId()),
                    ReportDimension.FIRST_CAMPAIGN), Languages.FRENCH);
            assertEquals(1, report.breakdown().rows().size());
            assertEquals(campaign.getName(), report.breakdown().rows().get(0).label());
            assertEquals(1L, report.breakdown().rows().get(0).reached().get(0));
        }

        // A person the centre knew before the campaign reached them asks through the flyer: the campaign is their
        // last touch, not the one that brought them, on their lead and in the campaign's figures alike.
        String known = InquiryRequests.uniqueEmail();
        fixtures.submitted(InquiryRequests.complete(known, centre.program().getId()), new SubmissionContext(
                UUID.randomUUID().toString(), Inquiry.Channel.FORM, "10.9.8.4", Languages.FRENCH));
        CampaignTouches afterwards = CampaignTouches.NONE.after(new ca.tremplin.web.CampaignTouch(campaign.getId(),
                flyer.activity().getId(), java.time.Instant.now().plusSeconds(5)));
        fixtures.submitted(InquiryRequests.complete(known, centre.program().getId()), new SubmissionContext(
                UUID.randomUUID().toString(), Inquiry.Channel.FORM, "10.9.8.3", Languages.FRENCH, afterwards));
        assertNull(fixtures.leadOf(centre.tenant(), known).getAttribution().getFirstCampaignId());

        try (TenantContext.Scope ignored = centre.asAdmin()) {
            CampaignFigures figures = campaigns.figures(campaign.getId());
            assertEquals(2, figures.requests().firstTouch(), "not the request of the person known before");
            assertEquals(3, figures.requests().lastTouch());
            assertEquals(1, figures.leads().firstTouch());
            assertEquals(2, figures.leads().lastTouch());
        }
    }

    /**
     * A browser that saw the post 100 days ago and the flyer 10 days ago (each tracked visit renewed the cookie) opens
     * the post's link again: the post's old touch has expired, the flyer's has not. The flyer becomes the first touch
     * and the new visit the last, where the whole cookie used to be dropped and this visit taken for the first.
     */
    @Test
    void aFirstTouchPastItsNinetyDaysGivesWayToTheLastStillCounting() throws Exception {
        long now = java.time.Instant.now().getEpochSecond();
        long tenDaysAgo = now - 10 * 86_400L;
        String carried = campaign.getId() + "." + post.activity().getId() + "." + (now - 100 * 86_400L) + "_"
                + campaign.getId() + "." + flyer.activity().getId() + "." + tenDaysAgo;
        CampaignTouches touches = CampaignTouches.parse(touchCookie(open(post.linkFr(), carried)));
        assertEquals(flyer.activity().getId(), touches.first().activityId(), "the flyer, which still counts");
        assertEquals(tenDaysAgo, touches.first().at().getEpochSecond());
        assertEquals(post.activity().getId(), touches.last().activityId(), "this visit");
        assertTrue(touches.last().at().getEpochSecond() >= now);
    }

    @Test
    void requestAPartnerSiteSendsWithTheLinksUtmParametersCarriesThatActivityAsItsTouch() throws Exception {
        long credited = apiRequest(campaign.getCode(), "a" + post.activity().getId());
        CampaignAttribution touch = tenancy.acrossAllTenants(
                () -> em.find(Inquiry.class, credited).getAttribution());
        assertEquals(campaign.getId(), touch.getFirstCampaignId());
        assertEquals(post.activity().getId(), touch.getFirstActivityId());
        assertEquals(post.activity().getId(), touch.getLastActivityId());

        // Parameters changed by hand (another campaign's code, an activity that does not exist) credit nobody.
        for (String[] forged : new String[][] {{"autre-campagne", "a" + post.activity().getId()},
                {campaign.getCode(), "a999999999"}, {campaign.getCode(), "poster"}}) {
            long uncredited = apiRequest(forged[0], forged[1]);
            assertNull(tenancy.acrossAllTenants(() -> em.find(Inquiry.class, uncredited).getAttribution()
                    .getFirstCampaignId()), String.join(" ", forged));
        }
    }

    /**
     * A request sent on a Sunday at 10:30 p.m. in Québec is already Monday in UTC: the campaign counts it in the week
     * it was sent, against that week's objective, as its visits are counted on Québec's days.
     */
    @Test
    void aRequestSentOnASundayEveningInQuebecCountsInThatWeeksRequests() throws Exception {
        LocalDate monday = LocalDate.now(CampaignVisits.ZONE)
                .with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        LocalDate sunday = monday.minusDays(1);
        long request = apiRequest(campaign.getCode(), "a" + post.activity().getId());
        fixtures.receivedAt(request, sunday.atTime(22, 30).atZone(CampaignVisits.ZONE).toInstant());
        try (TenantContext.Scope ignored = centre.asAdmin()) {
            Campaign longer = campaigns.find(campaign.getId());
            longer.setStartsOn(monday.minusWeeks(2));
            campaigns.save(longer);
            Map<LocalDate, Long> weeks = new java.util.HashMap<>();
            campaigns.figures(campaign.getId()).weeks().forEach(week -> weeks.put(week.monday(), week.requests()));
            assertEquals(1L, weeks.get(sunday.minusDays(6)), "the week of that Sunday: " + weeks);
            assertEquals(0L, weeks.get(monday), "not the next week, that Monday being the UTC day: " + weeks);
        }
    }

    @Test
    void coordinatorsCampaignIsReadByTheCentresItNamesEachCountingOnlyItsOwnLeads() {
        TestCentre alsoNamed = fixtures.newCentre("campaign-also-named");
        TestCentre notNamed = fixtures.newCentre("campaign-not-named");
        Tenant coordination = coordination();
        UserAccount coordinator = fixtures.newAccount(coordination, Role.PLATFORM_ADMIN);
        // The named centre holds a fair in Lyon, which the coordinator's plan may link.
        ca.tremplin.event.Event lyon = publishedEvent(alsoNamed, "Salon de Lyon", "Lyon fair",
                java.time.LocalDateTime.now(PARIS).plusDays(20).withNano(0));
        Campaign journees;
        long activityId;
        try (TenantContext.Scope ignored = TestSessions.signedInAs(coordinator, coordination)) {
            Campaign planned = campaign("Journées Québec — Lyon " + UUID.randomUUID().toString().substring(0, 8));
            planned.setCentreIds(Set.of(centre.tenant().getId(), alsoNamed.tenant().getId()));
            journees = campaigns.save(planned);
            campaigns.saveActivity(journees.getId(), activity(Platform.FAIR, LinkTarget.FORM, null));
            activityId = campaigns.plan(journees.getId()).get(0).activity().getId();
            // The named centres' events and programs are offered, each saying whose it is.
            ActivityChoices choices = campaigns.activityChoices(journees.getId(), Languages.FRENCH);
            String lyonLabel = "Salon de Lyon (" + alsoNamed.tenant().getNameFr() + ")";
            assertTrue(choices.events().stream().anyMatch(choice -> choice.id() == lyon.getId()
                    && choice.label().equals(lyonLabel)), choices.events().toString());
            assertTrue(choices.programs().stream().anyMatch(choice -> choice.id() == alsoNamed.program().getId()
                    && choice.label().endsWith(" (" + alsoNamed.tenant().getNameFr() + ")")),
                    choices.programs().toString());
            campaigns.saveActivity(journees.getId(), activity(Platform.FAIR, LinkTarget.EVENT, lyon.getId()));
            assertTrue(campaigns.plan(journees.getId()).stream().anyMatch(line -> lyonLabel.equals(line.targetLabelFr())),
                    "the plan names the event and its centre");
            assertThrows(BusinessRuleException.class, () -> campaigns.saveActivity(journees.getId(),
                    activity(Platform.FAIR, LinkTarget.EVENT, lyon.getId() + 1_000_000)), "no event of its centres");
            // Across centres, the report names a program filter with its centre: several centres teach it.
            ca.tremplin.report.ReportAddress.Reading byProgram = reports.read(Map.of("program",
                    new String[] {String.valueOf(alsoNamed.program().getId())}));
            assertTrue(byProgram.readable(), byProgram.problems().toString());
            assertEquals(alsoNamed.program().getTitleFr() + " (" + alsoNamed.tenant().getNameFr() + ")",
                    reports.filterNames(byProgram.query(), Languages.FRENCH).get(ReportDimension.PROGRAM));
        }
        // A person from each named centre asks after seeing the fair's link.
        CampaignTouches sawTheFair = CampaignTouches.NONE.after(
                new ca.tremplin.web.CampaignTouch(journees.getId(), activityId, java.time.Instant.now()));
        for (TestCentre named : List.of(centre, alsoNamed)) {
            fixtures.submitted(InquiryRequests.complete(InquiryRequests.uniqueEmail(), named.program().getId()),
                    new SubmissionContext(UUID.randomUUID().toString(), Inquiry.Channel.FORM, "10.9.8.5",
                            Languages.FRENCH, sawTheFair));
        }

        long id = journees.getId();
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            assertTrue(campaigns.sharedWithThisCentre().stream().anyMatch(shared -> shared.getId() == id));
            CampaignService.SharedCampaign read = campaigns.shared(id);
            assertEquals(2, read.plan().size());
            String link = read.plan().stream().filter(line -> line.activity().getId() == activityId).findFirst()
                    .orElseThrow().linkFr();
            assertTrue(link.contains("utm_campaign=" + journees.getCode() + "&utm_content=a" + activityId), link);
            assertFalse(link.contains("css="), "a campaign of several centres leaves the routing to the coordination: "
                    + link);
            assertEquals(link, campaigns.link(activityId, java.util.Locale.CANADA_FRENCH), "its QR code's link");
            assertEquals(1, read.figures().leads().firstTouch(), "this centre's lead only, not the other's");
            assertEquals(1, read.plan().stream().filter(line -> line.activity().getId() == activityId).findFirst()
                    .orElseThrow().requests(), "the activity's requests to this centre, not the other centre's too");
            assertThrows(NotFoundException.class, () -> campaigns.find(id), "read, never opened for editing");
            // The centre's report filters by it and names it, as it names its own campaigns.
            ca.tremplin.report.ReportAddress.Reading byTheFair = reports.read(Map.of("firstCampaign",
                    new String[] {String.valueOf(id)}));
            assertTrue(byTheFair.readable(), byTheFair.problems().toString());
            assertEquals(journees.getName(), reports.filterNames(byTheFair.query(), Languages.FRENCH)
                    .get(ReportDimension.FIRST_CAMPAIGN), "its name, not its number");
            assertFalse(reports.read(Map.of("firstCampaign", new String[] {"999999999"})).readable(),
                    "a campaign that does not exist is said to be unknown, not answered with a report about nobody");
            // The lead list a row of that report opens names it too, not "n° 57"; a number in the reader's words.
            assertEquals("first brought by the campaign “" + journees.getName() + "”", leadList.narrowing(
                    ca.tremplin.pipeline.LeadFilter.parse("firstCampaign=" + id), java.util.Locale.ENGLISH));
            assertEquals("last brought by the campaign “no. 999999999”", leadList.narrowing(
                    ca.tremplin.pipeline.LeadFilter.parse("lastCampaign=999999999"), java.util.Locale.ENGLISH));
        }
        try (TenantContext.Scope ignored = notNamed.asRecruiter()) {
            assertEquals("venues d’abord par la campagne « n° " + id + " »", leadList.narrowing(
                    ca.tremplin.pipeline.LeadFilter.parse("firstCampaign=" + id), java.util.Locale.FRENCH),
                    "a centre it does not name is not told its name");
            assertTrue(campaigns.sharedWithThisCentre().stream().noneMatch(shared -> shared.getId() == id));
            assertThrows(NotFoundException.class, () -> campaigns.shared(id));
            assertThrows(NotFoundException.class, () -> campaigns.link(activityId, java.util.Locale.CANADA_FRENCH));
            assertFalse(reports.read(Map.of("lastCampaign", new String[] {String.valueOf(id)})).readable(),
                    "a campaign that does not speak for this centre is unknown to its report");
        }
    }

    /**
     * A person who saw the coordinator's campaign asks without naming a centre: the request waits in the
     * coordination's queue, whose lead the campaign credits. Once the coordination hands it to a centre the campaign
     * names, that centre's lead is the person's and the campaign counts one lead, not two — the funnel reports, too,
     * count the person at the centre only.
     */
    /**
     * A centre a coordinator's campaign named closes: the campaign's form no longer offers it, and an edit of the
     * campaign keeps it named, with what the campaign brought there, rather than dropping it unsaid.
     */
    @Test
    void aCentreClosedSinceStaysNamedByTheCoordinatorsCampaignWhoseFormNoLongerOffersIt() {
        TestCentre closing = fixtures.newCentre("campaign-closing");
        Tenant coordination = coordination();
        UserAccount coordinator = fixtures.newAccount(coordination, Role.PLATFORM_ADMIN);
        long id;
        try (TenantContext.Scope ignored = TestSessions.signedInAs(coordinator, coordination)) {
            Campaign planned = campaign("Fermeture " + UUID.randomUUID().toString().substring(0, 8));
            planned.setCentreIds(Set.of(centre.tenant().getId(), closing.tenant().getId()));
            id = campaigns.save(planned).getId();
        }
        tenancy.acrossAllTenants(() -> em.createNativeQuery("update tenant set active = false where id = ?1")
                .setParameter(1, closing.tenant().getId()).executeUpdate());
        try (TenantContext.Scope ignored = TestSessions.signedInAs(coordinator, coordination)) {
            assertTrue(campaigns.centreChoices(Languages.FRENCH).stream()
                    .noneMatch(choice -> closing.tenant().getId().equals(choice.id())), "no longer offered");
            Campaign edited = campaigns.find(id);
            edited.setName("Fermeture renommée " + UUID.randomUUID().toString().substring(0, 8));
            // What the form sends back: the centres it offers and that are ticked.
            edited.setCentreIds(Set.of(centre.tenant().getId()));
            assertEquals(Set.of(centre.tenant().getId(), closing.tenant().getId()),
                    Set.copyOf(campaigns.save(edited).getCentreIds()));
            Campaign forged = campaigns.find(id);
            forged.setCentreIds(Set.of(centre.tenant().getId(), coordination.getId()));
            assertEquals("campaign.invalid.centre", assertThrows(ca.tremplin.kernel.BusinessRuleException.class,
                    () -> campaigns.save(forged)).messageKey(), "an active school service centre still");
        }
    }

    @Test
    void aPersonTheCoordinationHandsToACentreIsOneLeadOfItsCampaign() {
        Tenant coordination = coordination();
        UserAccount coordinator = fixtures.newAccount(coordination, Role.PLATFORM_ADMIN);
        Campaign journees;
        long activityId;
        try (TenantContext.Scope ignored = TestSessions.signedInAs(coordinator, coordination)) {
            Campaign planned = campaign("Journées Québec — Dakar " + UUID.randomUUID().toString().substring(0, 8));
            planned.setCentreIds(Set.of(centre.tenant().getId()));
            journees = campaigns.save(planned);
            campaigns.saveActivity(journees.getId(), activity(Platform.FAIR, LinkTarget.FORM, null));
            activityId = campaigns.plan(journees.getId()).get(0).activity().getId();
        }
        InquiryRequest general = InquiryRequests.complete(InquiryRequests.uniqueEmail());
        general.setProgramIds(new java.util.ArrayList<>());
        SubmissionReceipt receipt = fixtures.submitted(general, new SubmissionContext(UUID.randomUUID().toString(),
                Inquiry.Channel.FORM, "10.9.8.2", Languages.FRENCH, CampaignTouches.NONE.after(
                        new ca.tremplin.web.CampaignTouch(journees.getId(), activityId, aMinuteAgo()))));
        long queued = tenancy.acrossAllTenants(() -> em.createQuery("select r.id from RoutedInquiry r"
                + " where r.inquiry.id = :id", Long.class).setParameter("id", receipt.inquiryId()).getSingleResult());
        long id = journees.getId();
        try (TenantContext.Scope ignored = TestSessions.signedInAs(coordinator, coordination)) {
            CampaignFigures waiting = campaigns.figures(id);
            assertEquals(1, waiting.leads().firstTouch(), "the queue's lead, while its request waits there");
            assertEquals(1, waiting.leads().lastTouch());

            inbox.handOver(queued, centre.tenant().getId());

            CampaignFigures handed = campaigns.figures(id);
            assertEquals(1, handed.requests().firstTouch(), "one request");
            assertEquals(1, handed.leads().firstTouch(), "one person, the centre's lead, not the queue's beside it");
            assertEquals(1, handed.leads().lastTouch());
        }
        assertEquals(id, fixtures.leadOf(centre.tenant(), general.getEmail()).getAttribution().getFirstCampaignId(),
                "the centre's lead credited with the campaign");
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            assertEquals(1, campaigns.shared(id).figures().leads().firstTouch(), "the centre reads its lead");
        }
    }

    /**
     * A registration given up — from the person's link or by staff — no longer holds a seat: the campaign counts the
     * registrations that hold theirs, as the event's pages and the funnel reports do.
     */
    @Test
    void aCancelledRegistrationIsNoLongerOneTheCampaignBrought() {
        ca.tremplin.event.Event webinar = publishedEvent(java.time.LocalDateTime.now(PARIS).plusDays(10).withNano(0));
        ca.tremplin.event.RegistrationReceipt registered = registeredThroughThePost(webinar, "10.9.8.1");
        try (TenantContext.Scope ignored = centre.asAdmin()) {
            CampaignFigures before = campaigns.figures(campaign.getId());
            assertEquals(1, before.registrations().firstTouch());
            assertEquals(1, before.registrations().lastTouch());

            events.cancelRegistration(registered.registrationId());

            CampaignFigures after = campaigns.figures(campaign.getId());
            assertEquals(0, after.registrations().firstTouch(), "a seat given up is no registration");
            assertEquals(0, after.registrations().lastTouch());
            assertEquals(1, after.leads().firstTouch(), "the person stays a lead the campaign brought");
        }
    }

    /**
     * A registrant the campaign brought is checked in, then asks to give up her seat: she came, her seat was used, and
     * it stays hers — the campaign still counts the registration it brought, as the event's page and the reports count
     * her among the seats held and those who came.
     */
    @Test
    void aRegistrantWhoCameAndThenAsksToGiveUpHerSeatIsStillARegistrationTheCampaignBrought() {
        ca.tremplin.event.Event webinar = publishedEvent(java.time.LocalDateTime.now(PARIS).plusDays(10).withNano(0));
        ca.tremplin.event.RegistrationReceipt registered = registeredThroughThePost(webinar, "10.9.8.2");
        try (TenantContext.Scope ignored = centre.asAdmin()) {
            events.checkIn(registered.registrationId());
            assertEquals("eventsAdmin.cameKeepsSeat", assertThrows(ca.tremplin.kernel.BusinessRuleException.class,
                    () -> events.cancelRegistration(registered.registrationId())).messageKey());

            CampaignFigures figures = campaigns.figures(campaign.getId());
            assertEquals(1, figures.registrations().firstTouch(), "she came: still a registration it brought");
            assertEquals(1, figures.registrations().lastTouch());
            assertEquals(1, events.attendance(webinar.getId()).attended(), "as the event's page counts her");
        }
    }

    /** Awa registered for the webinar on its public page, a minute after she opened the post's tracked link. */
    private ca.tremplin.event.RegistrationReceipt registeredThroughThePost(ca.tremplin.event.Event webinar, String ip) {
        return publicEvents.register(webinar.getId(), new ca.tremplin.event.RegistrationRequest("Awa", "Diop",
                InquiryRequests.uniqueEmail(), null, "SN", true, false, "Africa/Dakar", null),
                UUID.randomUUID().toString(), ip, Languages.FRENCH, CampaignTouches.NONE.after(
                        new ca.tremplin.web.CampaignTouch(campaign.getId(), post.activity().getId(), aMinuteAgo())));
    }

    /**
     * The nightly round marks an event that is over done, and a program may be archived: an activity that linked
     * either is still saved — marked done, its message corrected — with its target kept, which its form still offers
     * (said to be no longer offered). Choosing such a target for another activity is refused.
     */
    @Test
    void anActivityWhoseEventIsOverOrWhoseProgramWasArchivedIsStillSavedWithItsTarget() {
        ca.tremplin.event.Event webinar = publishedEvent(java.time.LocalDateTime.now(PARIS).minusHours(3).withNano(0));
        try (TenantContext.Scope ignored = centre.asAdmin()) {
            campaigns.saveActivity(campaign.getId(), activity(Platform.WEBINAR, LinkTarget.EVENT, webinar.getId()));
        }
        reminders.closePastEvents();
        long programId = centre.program().getId();
        try (TenantContext.Scope ignored = centre.asAdmin()) {
            long version = tenancy.acrossAllTenants(() -> em.find(ca.tremplin.catalog.Program.class, programId)
                    .getVersion());
            catalog.changeStatus(programId, ca.tremplin.catalog.ProgramStatus.ARCHIVED, version);
        }
        try (TenantContext.Scope ignored = centre.asAdmin()) {
            List<CampaignService.ActivityLine> plan = campaigns.plan(campaign.getId());
            CampaignActivity toTheWebinar = plan.stream().filter(line -> line.activity().getTargetKind()
                    == LinkTarget.EVENT).findFirst().orElseThrow().activity();
            toTheWebinar.setStatus(ActivityStatus.DONE);
            campaigns.saveActivity(campaign.getId(), toTheWebinar);
            CampaignActivity toTheProgram = plan.stream().filter(line -> line.activity().getTargetKind()
                    == LinkTarget.PROGRAM).findFirst().orElseThrow().activity();
            toTheProgram.setStatus(ActivityStatus.DONE);
            toTheProgram.setSaid("Dépliant distribué au salon");
            campaigns.saveActivity(campaign.getId(), toTheProgram);

            List<CampaignService.ActivityLine> saved = campaigns.plan(campaign.getId());
            assertTrue(saved.stream().filter(line -> line.activity().getStatus() == ActivityStatus.DONE)
                    .map(line -> line.activity().getTargetId()).toList()
                    .containsAll(List.of(webinar.getId(), programId)), "both done, their targets kept");
            assertTrue(saved.stream().anyMatch(line -> line.activity().getTargetKind() == LinkTarget.PROGRAM
                    && line.targetLabelFr().endsWith(centre.program().getTitleFr())),
                    "the plan still names the archived program, not its number");

            ActivityChoices choices = campaigns.activityChoices(campaign.getId(), Languages.FRENCH);
            assertTrue(choices.events().stream().noneMatch(choice -> choice.id() == webinar.getId()),
                    "no new link to an event that is over");
            assertTrue(choices.events(webinar.getId()).stream().anyMatch(choice -> choice.id() == webinar.getId()
                    && choice.label().endsWith("(n’est plus offert)")), "the form of the activity that links it");
            assertTrue(choices.programs(programId).stream().anyMatch(choice -> choice.id() == programId),
                    choices.programs(programId).toString());
            assertTrue(choices.programs(null).stream().noneMatch(choice -> choice.id() == programId),
                    "not offered to a new activity");

            assertEquals("campaign.activity.eventNotPublished", assertThrows(BusinessRuleException.class,
                    () -> campaigns.saveActivity(campaign.getId(), activity(Platform.EMAIL, LinkTarget.EVENT,
                            webinar.getId()))).messageKey(), "a new activity to it");
            toTheWebinar.setTargetKind(LinkTarget.PROGRAM);
            toTheWebinar.setTargetId(programId);
            assertEquals("campaign.activity.programNotPublished", assertThrows(BusinessRuleException.class,
                    () -> campaigns.saveActivity(campaign.getId(), toTheWebinar)).messageKey(),
                    "nor is an activity's target changed to one");
        }
    }

    /**
     * An activity that was counted — a visit through its link, a request it brought — is not removed: its visits
     * would go with it while its requests stayed counted, and its printed link would count nothing more. Staff are
     * told to mark it cancelled. An activity planned and never run is removed.
     */
    @Test
    void anActivityThatWasCountedIsNotRemovedButOneNeverRunIs() throws Exception {
        open(post.linkFr(), null);
        try (TenantContext.Scope ignored = centre.asAdmin()) {
            assertEquals("campaign.activity.removeCounted", assertThrows(BusinessRuleException.class,
                    () -> campaigns.removeActivity(campaign.getId(), post.activity().getId())).messageKey());
            assertEquals(1, campaigns.plan(campaign.getId()).get(0).visits(), "its visit kept");
        }
        String email = InquiryRequests.uniqueEmail();
        fixtures.submitted(InquiryRequests.complete(email, centre.program().getId()), new SubmissionContext(
                UUID.randomUUID().toString(), Inquiry.Channel.FORM, "10.9.8.0", Languages.FRENCH,
                CampaignTouches.NONE.after(new ca.tremplin.web.CampaignTouch(campaign.getId(),
                        flyer.activity().getId(), aMinuteAgo()))));
        try (TenantContext.Scope ignored = centre.asAdmin()) {
            assertThrows(BusinessRuleException.class,
                    () -> campaigns.removeActivity(campaign.getId(), flyer.activity().getId()),
                    "a request it brought, without any visit counted");
            CampaignActivity neverRun = activity(Platform.PRESS, LinkTarget.CATALOGUE, null);
            campaigns.saveActivity(campaign.getId(), neverRun);
            long neverRunId = campaigns.plan(campaign.getId()).stream().filter(line -> line.activity().getPlatform()
                    == Platform.PRESS).findFirst().orElseThrow().activity().getId();
            campaigns.removeActivity(campaign.getId(), neverRunId);
            assertEquals(2, campaigns.plan(campaign.getId()).size(), "the one never run removed, the others kept");
        }
    }

    /** A published webinar of the centre starting at {@code start}, Paris time, for two hours: the campaign's to link. */
    private ca.tremplin.event.Event publishedEvent(java.time.LocalDateTime start) {
        return publishedEvent(centre, "Webinaire mécanique", "Mechanics webinar", start);
    }

    private ca.tremplin.event.Event publishedEvent(TestCentre at, String titleFr, String titleEn,
                                                   java.time.LocalDateTime start) {
        try (TenantContext.Scope ignored = at.asRecruiter()) {
            ca.tremplin.event.Event webinar = new ca.tremplin.event.Event();
            webinar.setType(ca.tremplin.event.EventType.WEBINAR);
            webinar.setVirtual(true);
            webinar.setOnlineUrl("https://meet.example.org/fp-quebec");
            webinar.setTitleFr(titleFr);
            webinar.setTitleEn(titleEn);
            webinar.setLanguageList(List.of("fr"));
            ca.tremplin.event.Event saved = events.save(webinar, start, start.plusHours(2), "Europe/Paris");
            return events.publish(saved.getId(), saved.getVersion());
        }
    }

    /**
     * A touch's time before the sending it precedes: a registration is dated to the second, and a touch later in that
     * second would be one that reached a person already known, never their first.
     */
    private static java.time.Instant aMinuteAgo() {
        return java.time.Instant.now().minusSeconds(60);
    }

    /** The coordinating organisation, the tenant of the campaigns that span centres. */
    private Tenant coordination() {
        return tenancy.acrossAllTenants(() -> em.createQuery(
                "select t from Tenant t where t.kind = ca.tremplin.tenant.TenantKind.COORDINATION", Tenant.class)
                .getResultList().get(0));
    }

    @Test
    void visitsAreDailyCountersPerLinkAndPageWithNothingAboutTheVisitor() throws Exception {
        open(post.linkFr(), null);
        open(post.linkFr(), null);
        HttpResponse<String> tampered = open(post.linkFr().replace(campaign.getCode(), "another-campaign"), null);
        assertEquals(200, tampered.statusCode());
        assertTrue(tampered.headers().allValues("Set-Cookie").stream()
                .noneMatch(cookie -> cookie.startsWith(CampaignTouches.COOKIE)), "a link changed by hand is no touch");

        List<?> rows = tenancy.acrossAllTenants(() -> em.createNativeQuery("select page, visits from campaign_visit"
                + " where activity_id = ?1 and visit_day = ?2").setParameter(1, post.activity().getId())
                .setParameter(2, Date.valueOf(LocalDate.now(CampaignVisits.ZONE))).getResultList());
        assertEquals(1, rows.size());
        assertEquals("/fr/information", ((Object[]) rows.get(0))[0]);
        assertEquals(2, ((Number) ((Object[]) rows.get(0))[1]).intValue());
        @SuppressWarnings("unchecked")
        Set<String> columns = tenancy.acrossAllTenants(() -> ((List<String>) em.createNativeQuery(
                "select column_name from information_schema.columns where table_schema = database()"
                        + " and table_name = 'campaign_visit'").getResultList()).stream()
                .map(String::toLowerCase).collect(Collectors.toCollection(TreeSet::new)));
        assertEquals(new TreeSet<>(Set.of("activity_id", "visit_day", "page", "tenant_id", "campaign_id", "visits")),
                columns);
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            assertEquals(2, campaigns.figures(campaign.getId()).visits());
            assertEquals(2, campaigns.plan(campaign.getId()).get(0).visits());
        }
    }

    /**
     * The language switch of a page opened through a tracked link keeps the link's parameters (the information form
     * reads them): the other language, opened from that page of ours, is the same visit, not a second one; the link
     * opened again from elsewhere counts again.
     */
    @Test
    void theLanguageSwitchOfAPageOpenedThroughATrackedLinkCountsNoSecondVisit() throws Exception {
        open(post.linkFr(), null);
        String french = base + post.linkFr().substring(post.linkFr().indexOf("/fr/") + 1);
        String english = post.linkEn().substring(post.linkEn().indexOf("/en/") + 1);
        HttpResponse<String> switched = HTTP.send(HttpRequest.newBuilder(URI.create(base + english))
                .header("Referer", french).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, switched.statusCode());
        HTTP.send(HttpRequest.newBuilder(URI.create(base + english)).header("Referer", "https://www.facebook.com/")
                .build(), HttpResponse.BodyHandlers.ofString());
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            assertEquals(2, campaigns.figures(campaign.getId()).visits(),
                    "the French opening and the English one from Facebook, not the switch between them");
        }
    }

    @Test
    void centreNeitherSeesNorChangesAnotherCentresCampaign() {
        other = fixtures.newCentre("campaign-other");
        try (TenantContext.Scope ignored = other.asAdmin()) {
            long id = campaign.getId();
            assertThrows(NotFoundException.class, () -> campaigns.find(id));
            assertTrue(campaigns.list().stream().noneMatch(seen -> seen.getId() == id));
            assertThrows(NotFoundException.class, () -> campaigns.plan(id));
            assertThrows(NotFoundException.class, () -> campaigns.figures(id));
            assertThrows(NotFoundException.class, () -> campaigns.save(campaign));
            assertThrows(NotFoundException.class,
                    () -> campaigns.saveActivity(id, activity(Platform.PRESS, LinkTarget.CATALOGUE, null)));
            assertThrows(NotFoundException.class, () -> campaigns.removeActivity(id, post.activity().getId()));
            assertThrows(NotFoundException.class, () -> campaigns.link(post.activity().getId(), Languages.FRENCH));
            assertFalse(eventCampaigns.isOfThisCentre(id));
        }
        try (TenantContext.Scope ignored = centre.asAdmin()) {
            assertEquals(2, campaigns.plan(campaign.getId()).size());
            assertTrue(eventCampaigns.isOfThisCentre(campaign.getId()));
        }
    }

    @Test
    void planThatDoesNotHoldTogetherIsRefusedWithItsReason() {
        other = fixtures.newCentre("campaign-other");
        try (TenantContext.Scope ignored = centre.asAdmin()) {
            Campaign backwards = campaign("À rebours");
            backwards.setEndsOn(backwards.getStartsOn().minusDays(1));
            assertEquals("campaign.invalid.endBeforeStart", assertThrows(
                    ca.tremplin.kernel.BusinessRuleException.class, () -> campaigns.save(backwards)).messageKey());
            Campaign dueLongBefore = campaign("Échéance mal tapée");
            dueLongBefore.setObjectiveDue(dueLongBefore.getStartsOn().minusYears(2));
            assertEquals("campaign.invalid.dueBeforeStart", assertThrows(
                    ca.tremplin.kernel.BusinessRuleException.class, () -> campaigns.save(dueLongBefore)).messageKey());
            CampaignActivity late = activity(Platform.EMAIL, LinkTarget.FORM, null);
            late.setPlannedOn(campaign.getEndsOn().plusDays(1));
            assertEquals("campaign.activity.outsideCampaign", assertThrows(
                    ca.tremplin.kernel.BusinessRuleException.class,
                    () -> campaigns.saveActivity(campaign.getId(), late)).messageKey());
            CampaignActivity otherProgram = activity(Platform.EMAIL, LinkTarget.PROGRAM, other.program().getId());
            assertEquals("campaign.activity.programNotPublished", assertThrows(
                    ca.tremplin.kernel.BusinessRuleException.class,
                    () -> campaigns.saveActivity(campaign.getId(), otherProgram)).messageKey());
        }
    }

    /**
     * A campaign shortened past its plan would leave activities it could no longer save, not even marked done, and
     * their requests out of its weeks: refused, saying how many and from when, until the dates cover the plan.
     */
    @Test
    void aCampaignShortenedPastItsPlannedActivitiesIsRefusedUntilItsDatesCoverThePlan() {
        LocalDate today = LocalDate.now(CampaignVisits.ZONE);
        try (TenantContext.Scope ignored = centre.asAdmin()) {
            Campaign shorter = campaigns.find(campaign.getId());
            shorter.setEndsOn(today.minusDays(1));
            shorter.setObjectiveDue(today.minusDays(1));
            ca.tremplin.kernel.BusinessRuleException refused = assertThrows(
                    ca.tremplin.kernel.BusinessRuleException.class, () -> campaigns.save(shorter));
            assertEquals("campaign.invalid.activitiesOutside", refused.messageKey());
            assertEquals(2, refused.arguments()[0], "the post and the flyer, planned today");
            assertEquals(today, refused.arguments()[1]);
            assertEquals(today.plusWeeks(6), campaigns.find(campaign.getId()).getEndsOn(), "nothing saved");

            Campaign fitting = campaigns.find(campaign.getId());
            fitting.setEndsOn(today);
            fitting.setObjectiveDue(today);
            campaigns.save(fitting);
            CampaignActivity done = campaigns.plan(campaign.getId()).get(0).activity();
            done.setStatus(ActivityStatus.DONE);
            campaigns.saveActivity(campaign.getId(), done);
            assertEquals(ActivityStatus.DONE, campaigns.plan(campaign.getId()).get(0).activity().getStatus(),
                    "its activities are still saved");
        }
    }

    @Test
    void demoCentresCampaignHasItsPlanItsVisitsAndTheRequestsItBrought() {
        Object[] demo = (Object[]) tenancy.acrossAllTenants(() -> em.createNativeQuery("select"
                + " (select count(*) from campaign_activity a where a.campaign_id = c.id),"
                + " (select sum(v.visits) from campaign_visit v where v.campaign_id = c.id),"
                + " (select count(*) from inquiry i where i.first_touch_campaign_id = c.id),"
                + " (select count(*) from `lead` l where l.last_touch_campaign_id = c.id),"
                + " (select count(*) from event e where e.campaign_id = c.id)"
                + " from campaign c join tenant t on t.id = c.tenant_id where t.slug = 'css-du-fjord'"
                + " and c.name like 'Afrique de l%hiver 2027'")
                .getSingleResult());
        assertEquals(5, ((Number) demo[0]).intValue(), "activities");
        assertEquals(165, ((Number) demo[1]).intValue(), "visits");
        assertEquals(6, ((Number) demo[2]).intValue(), "requests at first touch");
        assertEquals(6, ((Number) demo[3]).intValue(), "leads at last touch");
        assertEquals(1, ((Number) demo[4]).intValue(), "its webinar");
    }

    /** Sends a request through the public API as a partner site would, with the UTM parameters given; its id. */
    private long apiRequest(String utmCampaign, String utmContent) throws IOException, InterruptedException {
        String body = """
                {"firstName": "Aïssatou", "lastName": "Diallo", "email": "%s", "countryOfResidence": "SN",
                 "citizenship": "SN", "programIds": [%d], "consentToContact": true,
                 "attribution": {"utmSource": "partenaire", "utmMedium": "referral", "utmCampaign": "%s",
                                 "utmContent": "%s"}}""".formatted(InquiryRequests.uniqueEmail(),
                centre.program().getId(), utmCampaign, utmContent);
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + "api/inquiries"))
                .timeout(java.time.Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, response.statusCode(), response.body());
        java.util.regex.Matcher id = java.util.regex.Pattern.compile("\"id\"\\s*:\\s*(\\d+)")
                .matcher(response.body());
        assertTrue(id.find(), response.body());
        return Long.parseLong(id.group(1));
    }

    private HttpResponse<String> open(String link, String touchCookie) throws IOException, InterruptedException {
        String path = link.substring(link.indexOf("/fr/") + 1);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (touchCookie != null) {
            request.header("Cookie", CampaignTouches.COOKIE + "=" + touchCookie);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String touchCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith(CampaignTouches.COOKIE + "=")).findFirst()
                .map(CampaignIT::cookieValue)
                .orElseThrow(() -> new AssertionError("no touch cookie for " + response.uri()));
    }

    private static String cookieValue(String setCookie) {
        String pair = setCookie.split(";", 2)[0];
        return pair.substring(pair.indexOf('=') + 1);
    }

    @Test
    void aLeavingRecruitersActivitiesToDoGoToTheColleagueNamedAndADoneOneKeepsItsOwnerWhenEdited() {
        UserAccount colleague = fixtures.newAccount(centre.tenant(), ca.tremplin.security.Role.RECRUITER);
        CampaignActivity done;
        try (TenantContext.Scope ignored = centre.asAdmin()) {
            CampaignActivity toDo = campaigns.plan(campaign.getId()).get(0).activity();
            toDo.setOwnerId(centre.recruiter().getId());
            campaigns.saveActivity(campaign.getId(), toDo);
            done = campaigns.plan(campaign.getId()).get(1).activity();
            done.setOwnerId(centre.recruiter().getId());
            done.setStatus(ActivityStatus.DONE);
            campaigns.saveActivity(campaign.getId(), done);

            UserAccount leaving = tenancy.acrossAllTenants(() -> em.find(UserAccount.class, centre.recruiter().getId()));
            assertEquals(1, administration.workHeldBy(leaving.getId()).count(
                    ca.tremplin.security.StaffHandover.Work.CAMPAIGN_ACTIVITIES), "the one still to do, counted");
            ca.tremplin.security.StaffHandover handover = administration.deactivate(leaving.getId(),
                    leaving.getVersion(), colleague.getId());
            assertEquals(1, handover.count(ca.tremplin.security.StaffHandover.Work.CAMPAIGN_ACTIVITIES));

            List<CampaignService.ActivityLine> plan = campaigns.plan(campaign.getId());
            assertEquals(colleague.getId(), plan.get(0).activity().getOwnerId(), "the colleague does it now");
            assertEquals(centre.recruiter().getId(), plan.get(1).activity().getOwnerId(),
                    "a done one keeps who did it");
            ActivityChoices choices = campaigns.activityChoices(campaign.getId(), java.util.Locale.FRENCH);
            assertTrue(choices.owners(centre.recruiter().getId()).stream()
                    .anyMatch(choice -> choice.id() == centre.recruiter().getId()
                            && choice.label().endsWith("(a quitté le centre)")), "its form still names who did it");
            assertTrue(choices.owners(null).stream().noneMatch(choice -> choice.id() == centre.recruiter().getId()),
                    "a new activity's form does not offer someone who left");
            CampaignActivity another = activity(Platform.EMAIL, LinkTarget.FORM, null);
            another.setOwnerId(centre.recruiter().getId());
            assertThrows(NotFoundException.class, () -> campaigns.saveActivity(campaign.getId(), another),
                    "nor is a new one given to them");
            CampaignActivity edited = plan.get(1).activity();
            edited.setSaid("Bilan du salon relu");
            campaigns.saveActivity(campaign.getId(), edited);
            assertEquals(centre.recruiter().getId(), campaigns.plan(campaign.getId()).get(1).activity().getOwnerId(),
                    "an edit keeps the owner, not dropped unsaid");
        }
    }

    private static Campaign campaign(String name) {
        Campaign campaign = new Campaign();
        campaign.setName(name);
        campaign.setObjective("60 demandes par semaine d'Afrique de l'Ouest pour la mécanique d'ici mars");
        campaign.setObjectiveTarget(60);
        LocalDate today = LocalDate.now(CampaignVisits.ZONE);
        campaign.setStartsOn(today.minusWeeks(1));
        campaign.setEndsOn(today.plusWeeks(6));
        campaign.setObjectiveDue(today.plusWeeks(6));
        campaign.setCountries(Set.of("SN", "CI"));
        campaign.setSectorCodes(Set.of("07"));
        campaign.setAudiences(Set.of(Audience.STUDENT, Audience.PARENT));
        campaign.setHashtags("FP Québec");
        campaign.setBudgetCad(null);
        return campaign;
    }

    private static CampaignActivity activity(Platform platform, LinkTarget target, Long targetId) {
        CampaignActivity activity = new CampaignActivity();
        activity.setPlannedOn(LocalDate.now(CampaignVisits.ZONE));
        activity.setPlatform(platform);
        activity.setSource(platform == Platform.SOCIAL ? "Facebook" : null);
        activity.setSaid("Étudiez la mécanique au Québec : salaire garanti pendant l'alternance");
        activity.setTargetKind(target);
        activity.setTargetId(targetId);
        return activity;
    }

}
