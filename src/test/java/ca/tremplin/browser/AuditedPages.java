package ca.tremplin.browser;

import ca.tremplin.testsupport.Browser;
import ca.tremplin.testsupport.DemoAccounts;
import ca.tremplin.testsupport.TestMailServer;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Every page of the application as the accessibility audit visits it: each view under {@code src/main/webapp}, in
 * French and in English for the public side, and signed in as each role for the back office (a centre's recruiter
 * and admin in both languages), in one pass with one browser. A view is either audited here or named in {@link #NOT_AUDITED} with the reason, which
 * {@code AuditedPagesTest} checks against the files: a new page cannot be merged without being audited.
 *
 * <p>Visits are grouped by visitor so that each account signs in once. Pages that need a private link (an
 * applicant's file, an unsubscribe page, a password reset) are opened from the e-mail the application sends, as a
 * person would open them, the recruiter sending them first. The demo's CSS du Fjord and its lead Yasmine Khelifi,
 * whom no other browser test uses, give the pages something to show.
 */
final class AuditedPages {

    /**
     * Who visits: nobody signed in, or a demo account of one role, in the language its pages are read in. The
     * Fjord's third recruiter reads the back office in English by her account's own choice; the Fjord's admin is
     * switched to English by the language link for his pass, and back to French after it.
     */
    enum Visitor {
        PUBLIC(null, null, false),
        PLATFORM_ADMIN(DemoAccounts.PLATFORM_ADMIN, "fr", false),
        CSS_ADMIN(DemoAccounts.FJORD_ADMIN, "fr", false),
        CSS_ADMIN_IN_ENGLISH(DemoAccounts.FJORD_ADMIN, "en", true),
        RECRUITER(DemoAccounts.FJORD_RECRUITER, "fr", false),
        RECRUITER_IN_ENGLISH(ENGLISH_RECRUITER, "en", false),
        COORDINATION_RECRUITER(DemoAccounts.COORDINATION_RECRUITER, "fr", false);

        final String email;
        /** The language of every page this visitor reads; null for the public, whose address says it. */
        final String language;
        /** Whether the pass chooses the language with the language link (and chooses French again after it). */
        final boolean switchesLanguage;

        Visitor(String email, String language, boolean switchesLanguage) {
            this.email = email;
            this.language = language;
            this.switchesLanguage = switchesLanguage;
        }
    }

    /** How the browser reaches the page to audit; it is then audited as it stands. */
    @FunctionalInterface
    interface Reach {
        void open(Browser browser);
    }

    /**
     * One page in one state, for one visitor. It is audited whole unless the same page was audited whole in the other
     * language ({@code contrastMeasured} false): the theme gives a page the same colours and the same markup in
     * French and in English, and axe-core's rules over them (its contrast rule above all, which weighs every text
     * against what is drawn behind it) cost most of a page's audit. The rules that read the words (names, title,
     * languages), the markup checks and the reflow run on each language, where a missing translation (an empty name)
     * or a longer text (a wider page) would show.
     */
    record AuditedPage(String view, Visitor visitor, String description, Reach reach, boolean contrastMeasured) {

        AuditedPage(String view, Visitor visitor, String description, Reach reach) {
            this(view, visitor, description, reach, true);
        }

        /** The same page, whose colours were measured in the other language. */
        AuditedPage contrastMeasuredInTheOtherLanguage() {
            return new AuditedPage(view, visitor, description, reach, false);
        }
    }

    private static final String LEAD_NAME = "Yasmine Khelifi";
    private static final String LEAD_EMAIL = "yasmine.khelifi@exemple.demo";
    private static final String LEAD_LIST = "/admin/leads.xhtml?country=TN";
    /** A search that finds nobody: the lead list and the board say so, with a link back to everyone. */
    private static final String NOBODY_FOUND = "?q=Zzyzxwq";
    /** A recruiter of the demo whom no browser test signs in as: asking for a reset changes nothing of the account. */
    private static final String RESET_ACCOUNT = "recruteur3@css-du-fjord.demo";
    /** The demo's recruiters whose number is a multiple of three read the back office in English. */
    private static final String ENGLISH_RECRUITER = "recruteur3@css-du-fjord.demo";
    private static final String MAILED_BASE = "http://localhost:" + Integer.getInteger("it.http.port", 8080);

    /** Views that are parts of pages, or error pages that only a failure shows, with why each is not visited alone. */
    static final Map<String, String> NOT_AUDITED = Map.ofEntries(
            Map.entry("WEB-INF/templates/public.xhtml", "the layout of every public page, audited with each"),
            Map.entry("WEB-INF/templates/backoffice.xhtml", "the layout of every back-office page, audited with each"),
            Map.entry("WEB-INF/templates/language-switch.xhtml", "part of both layouts"),
            Map.entry("WEB-INF/templates/privacy-officer.xhtml", "part of the information and application forms"),
            Map.entry("WEB-INF/templates/phone-read.xhtml",
                    "part of the information, event registration and application forms, audited with each"),
            Map.entry("WEB-INF/templates/twin-addresses.xhtml",
                    "links in the head of the public pages, for search engines: nothing shown"),
            Map.entry("WEB-INF/templates/share-card.xhtml",
                    "what a shared link of the public list pages shows, in their head: nothing on the page"),
            Map.entry("WEB-INF/templates/form-errors.xhtml",
                    "part of the public forms, audited on the information form sent empty"),
            Map.entry("WEB-INF/templates/change-history.xhtml",
                    "part of the program, offer and event pages of the back office, audited with each"),
            Map.entry("WEB-INF/templates/empty-list.xhtml",
                    "part of the back office's lists when they are empty, audited on the lead list and the board a"
                            + " search finds nobody on, and on the coordination's scheduled reports (none)"),
            Map.entry("WEB-INF/catalog/facet.xhtml", "part of the catalogue's search page"),
            Map.entry("WEB-INF/offer/choices.xhtml", "part of the offer board's search form, audited with the board"),
            Map.entry("WEB-INF/campaign/activity.xhtml", "part of both campaign pages, audited with each"),
            Map.entry("WEB-INF/event/zone-chooser.xhtml", "part of the event pages"),
            Map.entry("WEB-INF/pipeline/filters.xhtml", "part of the lead list and the board"),
            Map.entry("WEB-INF/pipeline/admission-question.xhtml", "part of the lead's page, the lead list and the"
                    + " board, shown once a move past an admission never recorded is asked about"),
            Map.entry("WEB-INF/showcase/profile-fields.xhtml", "part of the showcase's posting page and own page"),
            Map.entry("WEB-INF/showcase/decisions.xhtml", "part of the showcase's moderation page, shown on each profile"
                    + " that has a trail, audited with it"),
            Map.entry("WEB-INF/errors/gone.xhtml",
                    "the not-found page's markup with another text and a link to what is still offered of its kind;"
                            + " shown only for a public page gone for good: an offer, a program, a showcase profile"),
            Map.entry("WEB-INF/errors/expired.xhtml",
                    "the not-found page's markup with another text; shown only when a form outlives its session"),
            Map.entry("WEB-INF/errors/server-error.xhtml",
                    "the not-found page's markup with another text; shown only when the server fails"),
            Map.entry("WEB-INF/errors/too-large.xhtml",
                    "the not-found page's markup with another text; shown only for an upload over the limit"),
            Map.entry("WEB-INF/errors/too-many.xhtml",
                    "the not-found page's markup with another text; shown only when a link is opened too often"),
            Map.entry("WEB-INF/errors/unavailable.xhtml",
                    "the not-found page's markup with another text; shown only when the database is unreachable"));

    static final List<AuditedPage> ALL = Stream.of(
            // The public side, each page in French and in English.
            inFrenchAndEnglish("index.xhtml", "/?lang=fr", "/?lang=en"),
            inFrenchAndEnglish("WEB-INF/catalog/search.xhtml", "/fr/programmes", "/en/programs"),
            inFrenchAndEnglish("WEB-INF/catalog/program.xhtml", "/fr/programmes?q=soudage", "/en/programs?q=welding",
                    By.cssSelector("#program-list li h3 a")),
            inFrenchAndEnglish("WEB-INF/catalog/school-board.xhtml", "/fr/centres-de-services/css-du-fjord",
                    "/en/school-service-centres/css-du-fjord"),
            inFrenchAndEnglish("WEB-INF/offer/board.xhtml", "/fr/offres", "/en/offers"),
            inFrenchAndEnglish("WEB-INF/offer/offer.xhtml", "/fr/offres", "/en/offers", By.cssSelector("#offer-list h3 a")),
            inFrenchAndEnglish("apply.xhtml", "/fr/offres", "/en/offers", By.cssSelector("#offer-list h3 a"),
                    By.id("apply")),
            inFrenchAndEnglish("WEB-INF/inquiry/form.xhtml", "/fr/information", "/en/information"),
            List.of(informationFormSentEmpty()),
            inFrenchAndEnglish("WEB-INF/event/list.xhtml", "/fr/evenements", "/en/events"),
            inFrenchAndEnglish("WEB-INF/event/event.xhtml", "/fr/evenements", "/en/events", By.cssSelector("#events h2 a")),
            inFrenchAndEnglish("signin.xhtml", "/signin.xhtml?lang=fr", "/signin.xhtml?lang=en"),
            inFrenchAndEnglish("acces.xhtml", "/acces.xhtml?lang=fr", "/acces.xhtml?lang=en"),
            // Without the link an e-mail carries, the preferences page says the link cannot be read.
            inFrenchAndEnglish("consentements.xhtml", "/consentements.xhtml?lang=fr", "/consentements.xhtml?lang=en"),
            inFrenchAndEnglish("password-forgotten.xhtml", "/password-forgotten.xhtml?lang=fr",
                    "/password-forgotten.xhtml?lang=en"),
            inFrenchAndEnglish("WEB-INF/errors/not-found.xhtml", "/fr/programmes/nulle-part/introuvable",
                    "/en/programs/nowhere/not-found"),
            List.of(passwordResetFromItsEmail(), applicantFileFromItsEmail(), unsubscribeFromABulkEmail(),
                    unregisterFromAConfirmation(), interviewAnswerFromItsInvitation()),
            // The apprentices' showcase: the gallery and a profile of the demo, then the pages a class's link opens.
            inFrenchAndEnglish("WEB-INF/showcase/gallery.xhtml", "/fr/vitrine", "/en/showcase"),
            inFrenchAndEnglish("WEB-INF/showcase/profile.xhtml", "/fr/vitrine", "/en/showcase",
                    By.cssSelector("#showcase-cards a")),
            List.of(showcasePostingFromAClassLink(), showcasePostingSentEmpty(), showcaseOwnPageAfterPosting(),
                    showcaseGuardianPageFromItsEmail()),

            // A recruiter of a centre: the daily work on leads, in French and in English.
            recruiterPages(Visitor.RECRUITER),
            contrastMeasuredInFrench(recruiterPages(Visitor.RECRUITER_IN_ENGLISH)),
            // The admin of a centre: its catalogue, offers, settings and people, in French and in English.
            centreAdminPages(Visitor.CSS_ADMIN),
            List.of(incidentRecorded()),
            contrastMeasuredInFrench(centreAdminPages(Visitor.CSS_ADMIN_IN_ENGLISH)),

            List.of(
            // The coordinating organisation: its admin and its recruiter.
            at("admin/index.xhtml", Visitor.PLATFORM_ADMIN, "/admin/"),
            at("admin/tenants.xhtml", Visitor.PLATFORM_ADMIN, "/admin/tenants.xhtml"),
            following("admin/tenant.xhtml", Visitor.PLATFORM_ADMIN, "/admin/tenants.xhtml",
                    By.cssSelector("#tenants\\:table tbody a")),
            at("admin/reports.xhtml", Visitor.PLATFORM_ADMIN, "/admin/reports.xhtml"),
            at("admin/incidents.xhtml", Visitor.PLATFORM_ADMIN, "/admin/incidents.xhtml"),
            at("admin/index.xhtml", Visitor.COORDINATION_RECRUITER, "/admin/"),
            at("admin/inquiries.xhtml", Visitor.COORDINATION_RECRUITER, "/admin/inquiries.xhtml"),
            following("admin/report-schedules.xhtml", Visitor.COORDINATION_RECRUITER, "/admin/reports.xhtml",
                    By.id("schedule-report")),
            following("admin/inquiry.xhtml", Visitor.COORDINATION_RECRUITER, "/admin/inquiries.xhtml",
                    By.cssSelector("#inbox\\:table a.inquiry-link"))))
            .flatMap(List::stream).toList();

    private AuditedPages() {
    }

    /** The pages of a recruiter's daily work. */
    private static List<AuditedPage> recruiterPages(Visitor visitor) {
        return List.of(
            at("admin/index.xhtml", visitor, "/admin/"),
            at("admin/inquiries.xhtml", visitor, "/admin/inquiries.xhtml"),
            following("admin/inquiry.xhtml", visitor, "/admin/inquiries.xhtml",
                    By.cssSelector("#inbox\\:table a.inquiry-link")),
            at("admin/leads.xhtml", visitor, "/admin/leads.xhtml"),
            bulkEmailPreview(visitor),
            following("admin/lead.xhtml", visitor, LEAD_LIST, By.linkText(LEAD_NAME)),
            at("admin/board.xhtml", visitor, "/admin/board.xhtml"),
            at("admin/leads.xhtml", visitor, "/admin/leads.xhtml" + NOBODY_FOUND),
            at("admin/board.xhtml", visitor, "/admin/board.xhtml" + NOBODY_FOUND),
            at("admin/events.xhtml", visitor, "/admin/events.xhtml"),
            following("admin/event.xhtml", visitor, "/admin/events.xhtml",
                    By.cssSelector("#events\\:views\\:table a")),
            following("admin/capture.xhtml", visitor, "/admin/events.xhtml",
                    By.cssSelector("#events\\:views\\:table a"), By.id("capture-link")),
            following("admin/event-poster.xhtml", visitor, "/admin/events.xhtml",
                    By.cssSelector("#events\\:views\\:table a"), By.id("poster-link")),
            following("admin/import.xhtml", visitor, "/admin/events.xhtml",
                    By.cssSelector("#events\\:views\\:table a"), By.id("import-link")),
            at("admin/reports.xhtml", visitor, "/admin/reports.xhtml"),
            following("admin/report-schedules.xhtml", visitor, "/admin/reports.xhtml",
                    By.id("schedule-report")),
            at("admin/campaigns.xhtml", visitor, "/admin/campaigns.xhtml"),
            following("admin/campaign.xhtml", visitor, "/admin/campaigns.xhtml",
                    By.cssSelector("#campaigns tbody a")),
            following("admin/shared-campaign.xhtml", visitor, "/admin/campaigns.xhtml",
                    By.cssSelector("#shared-campaigns tbody a")),
            at("admin/showcase.xhtml", visitor, "/admin/showcase.xhtml"),
            following("admin/showcase-invitations.xhtml", visitor, "/admin/showcase.xhtml",
                    By.id("showcase-invitations")),
            at("WEB-INF/errors/forbidden.xhtml", visitor, "/admin/tenants.xhtml"));
    }

    /** The lead list showing a bulk e-mail's preview (nothing is sent): its count, its reasons, the message. */
    private static AuditedPage bulkEmailPreview(Visitor visitor) {
        return new AuditedPage("admin/leads.xhtml", visitor, LEAD_LIST + " → the preview of a bulk e-mail",
                AuditedPages::previewABulkEmailToTheLead);
    }

    /** The lead list with the demo's lead ticked and the English first contact previewed for her. */
    private static void previewABulkEmailToTheLead(Browser browser) {
        browser.go(LEAD_LIST);
        By row = By.xpath("//tbody//tr[.//a[normalize-space()='" + LEAD_NAME + "']]");
        browser.find(row).findElement(By.cssSelector(".ui-chkbox-box")).click();
        browser.waitFor().until(ExpectedConditions.attributeContains(row, "aria-selected", "true"));
        new Select(browser.find(By.id("leads:bulkTemplate"))).selectByVisibleText("First contact (en)");
        browser.clickAndWaitFor(By.id("leads:bulk-email"), By.id("email-preview"));
    }

    /** The pages where a centre's admin keeps its catalogue, offers, settings and people. */
    private static List<AuditedPage> centreAdminPages(Visitor visitor) {
        return List.of(
            at("admin/index.xhtml", visitor, "/admin/"),
            at("admin/programs.xhtml", visitor, "/admin/programs.xhtml"),
            following("admin/program.xhtml", visitor, "/admin/programs.xhtml",
                    By.cssSelector("#programs\\:table tbody a")),
            at("admin/centres.xhtml", visitor, "/admin/centres.xhtml"),
            at("admin/offers.xhtml", visitor, "/admin/offers.xhtml"),
            following("admin/offer.xhtml", visitor, "/admin/offers.xhtml",
                    By.cssSelector("#offers\\:table tbody a")),
            following("admin/offer-applications.xhtml", visitor, "/admin/offers.xhtml",
                    By.cssSelector("#offers\\:table tbody a"), By.id("offer-applications")),
            following("admin/tenant.xhtml", visitor, "/admin/", By.id("nav-my-tenant")),
            at("admin/inquiry-settings.xhtml", visitor, "/admin/inquiry-settings.xhtml"),
            at("admin/lost-reasons.xhtml", visitor, "/admin/lost-reasons.xhtml"),
            at("admin/users.xhtml", visitor, "/admin/users.xhtml"),
            following("admin/user.xhtml", visitor, "/admin/users.xhtml",
                    By.cssSelector("#users\\:table tbody a")),
            at("admin/privacy.xhtml", visitor, "/admin/privacy.xhtml"),
            following("admin/incidents.xhtml", visitor, "/admin/privacy.xhtml", By.id("incidents-link")),
            following("admin/incident.xhtml", visitor, "/admin/incidents.xhtml", By.id("new-incident")),
            incidentSentEmpty(visitor),
            at("demo/mailbox.xhtml", visitor, "/demo/mailbox.xhtml"),
            following("demo/mailbox.xhtml", visitor, "/demo/mailbox.xhtml", By.cssSelector("a.mailbox-open")));
    }

    private static AuditedPage at(String view, Visitor visitor, String address) {
        return new AuditedPage(view, visitor, address, browser -> browser.go(address));
    }

    /** A public page at its French address and at its English one, or where the same links lead from each. */
    private static List<AuditedPage> inFrenchAndEnglish(String view, String french, String english, By... links) {
        return List.of(following(view, Visitor.PUBLIC, french, links),
                following(view, Visitor.PUBLIC, english, links).contrastMeasuredInTheOtherLanguage());
    }

    /** The English pass of pages whose French pass measured their colours. */
    private static List<AuditedPage> contrastMeasuredInFrench(List<AuditedPage> pages) {
        return pages.stream().map(AuditedPage::contrastMeasuredInTheOtherLanguage).toList();
    }

    /** The page a link leads to, from a page that lists it; each link in turn. */
    private static AuditedPage following(String view, Visitor visitor, String from, By... links) {
        StringBuilder description = new StringBuilder(from);
        for (By link : links) {
            description.append(" → ").append(link);
        }
        return new AuditedPage(view, visitor, description.toString(), browser -> {
            browser.go(from);
            for (By link : links) {
                browser.go(browser.find(link).getAttribute("href").substring(browser.base().length()));
            }
        });
    }

    /** The information form sent empty: every error message shown, each field marked invalid. */
    private static AuditedPage informationFormSentEmpty() {
        return new AuditedPage("WEB-INF/inquiry/form.xhtml", Visitor.PUBLIC, "/fr/information sent empty", browser -> {
            browser.go("/fr/information");
            var submit = browser.find(By.id("inquiry:submit"));
            submit.click();
            browser.waitUntilReplaced(submit);
        });
    }

    /** A new incident sent empty: every required field's message shown. */
    private static AuditedPage incidentSentEmpty(Visitor visitor) {
        return new AuditedPage("admin/incident.xhtml", visitor, "a new incident sent empty", browser -> {
            browser.go("/admin/incident.xhtml");
            browser.clickAndWaitFor(By.id("incident:save"), By.cssSelector("#incident .ui-message-error"));
        });
    }

    /** An incident as it stands once recorded: the message that says so, and its history. */
    private static AuditedPage incidentRecorded() {
        return new AuditedPage("admin/incident.xhtml", Visitor.CSS_ADMIN, "an incident recorded, with its history",
                browser -> {
                    browser.go("/admin/incident.xhtml");
                    browser.type(By.id("incident:information"), "Adresses courriel");
                    browser.type(By.id("incident:circumstances"), "Courriel groupé sans copie cachée");
                    java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("America/Toronto"));
                    IncidentBrowserIT.date(browser, "incident:started", today);
                    IncidentBrowserIT.date(browser, "incident:learned", today);
                    browser.clickAndWaitFor(By.id("incident:save"), By.id("incident-history"));
                });
    }

    private static AuditedPage passwordResetFromItsEmail() {
        return new AuditedPage("password-reset.xhtml", Visitor.PUBLIC, "the link of a password reset e-mail", browser -> {
            browser.go("/password-forgotten.xhtml");
            browser.type(By.id("forgotten:email"), RESET_ACCOUNT);
            var submit = browser.find(By.id("forgotten:submit"));
            submit.click();
            browser.waitUntilReplaced(submit);
            mailedLink(browser, TestMailServer.awaitMessageTo(RESET_ACCOUNT), "/password-reset.xhtml");
        });
    }

    /** The applicant's own file, from the private link her recruiter sends her. */
    private static AuditedPage applicantFileFromItsEmail() {
        return new AuditedPage("dossier.xhtml", Visitor.PUBLIC, "the applicant's file, from the link sent to her",
                browser -> {
                    browser.signIn(DemoAccounts.FJORD_RECRUITER, DemoAccounts.PASSWORD);
                    browser.go(LEAD_LIST);
                    browser.clickAndWaitFor(By.linkText(LEAD_NAME), By.id("lead:send-link"));
                    browser.clickAndWaitFor(By.id("lead:send-link"), By.cssSelector("#lead\\:messages .ui-messages-info"));
                    mailedLink(browser, TestMailServer.awaitMessageTo(LEAD_EMAIL, "Votre dossier"), "/dossier.xhtml");
                });
    }

    /** The unsubscribe page, from the link of a bulk e-mail her recruiter sends her. */
    private static AuditedPage unsubscribeFromABulkEmail() {
        return new AuditedPage("desabonnement.xhtml", Visitor.PUBLIC, "the unsubscribe link of a bulk e-mail",
                browser -> {
                    browser.signIn(DemoAccounts.FJORD_RECRUITER, DemoAccounts.PASSWORD);
                    previewABulkEmailToTheLead(browser);
                    browser.clickAndWaitFor(By.id("leads:send-email"), By.cssSelector("#leads\\:messages .ui-messages-info"));
                    mailedLink(browser, TestMailServer.awaitMessageTo(LEAD_EMAIL, "Your study plans: "),
                            "/desabonnement.xhtml");
                });
    }

    /** The page that frees a seat, from the link of the confirmation a registrant receives. */
    private static AuditedPage unregisterFromAConfirmation() {
        return new AuditedPage("inscription.xhtml", Visitor.PUBLIC, "the link of an event's confirmation",
                browser -> {
                    browser.go("/en/events");
                    browser.clickAndWaitFor(By.cssSelector("#events h2 a"), By.id("event-title"));
                    String email = "seat." + java.util.UUID.randomUUID().toString().substring(0, 8) + "@example.sn";
                    browser.type(By.id("registration:firstName"), "Awa");
                    browser.type(By.id("registration:lastName"), "Diop");
                    browser.type(By.id("registration:email"), email);
                    new Select(browser.find(By.id("registration:countryOfResidence"))).selectByValue("SN");
                    browser.find(By.cssSelector("label[for='registration:consentToContact']")).click();
                    browser.clickAndWaitFor(By.id("registration:submit"), By.id("registration-confirmation"));
                    mailedLink(browser, TestMailServer.awaitMessageTo(email), "/inscription.xhtml");
                });
    }

    /** The posting page a class's link opens, as the apprentice sees it on arriving. */
    private static AuditedPage showcasePostingFromAClassLink() {
        return new AuditedPage("vitrine-publier.xhtml", Visitor.PUBLIC, "a class's showcase link",
                browser -> browser.driver().get(ShowcaseForms.classLink(browser).replace(MAILED_BASE, browser.base())));
    }

    /** The posting page sent empty: every field's message beside it. */
    private static AuditedPage showcasePostingSentEmpty() {
        return new AuditedPage("vitrine-publier.xhtml", Visitor.PUBLIC, "a class's showcase link, sent empty",
                browser -> {
                    browser.driver().get(ShowcaseForms.classLink(browser).replace(MAILED_BASE, browser.base()));
                    var submit = browser.find(By.id("post:submit"));
                    submit.click();
                    browser.waitUntilReplaced(submit);
                    browser.find(By.id("post:displayName-message"));
                });
    }

    /** The person's own page, from the link the confirmation gives after posting. */
    private static AuditedPage showcaseOwnPageAfterPosting() {
        return new AuditedPage("vitrine-profil.xhtml", Visitor.PUBLIC, "the apprentice's own page after posting",
                browser -> {
                    browser.driver().get(ShowcaseForms.classLink(browser).replace(MAILED_BASE, browser.base()));
                    ShowcaseForms.post(browser, "Audit", "audit.vitrine@exemple.demo", 2004,
                            ShowcaseForms.photoFile(), null);
                    browser.go(browser.find(By.id("own-link")).getAttribute("href").substring(browser.base().length()));
                });
    }

    /** The guardian's page, from the e-mail sent when a person under 14 posts. */
    private static AuditedPage showcaseGuardianPageFromItsEmail() {
        return new AuditedPage("vitrine-tuteur.xhtml", Visitor.PUBLIC, "the guardian's link of a profile under 14",
                browser -> {
                    browser.driver().get(ShowcaseForms.classLink(browser).replace(MAILED_BASE, browser.base()));
                    String guardian = "tuteur.audit." + java.util.UUID.randomUUID().toString().substring(0, 6)
                            + "@exemple.demo";
                    ShowcaseForms.post(browser, "Audit jeune", "jeune.audit@exemple.demo",
                            java.time.Year.now().getValue() - 12, ShowcaseForms.photoFile(), guardian);
                    mailedLink(browser, TestMailServer.awaitMessageTo(guardian), "/vitrine-tuteur.xhtml");
                });
    }

    /** The page a candidate answers an interview's invitation on, from the link of the invitation. */
    private static AuditedPage interviewAnswerFromItsInvitation() {
        return new AuditedPage("entrevue.xhtml", Visitor.PUBLIC, "the answer to an interview's invitation",
                browser -> {
                    browser.signIn(DemoAccounts.FJORD_RECRUITER, DemoAccounts.PASSWORD);
                    browser.go("/admin/leads.xhtml?country=CO");
                    browser.clickAndWaitFor(By.linkText("Lucía Fernández"), By.id("lead-name"));
                    browser.clickAndWaitFor(By.cssSelector("#applications .application-link"),
                            By.id("applications-title"));
                    browser.find(By.xpath("//div[contains(@class,'application-card')][a[normalize-space()="
                            + "'Lucía Fernández']]")).findElement(By.cssSelector(".lead-card-move")).click();
                    browser.waitFor().until(org.openqa.selenium.support.ui.ExpectedConditions
                            .textToBePresentInElementLocated(By.id("chosen"), "Lucía Fernández"));
                    browser.type(By.id("applications:date"), (java.time.LocalDate.now().getYear() + 1) + "-06-02");
                    browser.type(By.id("applications:time"), "10:00");
                    browser.type(By.id("applications:place"), "Salle 3");
                    browser.clickAndWaitFor(By.id("applications:schedule"),
                            By.cssSelector("#applications\\:messages .ui-messages-info"));
                    mailedLink(browser, TestMailServer.awaitMessageTo("lucia.fernandez@exemple.demo", "Interview"),
                            "/entrevue.xhtml");
                });
    }

    /** Opens the link of an e-mail as its recipient would, with no session of the sender's. */
    private static void mailedLink(Browser browser, jakarta.mail.Message message, String path) {
        browser.forgetEverything();
        browser.driver().get(TestMailServer.linkTo(message, path).replace(MAILED_BASE, browser.base()));
    }
}
