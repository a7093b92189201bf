package ca.tremplin.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.testsupport.DemoAccounts;
import ca.tremplin.testsupport.Deployments;
import ca.tremplin.testsupport.HttpVisitor;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A recruiter double-clicks "send the template" on the lead list: the two posts of the page reach the server at the
 * same moment, and each person chosen receives the message once; the second click is told why nothing was sent.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BulkEmailDoubleClickIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL deployment;

    /** Nauru: a country no other test's people live in, so that the filtered list holds these two alone. */
    private static final String COUNTRY = "NR";

    /**
     * Every filter of the address stays after a click on the page (a bulk action, saving the filter): the menus used
     * to empty themselves on any post, and the list, its exports and the saved filter then covered other leads.
     */
    @Test
    void theFiltersOfTheAddressStayWhateverButtonIsClicked() throws Exception {
        HttpVisitor recruiter = new HttpVisitor(deployment);
        recruiter.signIn(DemoAccounts.FJORD_RECRUITER, DemoAccounts.PASSWORD);
        String list = "admin/leads.xhtml?stage=NEW&owner=0&source=FAIR&country=" + COUNTRY;
        String name = "Nauru " + java.util.UUID.randomUUID().toString().substring(0, 6);
        String saved = recruiter.submit(list, "leads", Map.of("leads:filterName", name), "leads:save-filter").body();

        Matcher export = Pattern.compile("id=\"export-leads-csv\" href=\"([^\"]*)\"").matcher(saved);
        assertTrue(export.find(), saved);
        for (String kept : List.of("stage=NEW", "owner=0", "source=FAIR", "country=" + COUNTRY)) {
            assertTrue(export.group(1).contains(kept), kept + " kept in the export: " + export.group(1));
        }
        Matcher link = Pattern.compile("href=\"[^\"]*/admin/leads\\.xhtml\\?([^\"]*)\" class=\"saved-filter\">"
                + Pattern.quote(name) + "<").matcher(saved);
        assertTrue(link.find(), "the saved filter is listed: " + saved);
        String query = link.group(1).replace("&amp;", "&");
        for (String kept : List.of("stage=NEW", "owner=0", "source=FAIR", "country=" + COUNTRY)) {
            assertTrue(query.contains(kept), kept + " kept in the saved filter: " + query);
        }
        assertTrue(saved.matches("(?s).*<option value=\"NEW\" selected=\"selected\">.*"),
                "the stage menu still shows the filter");
    }

    @Test
    void aDoubleClickOnSendSendsTheTemplateOnceToEachPersonChosen() throws Exception {
        List<String> people = List.of(person(), person());
        HttpVisitor recruiter = new HttpVisitor(deployment);
        recruiter.signIn(DemoAccounts.FJORD_RECRUITER, DemoAccounts.PASSWORD);
        String list = "admin/leads.xhtml?country=" + COUNTRY;
        String page = recruiter.get(list).body();
        List<String> chosen = new ArrayList<>();
        // A row's key: the lead, then the owner the list shows it with.
        Matcher row = Pattern.compile("<tr[^>]*data-rk=\"(\\d+)-\\d*\"").matcher(page);
        while (row.find()) {
            chosen.add(row.group(1));
        }
        assertEquals(2, chosen.size(), "the two people of Nauru on the list: " + chosen);
        Matcher template = Pattern.compile("id=\"leads:bulkTemplate\"[^>]*>\\s*<option value=\"\"[^>]*>[^<]*</option>"
                + "\\s*<option value=\"(\\d+)\"").matcher(page);
        assertTrue(template.find(), "a reply template to choose, after an empty choice: none is chosen for the recruiter");

        Map<String, Long> before = new java.util.HashMap<>();
        for (String email : people) {
            before.put(email, mailsTo(email));
        }
        String preview = recruiter.send(recruiter.formOn(list, page, "leads", Map.of("leads:table_selection",
                String.join(",", chosen), "leads:bulkTemplate", template.group(1)), "leads:bulk-email")).body();
        assertTrue(preview.contains("id=\"leads:send-email\""), "the preview, and its button that sends: "
                + messages(preview));
        HttpRequest send = recruiter.formOn(list, preview, "leads", Map.of(), "leads:send-email");
        CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(() -> sent(recruiter, send));
        CompletableFuture<HttpResponse<String>> second = CompletableFuture.supplyAsync(() -> sent(recruiter, send));
        List<String> said = List.of(first.get().body(), second.get().body());

        List<String> messages = said.stream().map(BulkEmailDoubleClickIT::messages).toList();
        for (String email : people) {
            assertEquals(1, mailsTo(email) - before.get(email), "one message to " + email + "; the page said "
                    + messages);
        }
        assertEquals(1, said.stream().filter(body -> body.contains("Courriel envoyé à 2 personnes.")).count(),
                messages.toString());
        assertEquals(1, said.stream().filter(body -> body.contains("vient d’être envoyé à ces personnes")).count(),
                "the second click is told why nothing was sent: " + messages);
    }

    /**
     * Before a bulk e-mail goes, the page shows how many of the people chosen will receive it and the message as the
     * first of them will read it — their name merged in, the centre's footer and its links, each person's token shown
     * "…" — and sends nothing. "Send" then sends that message to exactly those counted, even when other people were
     * ticked meanwhile; "Back to edit" keeps the template chosen.
     */
    @Test
    void thePreviewCountsTheRecipientsAndShowsTheFirstOnesMessageAndSendGoesToExactlyThoseCounted()
            throws Exception {
        String family = "Apinelu" + UUID.randomUUID().toString().substring(0, 6).replace("-", "");
        // Tonga: Nauru's list holds the double click's two alone.
        List<String> emails = askers(family, "TO", 3, -1);
        List<String> ids = leadsOf(emails);
        HttpVisitor recruiter = new HttpVisitor(deployment);
        recruiter.signIn(DemoAccounts.FJORD_RECRUITER, DemoAccounts.PASSWORD);
        String list = "admin/leads.xhtml?q=" + family;
        String page = recruiter.get(list).body();
        Matcher french = Pattern.compile("<option value=\"(\\d+)\">Premier contact \\(fr\\)</option>").matcher(page);
        assertTrue(french.find(), "the centre's French first contact");
        String template = french.group(1);

        String preview = recruiter.send(recruiter.formOn(list, page, "leads", Map.of("leads:table_selection",
                ids.get(0) + "," + ids.get(1), "leads:bulkTemplate", template), "leads:bulk-email")).body();

        assertEquals("Destinataires : 2 sur 2 candidats choisis", shown(preview, "email-preview-count"),
                messages(preview));
        assertTrue(shown(preview, "email-preview-for").contains(emails.get(0)),
                "shown as the first of them receives it: " + shown(preview, "email-preview-for"));
        String subject = shown(preview, "email-preview-subject");
        String text = shown(preview, "email-preview-text");
        assertTrue(text.startsWith("Bonjour Sione 0,"), "their name merged in: " + text);
        assertTrue(text.contains("Expéditeur : ") && text.contains("/desabonnement.xhtml?token=…&lang=fr"),
                "the footer CASL wants, as the real message has it: " + text);
        assertTrue(text.contains("/consentements.xhtml?token=…"), "and the consent link every mail ends with");
        for (String email : emails) {
            assertEquals(0, firstContactsTo(email), "a preview sends nothing");
        }
        assertTrue(preview.matches("(?s).*id=\"leads:bulkTemplate\"[^>]*disabled.*"),
                "the template is kept as previewed while the preview is shown");

        String back = recruiter.send(recruiter.formOn(list, preview, "leads", Map.of(), "leads:edit-email")).body();
        assertFalse(back.contains("id=\"email-preview\""), "back to the choices");
        assertTrue(back.contains("<option value=\"" + template + "\" selected=\"selected\">"),
                "the template chosen is still chosen");
        preview = recruiter.send(recruiter.formOn(list, back, "leads", Map.of("leads:table_selection",
                ids.get(0) + "," + ids.get(1), "leads:bulkTemplate", template), "leads:bulk-email")).body();

        // The third person ticked after the preview: "Send" sends what the preview counted, to them and no other.
        String done = recruiter.send(recruiter.formOn(list, preview, "leads", Map.of("leads:table_selection",
                String.join(",", ids)), "leads:send-email")).body();

        assertTrue(done.contains("Courriel envoyé à 2 personnes."), messages(done));
        assertEquals(1, firstContactsTo(emails.get(0)));
        assertEquals(1, firstContactsTo(emails.get(1)));
        assertEquals(0, firstContactsTo(emails.get(2)), "nobody the preview did not count");
        assertEquals(subject, ca.tremplin.testsupport.TestDatabase.firstColumn(
                "select subject from outbox_message where recipient = ? and " + FIRST_CONTACT, emails.get(0)));
        assertEquals(text, ca.tremplin.kernel.SecretLinks.withoutSecrets(ca.tremplin.testsupport.TestDatabase
                        .firstColumn("select body_text from outbox_message where recipient = ? and " + FIRST_CONTACT,
                                emails.get(0))).strip(),
                "the message sent is the one previewed, its tokens aside");
    }

    /**
     * The preview says how many will receive the e-mail, how many are left out grouped by why, each group naming its
     * people, and, the recipients reading two languages, how many get each version and both messages; nothing goes
     * before "Send to N people". A recipient who unsubscribes between the preview and "Send" stops the sending: the
     * page says the recipients changed, sends nobody anything and shows the new preview, which "Send" then sends.
     */
    @Test
    void thePreviewGroupsThoseLeftOutShowsBothVersionsAndARecipientWhoUnsubscribesMeanwhileStopsTheSending()
            throws Exception {
        String family = "Leota" + UUID.randomUUID().toString().substring(0, 6).replace("-", "");
        // The second person writes in English: they read the English version.
        List<String> emails = askers(family, "WS", 4, 1);
        List<String> ids = leadsOf(emails);
        HttpVisitor recruiter = new HttpVisitor(deployment);
        recruiter.signIn(DemoAccounts.FJORD_RECRUITER, DemoAccounts.PASSWORD);
        String list = "admin/leads.xhtml?q=" + family;
        String page = recruiter.get(list).body();
        String french = templateNamed(page, "Premier contact (fr)");
        String english = templateNamed(page, "First contact (en)");
        String documents = templateNamed(page, "Documents à fournir (fr)");

        // An earlier e-mail to the last two, whose unsubscribe links they will use.
        String earlier = recruiter.send(recruiter.formOn(list, page, "leads", Map.of("leads:table_selection",
                ids.get(2) + "," + ids.get(3), "leads:bulkTemplate", documents), "leads:bulk-email")).body();
        String earlierSent = recruiter.send(recruiter.formOn(list, earlier, "leads",
                Map.of("email-preview-shown", previewShown(earlier)), "leads:send-email")).body();
        assertTrue(earlierSent.contains("Courriel envoyé à 2 personnes."), messages(earlierSent));
        unsubscribe(emails.get(3));

        String preview = recruiter.send(recruiter.formOn(list, earlierSent, "leads", Map.of("leads:table_selection",
                String.join(",", ids), "leads:bulkTemplate", french, "leads:bulkOtherLanguage", english),
                "leads:bulk-email")).body();

        assertEquals("Destinataires : 3 sur 4 candidats choisis", shown(preview, "email-preview-count"),
                messages(preview));
        assertEquals("Laissés de côté : 1, par raison :", shown(preview, "email-preview-left-out-count"));
        String unsubscribed = reason(preview, "casl.unsubscribed");
        assertTrue(unsubscribed.startsWith("désabonnés des envois groupés du centre : 1")
                && unsubscribed.contains("Sione 3 " + family), "the group, its count and its person: " + unsubscribed);
        assertTrue(reasonMarkup(preview, "casl.unsubscribed").contains("/admin/lead.xhtml?id=" + ids.get(3) + "\""),
                "the person named links to their page: " + reasonMarkup(preview, "casl.unsubscribed"));
        assertEquals("Version française : 2 personnes", shown(preview, "email-preview-version"));
        assertEquals("Version anglaise : 1 personne", shown(preview, "email-preview-version-other"));
        assertTrue(shown(preview, "email-preview-text").startsWith("Bonjour Sione 0,"),
                "the first recipient's message: " + shown(preview, "email-preview-text"));
        assertTrue(shown(preview, "email-preview-text-other").startsWith("Hello Sione 1,")
                        && shown(preview, "email-preview-text-other").contains("&lang=en"),
                "the other version, as its first reader gets it: " + shown(preview, "email-preview-text-other"));
        assertTrue(preview.contains(">Envoyer à 3 personnes<"), "the button says how many it sends to");
        assertNothingSentOfTheFirstContact(emails, "a preview sends nothing");

        // The third person unsubscribes, from the earlier e-mail's link, before the recruiter clicks "Send".
        unsubscribe(emails.get(2));
        String stopped = recruiter.send(recruiter.formOn(list, preview, "leads",
                Map.of("email-preview-shown", previewShown(preview)), "leads:send-email")).body();

        assertTrue(stopped.contains("Rien n’a été envoyé : les destinataires ont changé depuis l’aperçu (1 n’y est"
                + " plus, aucun ne s’y ajoute)"), messages(stopped));
        assertEquals("Destinataires : 2 sur 4 candidats choisis", shown(stopped, "email-preview-count"),
                "the new preview, in place of the old one");
        assertTrue(reason(stopped, "casl.unsubscribed").startsWith("désabonnés des envois groupés du centre : 2"));
        assertNothingSentOfTheFirstContact(emails, "nothing sent to a set the recruiter did not see");

        // The old preview's "Send", posted again (a second click on the page that was shown): still nothing.
        String again = recruiter.send(recruiter.formOn(list, stopped, "leads",
                Map.of("email-preview-shown", previewShown(preview)), "leads:send-email")).body();
        assertTrue(again.contains("Rien n’a été envoyé : l’aperçu a changé"), messages(again));
        assertNothingSentOfTheFirstContact(emails, "only the preview shown is confirmed");

        String done = recruiter.send(recruiter.formOn(list, stopped, "leads",
                Map.of("email-preview-shown", previewShown(stopped)), "leads:send-email")).body();
        assertTrue(done.contains("Courriel envoyé à 2 personnes ; 2 candidats laissés de côté."), messages(done));
        assertEquals(1, firstContactsTo(emails.get(0)));
        assertEquals(1, ca.tremplin.testsupport.TestDatabase.count("select count(*) from outbox_message"
                + " where recipient = ? and subject like 'Your study plans: %'", emails.get(1)), "in English");
        assertEquals(0, firstContactsTo(emails.get(2)), "unsubscribed");
        assertEquals(0, firstContactsTo(emails.get(3)), "unsubscribed");
    }

    private static void assertNothingSentOfTheFirstContact(List<String> emails, String why) throws Exception {
        for (String email : emails) {
            assertEquals(0, firstContactsTo(email), why + ": " + email);
            assertEquals(0, ca.tremplin.testsupport.TestDatabase.count("select count(*) from outbox_message"
                    + " where recipient = ? and subject like 'Your study plans: %'", email), why + ": " + email);
        }
    }

    /** The person unsubscribes with the one-click address of the last bulk e-mail they received. */
    private void unsubscribe(String email) throws Exception {
        String oneClick = ca.tremplin.testsupport.TestDatabase.firstColumn("select one_click_unsubscribe from"
                + " outbox_message where recipient = ? and one_click_unsubscribe is not null order by id desc", email);
        assertTrue(oneClick != null, "a bulk e-mail reached " + email);
        HttpResponse<String> answer = new HttpVisitor(deployment).post(
                oneClick.substring(oneClick.indexOf("api/unsubscribe/")), "application/x-www-form-urlencoded",
                "List-Unsubscribe=One-Click", Map.of());
        assertTrue(answer.statusCode() < 300, "unsubscribed: " + answer.statusCode() + " " + answer.body());
    }

    /** The value of the template of this label in the page's menu. */
    private static String templateNamed(String page, String label) {
        Matcher option = Pattern.compile("<option value=\"(\\d+)\">" + Pattern.quote(label) + "</option>")
                .matcher(page);
        assertTrue(option.find(), "the centre's template " + label);
        return option.group(1);
    }

    /** The preview the page shows, which its "Send" confirms, as a browser sends the form's hidden field. */
    private static String previewShown(String page) {
        Matcher shown = Pattern.compile("name=\"email-preview-shown\" value=\"([^\"]+)\"").matcher(page);
        assertTrue(shown.find(), "a preview is shown: " + messages(page));
        return shown.group(1);
    }

    /** What the preview says of those left out for this reason (a message key), as a person reads it. */
    private static String reason(String page, String key) {
        return reasonMarkup(page, key).replaceAll("<[^>]+>", "").replaceAll("\\s+", " ").strip();
    }

    /** The markup of the preview's line on those left out for this reason (a message key). */
    private static String reasonMarkup(String page, String key) {
        Matcher group = Pattern.compile("data-reason=\"" + Pattern.quote(key) + "\"[^>]*>(.*?)</li>",
                Pattern.DOTALL).matcher(page);
        assertTrue(group.find(), key + " among the reasons: " + page);
        return group.group(1);
    }

    /** The subject of the centre's French first contact, merged ("Votre projet d’études : Soudage-montage"). */
    private static final String FIRST_CONTACT = "subject like 'Votre projet d’études : %'";

    /**
     * The bulk e-mails of the French first contact sent to this address (the acknowledgement of the person's request,
     * sent when it is routed, is another message).
     */
    private static long firstContactsTo(String email) throws Exception {
        return ca.tremplin.testsupport.TestDatabase.count(
                "select count(*) from outbox_message where recipient = ? and " + FIRST_CONTACT, email);
    }

    /**
     * People of one family, "Sione 0" to "Sione {count - 1}", living in {@code country}, who ask the CSS du Fjord for
     * information through a partner site, the one at {@code inEnglish} (none: -1) writing in English; their addresses.
     */
    private List<String> askers(String family, String country, int count, int inEnglish) throws Exception {
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String email = family.toLowerCase(java.util.Locale.ROOT) + "." + i + "@example."
                    + country.toLowerCase(java.util.Locale.ROOT);
            String body = """
                    {"firstName": "Sione %d", "lastName": "%s", "email": "%s", "countryOfResidence": "%s",
                     "citizenship": "%s", "schoolBoard": "css-du-fjord", "consentToContact": true}"""
                    .formatted(i, family, email, country, country);
            Map<String, String> language = i == inEnglish ? Map.of("Accept-Language", "en") : Map.of();
            assertEquals(201, new HttpVisitor(deployment).post("api/inquiries", "application/json", body, language)
                    .statusCode());
            emails.add(email);
        }
        return emails;
    }

    private static List<String> leadsOf(List<String> emails) throws Exception {
        List<String> ids = new ArrayList<>();
        for (String email : emails) {
            ids.add(leadOf(email));
        }
        return ids;
    }

    /** The lead a request made of this address, once routed (within seconds of its receipt). */
    private static String leadOf(String email) throws Exception {
        for (int tries = 0; tries < 100; tries++) {
            String id = ca.tremplin.testsupport.TestDatabase.firstColumn(
                    "select id from `lead` where email_normalized = ?", email);
            if (id != null) {
                return id;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no lead for " + email);
    }

    /** The text of the element of this id, as a person reads it (its markup's entities read). */
    private static String shown(String page, String id) {
        Matcher element = Pattern.compile("id=\"" + Pattern.quote(id) + "\"[^>]*>(.*?)</(?:p|dd|div|h4)>",
                Pattern.DOTALL).matcher(page);
        assertTrue(element.find(), id + " shown: " + page);
        Matcher entity = Pattern.compile("&(#\\d+|#x[0-9a-fA-F]+|lt|gt|quot|amp|nbsp|apos);").matcher(
                element.group(1).replaceAll("<[^>]+>", "").strip());
        StringBuilder text = new StringBuilder();
        while (entity.find()) {
            String name = entity.group(1);
            int character = switch (name) {
                case "lt" -> '<';
                case "gt" -> '>';
                case "quot" -> '"';
                case "amp" -> '&';
                case "nbsp" -> '\u00a0';
                case "apos" -> '\'';
                default -> name.startsWith("#x") ? Integer.parseInt(name.substring(2), 16)
                        : Integer.parseInt(name.substring(1));
            };
            entity.appendReplacement(text, Matcher.quoteReplacement(Character.toString(character)));
        }
        entity.appendTail(text);
        return text.toString();
    }

    /**
     * The whole filtered list, chosen by its own box, which says how many: a tag then reaches every lead of it, on
     * every page, not only the rows ticked (a header's box that chose "all", then a row unticked, acted on the rows of
     * one page without a word of the others).
     */
    @Test
    void theWholeListIsChosenByItsCountAndATagReachesEveryLeadOfItOnEveryPage() throws Exception {
        String family = "Tuvalu" + UUID.randomUUID().toString().substring(0, 6).replace("-", "");
        for (int i = 0; i < 27; i++) {
            String body = """
                    {"firstName": "Sione %d", "lastName": "%s", "email": "%s.%d@example.tv",
                     "countryOfResidence": "TV", "citizenship": "TV", "schoolBoard": "css-du-fjord",
                     "consentToContact": true}""".formatted(i, family, family.toLowerCase(java.util.Locale.ROOT), i);
            HttpResponse<String> answer = new HttpVisitor(deployment).post("api/inquiries", "application/json", body,
                    Map.of());
            assertEquals(201, answer.statusCode(), answer.body());
        }
        HttpVisitor recruiter = new HttpVisitor(deployment);
        recruiter.signIn(DemoAccounts.FJORD_RECRUITER, DemoAccounts.PASSWORD);
        String list = "admin/leads.xhtml?country=TV&q=" + family;
        String page = recruiter.get(list).body();
        assertTrue(page.contains("Candidats : 27"), "the list holds the 27 people");
        assertTrue(page.contains("Toute la liste, pas seulement les candidats cochés (27 candidats)"),
                "the whole list is offered by its count: " + page);
        String tag = family.toLowerCase(java.util.Locale.ROOT);

        // The whole list chosen, and two rows of the first page ticked besides (or unticked after a header's box):
        // every person of the list is tagged.
        Matcher row = Pattern.compile("<tr[^>]*data-rk=\"(\\d+)-\\d*\"").matcher(page);
        List<String> ticked = new ArrayList<>();
        while (row.find() && ticked.size() < 2) {
            ticked.add(row.group(1));
        }
        String done = recruiter.submit(list, "leads", Map.of("leads:bulkAll", "on", "leads:table_selection",
                String.join(",", ticked), "leads:bulkTag", tag), "leads:bulk-tag").body();

        assertTrue(done.contains("27 candidats modifiés."), "how many were changed, none skipped: " + messages(done));
        assertTrue(!done.contains("filters-unknown"), "a form's own fields are no unknown filter");
        assertEquals(27, ca.tremplin.testsupport.TestDatabase.count(
                "select count(*) from lead_tag where tag = ?", tag), "every person of the list is tagged");
    }

    /**
     * A link whose filter is misspelt ("contry") says so, instead of showing every lead as if they were the ones
     * asked for; the list and the board alike.
     */
    @Test
    void aFilterNoListHasIsSaidNotSilentlyDropped() throws Exception {
        HttpVisitor recruiter = new HttpVisitor(deployment);
        recruiter.signIn(DemoAccounts.FJORD_RECRUITER, DemoAccounts.PASSWORD);
        for (String page : List.of("admin/leads.xhtml", "admin/board.xhtml")) {
            String misspelt = recruiter.get(page + "?contry=SN&stage=NEW").body();
            assertTrue(misspelt.contains("Aucun filtre ne s’appelle ainsi : « contry »"), page + ": " + misspelt);
            String known = recruiter.get(page + "?country=SN&stage=NEW").body();
            assertTrue(known.contains("id=\"lead-filters\"") && !known.contains("filters-unknown"),
                    page + ": every name known, nothing said: " + known);
        }
    }

    /**
     * A link whose filter value cannot be read ("stage=nouveau", "owner=abc", a day that does not exist) shows the
     * list with the filters it could read and says which values it left out, where it answered "not found"; a stage
     * or a scope in lower case is read. The list, the board and the inbox alike.
     */
    @Test
    void aFilterValueThatCannotBeReadIsSaidAndTheRestStillFilters() throws Exception {
        String family = "Nauru" + UUID.randomUUID().toString().substring(0, 6).replace("-", "");
        for (int i = 0; i < 2; i++) {
            String body = """
                    {"firstName": "Eigigu %d", "lastName": "%s", "email": "%s.%d@example.nr",
                     "countryOfResidence": "NR", "citizenship": "NR", "schoolBoard": "css-du-fjord",
                     "consentToContact": true}""".formatted(i, family, family.toLowerCase(java.util.Locale.ROOT), i);
            assertEquals(201, new HttpVisitor(deployment).post("api/inquiries", "application/json", body, Map.of())
                    .statusCode());
        }
        HttpVisitor recruiter = new HttpVisitor(deployment);
        recruiter.signIn(DemoAccounts.FJORD_RECRUITER, DemoAccounts.PASSWORD);

        HttpResponse<String> lowerCase = recruiter.get("admin/leads.xhtml?stage=new&q=" + family);
        assertEquals(200, lowerCase.statusCode());
        assertTrue(lowerCase.body().contains("Candidats : 2"), "both new people listed: " + lowerCase.body());
        assertTrue(lowerCase.body().contains("<option value=\"NEW\" selected=\"selected\""),
                "the stage read and shown chosen in its menu");
        assertFalse(lowerCase.body().contains("filters-unreadable"), "nothing to say");

        HttpResponse<String> typo = recruiter.get(
                "admin/leads.xhtml?q=" + family + "&owner=abc&from=2026-02-30&reached=XYZ&country=NR");
        assertEquals(200, typo.statusCode(), "the list, not a page not found");
        assertTrue(typo.body().contains("Ces valeurs de filtre n’ont pas pu être lues : « owner=abc », "
                + "« from=2026-02-30 », « reached=XYZ ». Elles sont ignorées ; vérifiez le lien."), typo.body());
        assertTrue(typo.body().contains("Candidats : 2"), "the filters that could be read still filter");
        assertTrue(typo.body().contains("value=\"NR\""), "the country kept in its field");

        HttpResponse<String> board = recruiter.get("admin/board.xhtml?q=" + family + "&program=12x");
        assertEquals(200, board.statusCode());
        assertTrue(board.body().contains("« program=12x »"), board.body());
        HttpResponse<String> twice = recruiter.get("admin/leads.xhtml?q=" + family + "&stage=new&stage=perdu");
        assertTrue(twice.body().contains("Ces filtres sont donnés plusieurs fois dans l’adresse : « stage »"),
                twice.body());
        assertTrue(twice.body().contains("Candidats : 2"), "the first value read");
        assertTrue(board.body().contains("Eigigu 0") && board.body().contains("Eigigu 1"), "the board's cards");

        HttpResponse<String> inbox = recruiter.get("admin/inquiries.xhtml?scope=all");
        assertEquals(200, inbox.statusCode());
        assertTrue(inbox.body().matches("(?s).*id=\"scope-ALL\"[^>]*aria-current=\"page\".*"), "every request");
        assertTrue(inbox.body().contains("Dates et heures à l’heure de Montréal."),
                "the zone its times are written in, whatever the reader's browser says");
        HttpResponse<String> scope = recruiter.get("admin/inquiries.xhtml?scope=tout");
        assertEquals(200, scope.statusCode());
        assertTrue(scope.body().contains("Ces valeurs de filtre n’ont pas pu être lues : « scope=tout »"),
                scope.body());
        assertTrue(scope.body().matches("(?s).*id=\"scope-MINE\"[^>]*aria-current=\"page\".*"),
                "a recruiter's own requests, as without the parameter");
    }

    /** What the page said after a post: its messages. */
    private static String messages(String page) {
        Matcher said = Pattern.compile("ui-messages-(?:info|error)-(?:summary|detail)\"[^>]*>([^<]*)<").matcher(page);
        List<String> all = new ArrayList<>();
        while (said.find()) {
            all.add(said.group(1));
        }
        return all.isEmpty() ? page.substring(0, Math.min(page.length(), 400)) : String.join(" / ", all);
    }

    private static HttpResponse<String> sent(HttpVisitor visitor, HttpRequest post) {
        try {
            return visitor.send(post);
        } catch (Exception failed) {
            throw new IllegalStateException(failed);
        }
    }

    /** A person who asks the CSS du Fjord for information through a partner site: a lead of its list. */
    private String person() throws Exception {
        String email = "double." + UUID.randomUUID().toString().substring(0, 10) + "@example.nr";
        String body = """
                {"firstName": "Deiranauw", "lastName": "Detudamo", "email": "%s", "countryOfResidence": "%s",
                 "citizenship": "%s", "schoolBoard": "css-du-fjord", "consentToContact": true}"""
                .formatted(email, COUNTRY, COUNTRY);
        HttpResponse<String> answer = new HttpVisitor(deployment).post("api/inquiries", "application/json", body,
                Map.of());
        assertEquals(201, answer.statusCode(), answer.body());
        return email;
    }

    private static long mailsTo(String email) throws Exception {
        return ca.tremplin.testsupport.TestDatabase.count("select count(*) from outbox_message where recipient = ?", email);
    }
}
