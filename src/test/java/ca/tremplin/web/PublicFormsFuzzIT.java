package ca.tremplin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.testsupport.DemoAccounts;
import ca.tremplin.testsupport.Deployments;
import ca.tremplin.testsupport.HostileValues;
import ca.tremplin.testsupport.HttpVisitor;
import ca.tremplin.testsupport.PublicForms;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
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
 * The public forms as a prober or a careless paste fills them, posted as a browser without scripts would: every
 * hostile value of {@link HostileValues} in every field of the information request, of an event's registration and
 * of an offer's application, its CV's file name included (each field alone, the others valid, so that what is accepted is really stored), and all of them at once. Each post
 * answers the page, never a server error or a trace; a refusal says what is wrong beside the field; nothing is stored
 * from a refused post; and a value kept as text shows escaped on the back-office pages that show the person.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicFormsFuzzIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL deployment;

    private static final Set<Integer> PAGE_ANSWERS = Set.of(200, 302, 303);
    /** The values whose markup would run in a page if it were written out unescaped. */
    private static final List<String> MARKUP = List.of("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>");

    @Test
    void theInformationRequestFormAnswersEveryHostileValueInEveryFieldWithThePageOrAMessage() throws Exception {
        List<String> fields = List.of("firstName", "lastName", "email", "phone", "countryOfResidence", "citizenship",
                "birthYear", "education", "frenchLevel", "programIds_hinput", "preferredIntake", "heardFrom",
                "message", "guardianName", "guardianEmail", "website", "token", "referrer");
        List<String> failures = new ArrayList<>();
        for (String value : HostileValues.TEXTS) {
            for (String field : fields) {
                String email = uniqueEmail();
                Map<String, String> form = validInquiry(email);
                form.put("inquiry:" + field, value);
                HttpResponse<String> answer = new HttpVisitor(deployment).submit(
                        "fr/information?css=css-du-fjord", "inquiry", form, "inquiry:submit");
                failures.addAll(problemsOf("inquiry " + field + "=" + shown(value), answer,
                        answer.body().contains("id=\"confirmation\""), email, "inquiry"));
            }
            Map<String, String> allHostile = new LinkedHashMap<>();
            fields.forEach(field -> allHostile.put("inquiry:" + field, value));
            HttpResponse<String> answer = new HttpVisitor(deployment).submit("fr/information?css=css-du-fjord",
                    "inquiry", allHostile, "inquiry:submit");
            if (!PAGE_ANSWERS.contains(answer.statusCode()) || HttpVisitor.showsATrace(answer.body())) {
                failures.add("every field=" + shown(value) + ": " + answer.statusCode());
            }
        }
        assertEquals(List.of(), failures);
    }

    /**
     * The request form keeps no view state: a page of another site posting it in its visitors' browsers is refused
     * with a sentence, and nothing is recorded; the same post from the form's own page is taken.
     */
    @Test
    void aRequestFormPostedFromAnotherSitesPageIsRefusedAndRecordsNothing() throws Exception {
        HttpVisitor visitor = new HttpVisitor(deployment);
        java.net.http.HttpRequest post = visitor.form("fr/information?css=css-du-fjord", "inquiry",
                validInquiry(uniqueEmail()), "inquiry:submit");

        HttpResponse<String> refused = visitor.send(java.net.http.HttpRequest.newBuilder(post, (name, value) -> true)
                .header("Origin", "https://attaquant.example.org").build());
        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("ne vient pas d’une page de Tremplin"), refused.body());
        assertFalse(refused.body().contains("id=\"confirmation\""), "nothing recorded");

        String ownOrigin = deployment.toString().replaceAll("(https?://[^/]+).*", "$1");
        HttpVisitor fromHere = new HttpVisitor(deployment);
        Map<String, String> complete = validInquiry(uniqueEmail());
        complete.put("inquiry:citizenship", "SN");
        java.net.http.HttpRequest again = fromHere.form("fr/information?css=css-du-fjord", "inquiry", complete,
                "inquiry:submit");
        HttpResponse<String> taken = fromHere.send(java.net.http.HttpRequest.newBuilder(again, (name, value) -> true)
                .header("Origin", ownOrigin).build());
        assertTrue(taken.body().contains("id=\"confirmation\""), taken.body());
    }

    @Test
    void aBirthYearTypedWrongIsSaidBesideTheOtherFieldsProblemsNotInsteadOfThem() throws Exception {
        Map<String, String> form = validInquiry("pas-une-adresse");
        form.put("inquiry:birthYear", "abc");

        String page = new HttpVisitor(deployment).submit("fr/information?css=css-du-fjord", "inquiry", form,
                "inquiry:submit").body();

        assertTrue(page.contains("Une année entre 1930 et"), "the year's own message");
        assertTrue(page.contains("Cette adresse courriel n’est pas valide."), "and the address's, at the same time");
        assertFalse(page.contains("id=\"confirmation\""));
    }

    /**
     * A number typed without its country code is read with the country of residence — a French mobile typed "06…"
     * from Morocco is a Moroccan one — and the form says how it read it: beside the field when the form comes back,
     * to correct it before sending, and on the confirmation. (Comoros, as every post of these tests.)
     */
    @Test
    void aNumberTypedWithoutItsCountryCodeIsSaidAsItWasReadBesideTheFieldAndOnTheConfirmation() throws Exception {
        Map<String, String> form = validInquiry("pas-une-adresse");
        form.put("inquiry:citizenship", "KM");
        form.put("inquiry:phone", "321 23 45");

        String refused = new HttpVisitor(deployment).submit("fr/information?css=css-du-fjord", "inquiry", form,
                "inquiry:submit").body();
        assertTrue(refused.contains("id=\"phone-read\"") && refused.contains("Numéro compris ainsi : +269 321 23 45"),
                refused);

        form.put("inquiry:email", uniqueEmail());
        String sent = new HttpVisitor(deployment).submit("fr/information?css=css-du-fjord", "inquiry", form,
                "inquiry:submit").body();
        assertTrue(sent.contains("id=\"confirmation\""), sent);
        assertTrue(sent.contains("Votre numéro de téléphone a été compris ainsi : +269 321 23 45"), sent);
    }

    /**
     * A program the visitor chose (or that the program page's link named) and the centre archived before the form was
     * sent is said, not dropped: the request would otherwise go to the coordination without it.
     */
    @Test
    void aProgramWithdrawnBeforeTheFormIsSentIsSaidNotDroppedInSilence() throws Exception {
        String email = uniqueEmail();
        Map<String, String> form = validInquiry(email);
        form.put("inquiry:programIds_hinput", "987654321");

        String page = new HttpVisitor(deployment).submit("fr/information?program=987654321", "inquiry", form,
                "inquiry:submit").body();

        assertTrue(page.contains("Un programme choisi n’est plus offert"), page.replaceAll("<[^>]+>", " "));
        assertTrue(page.contains("Programme qui n’est plus offert"), "the choice shown for the visitor to take out");
        assertFalse(page.contains("id=\"confirmation\""));
        assertEquals("0", firstColumn("select count(*) from inquiry where email_normalized = ?", email),
                "the visitor sends again, without it or with another");
    }

    /**
     * A program withdrawn while the form was open is one problem among the others: said with them, at once, and what
     * the visitor typed is kept, as for any other refused field.
     */
    @Test
    void aProgramWithdrawnIsSaidBesideTheOtherFieldsProblemsNotInsteadOfThem() throws Exception {
        Map<String, String> form = validInquiry("pas-une-adresse");
        form.put("inquiry:programIds_hinput", "987654321");
        form.put("inquiry:birthYear", "abc");

        String page = new HttpVisitor(deployment).submit("fr/information?program=987654321", "inquiry", form,
                "inquiry:submit").body();

        String text = page.replaceAll("<[^>]+>", " ");
        assertTrue(page.contains("Un programme choisi n’est plus offert"), text);
        assertTrue(page.contains("Cette adresse courriel n’est pas valide."), "the address's, at the same time: " + text);
        assertTrue(page.contains("Une année entre 1930 et"), "and the year's: " + text);
        assertTrue(page.contains("value=\"pas-une-adresse\"") && page.contains("value=\"abc\""),
                "what was typed, kept for the visitor to correct");
        assertTrue(page.contains("Programme qui n’est plus offert"), "the choice shown for the visitor to take out");
        assertFalse(page.contains("id=\"confirmation\""));
    }

    @Test
    void aLinksMangledCentreOrOverlongCampaignCodeNeverStopsTheVisitorsRequest() throws Exception {
        for (String link : List.of("fr/information?css=CSS-du-Fjord&code=" + "c".repeat(70),
                "fr/information?css=css_du_fjord", "fr/information?css=%3Cnot%20a%20centre%3E")) {
            String email = uniqueEmail();
            Map<String, String> form = validInquiry(email);
            form.put("inquiry:citizenship", "KM");
            HttpResponse<String> answer = new HttpVisitor(deployment).submit(link, "inquiry", form, "inquiry:submit");
            assertTrue(answer.body().contains("id=\"confirmation\""), link + ": the request is recorded, not"
                    + " refused for a link the visitor cannot correct; the page said: "
                    + answer.body().replaceAll("(?s)<script.*?</script>", "").replaceAll("<[^>]+>", " ")
                    .replaceAll("\\s+", " "));
            assertEquals("1", firstColumn("select count(*) from inquiry where email_normalized = ?", email), link);
            boolean centreRead = !link.contains("not%20a%20centre");
            assertEquals(centreRead, answer.body().contains("transmise directement au Centre de services scolaire du"
                    + " Fjord"), link + ": a request from a centre's link goes to that centre, and says so");
        }
    }

    @Test
    void anEventsRegistrationAnswersEveryHostileValueAndTheBackOfficeShowsKeptMarkupEscaped() throws Exception {
        // An event the demo's CSS du Fjord organises (other tests add events of centres without a demo admin).
        String event = PublicForms.firstEventTakingRegistrations(deployment, "Centre de services scolaire du Fjord");
        List<String> fields = List.of("firstName", "lastName", "email", "phone", "countryOfResidence", "birthYear",
                "guardianName", "guardianEmail", "browserZone");
        List<String> failures = new ArrayList<>();
        Map<String, String> keptMarkup = new LinkedHashMap<>();
        for (String value : HostileValues.TEXTS) {
            for (String field : fields) {
                String email = uniqueEmail();
                Map<String, String> form = validRegistration(email);
                form.put("registration:" + field, value);
                HttpResponse<String> answer = new HttpVisitor(deployment).submit(event, "registration", form,
                        "registration:submit");
                boolean accepted = answer.body().contains("id=\"registration-confirmation\"");
                failures.addAll(problemsOf("registration " + field + "=" + shown(value), answer, accepted, email,
                        "registration"));
                if (accepted && MARKUP.contains(value) && (field.equals("firstName") || field.equals("lastName"))) {
                    keptMarkup.put(email, value);
                }
            }
        }
        assertEquals(List.of(), failures);

        assertFalse(keptMarkup.isEmpty(), "names are free text: markup in a name is kept as typed");
        for (Map.Entry<String, String> kept : keptMarkup.entrySet()) {
            String leadId = firstColumn("select id from `lead` where email_normalized = ?", kept.getKey());
            HttpVisitor admin = new HttpVisitor(deployment);
            admin.signIn(DemoAccounts.FJORD_ADMIN, DemoAccounts.PASSWORD);
            for (String page : List.of("admin/lead.xhtml?id=" + leadId, "admin/leads.xhtml",
                    "admin/board.xhtml")) {
                String body = admin.get(page).body();
                assertFalse(body.contains(kept.getValue()), page + " writes " + kept.getValue() + " unescaped");
            }
            String leadPage = admin.get("admin/lead.xhtml?id=" + leadId).body();
            assertTrue(leadPage.contains(escaped(kept.getValue())), "the lead page shows the name as typed, escaped");
        }
    }

    @Test
    void anApplicationSentFromABrowserWhoseScriptsDidNotRunIsAnsweredWithItsConfirmation() throws Exception {
        String offer = PublicForms.applicationForms(deployment, 1).get(0);
        String email = uniqueEmail();

        HttpResponse<String> answer = new HttpVisitor(deployment).withoutScripts().submitMultipart(offer, "apply",
                validApplication(email), cv("cv.pdf"), "apply:send");

        assertEquals(200, answer.statusCode(), "the application is saved: its sender must be told so, not shown an"
                + " error page saying nothing was saved");
        assertTrue(answer.body().contains("id=\"application-received\""));
        assertEquals("1", firstColumn("select count(*) from offer_application a join `lead` l on l.id = a.lead_id"
                + " where l.email_normalized = ?", email));
    }

    /**
     * An application sent twice at the same moment (a double click) by a person the centre does not know yet: the
     * first one's new record holds the address when the second one writes its own. The second is tried again, finds
     * the record and says the application was received, as it was: never an error page that says nothing was saved.
     * The first click is played by a transaction of the test's own, which commits once the form's insert waits for it.
     */
    @Test
    void anApplicationSentTwiceAtOnceIsAnsweredWithItsConfirmationNotAnErrorPage() throws Exception {
        String offer = PublicForms.applicationForms(deployment, 1).get(0);
        String offerId = offer.replaceAll(".*[?&]offer=(\\d+).*", "$1");
        String email = uniqueEmail();
        ca.tremplin.testsupport.FirstClick first = ca.tremplin.testsupport.FirstClick.copying(
                () -> java.sql.DriverManager.getConnection(System.getenv("TREMPLIN_DB_URL"),
                        System.getenv("TREMPLIN_DB_USER"), System.getenv("TREMPLIN_DB_PASSWORD")),
                "`lead`", "tenant_id = (select tenant_id from offer where id = " + Long.parseLong(offerId) + ")",
                "email = '" + email + "', email_normalized = lower('" + email + "'), import_id = null,"
                        + " merged_into_id = null");
        HttpResponse<String> answer = first.meets("insert into `lead`%", () -> new HttpVisitor(deployment)
                .submitMultipart(offer, "apply", validApplication(email), cv("cv.pdf"), "apply:send"));

        assertEquals(200, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("id=\"application-received\""), answer.body());
        assertEquals("1", firstColumn("select count(*) from offer_application a join `lead` l on l.id = a.lead_id"
                + " where l.email_normalized = ?", email), "one application, on the record the first click wrote");
    }

    /** A name a phone or a Mac gives a file, which PrimeFaces refuses: said with its reason, in French. */
    @Test
    void aCvWhoseNameHoldsAColonIsRefusedWithItsReasonInThePagesLanguage() throws Exception {
        String offer = PublicForms.applicationForms(deployment, 1).get(0);

        String page = new HttpVisitor(deployment).submitMultipart(offer, "apply", validApplication(uniqueEmail()),
                cv("CV: 2026.pdf"), "apply:send").body();

        String said = cvMessage(page);
        assertTrue(said != null && said.contains("Le nom du fichier") && said.contains("renommez le fichier"),
                "the CV field says why, not \"File Error\": " + said);
    }

    @Test
    void aFieldAMessageIsAboutIsMarkedInvalidForScreenReadersAndTheOthersAreNot() throws Exception {
        String offer = PublicForms.applicationForms(deployment, 1).get(0);
        Map<String, String> form = validApplication("pas-une-adresse");

        String page = new HttpVisitor(deployment).submitMultipart(offer, "apply", form, cv("cv.pdf"), "apply:send")
                .body();

        java.util.regex.Matcher email = java.util.regex.Pattern.compile("<input[^>]*id=\"apply:email\"[^>]*>")
                .matcher(page);
        assertTrue(email.find(), page);
        assertTrue(email.group().contains("aria-invalid=\"true\""), email.group());
        java.util.regex.Matcher first = java.util.regex.Pattern.compile("<input[^>]*id=\"apply:firstName\"[^>]*>")
                .matcher(page);
        assertTrue(first.find() && !first.group().contains("aria-invalid=\"true\""), first.group());
    }

    @Test
    void anOffersApplicationFormAnswersEveryHostileValueInEveryFieldAndInTheFilesName() throws Exception {
        List<String> offers = PublicForms.applicationForms(deployment, 4);
        List<String> fields = List.of("firstName", "lastName", "email", "phone", "country", "birthYear", "message",
                "guardianName", "guardianEmail");
        List<String> failures = new ArrayList<>();
        int posts = 0;
        for (String value : HostileValues.TEXTS) {
            for (String field : fields) {
                String email = uniqueEmail();
                Map<String, String> form = validApplication(email);
                form.put("apply:" + field, value);
                // Spread over the open offers: each takes a hundred applications an hour.
                HttpResponse<String> answer = new HttpVisitor(deployment).submitMultipart(
                        offers.get(posts++ % offers.size()), "apply", form, cv("cv.pdf"), "apply:send");
                failures.addAll(problemsOf("application " + field + "=" + shown(value), answer,
                        answer.body().contains("id=\"application-received\""), email, "application"));
            }
            String email = uniqueEmail();
            HttpResponse<String> answer = new HttpVisitor(deployment).submitMultipart(
                    offers.get(posts++ % offers.size()), "apply", validApplication(email), cv(value), "apply:send");
            boolean accepted = answer.body().contains("id=\"application-received\"");
            if (answer.statusCode() == 400 && !HttpVisitor.showsATrace(answer.body())) {
                continue; // a file name that breaks the part's header: a malformed request, refused as one
            }
            failures.addAll(problemsOf("application file name=" + shown(value), answer, accepted, email,
                    "application"));
            if (!accepted && answer.statusCode() == 200) {
                // Refused by PrimeFaces' own check of file names or by ours, or read as no file at all (a name
                // that breaks the part's header): the message beside the CV field, in French.
                String said = cvMessage(answer.body());
                if (said == null || !(said.contains("fichier") || said.startsWith("Joignez votre CV"))) {
                    failures.add("application file name=" + shown(value) + ": the CV field says " + said);
                }
            }
            if (accepted) {
                String kept = firstColumn("select a.cv_file_name from offer_application a join `lead` l"
                        + " on l.id = a.lead_id where l.email_normalized = ?", email);
                if (kept == null || kept.chars().anyMatch(c -> c < 0x20 || c == '/' || c == '\\')) {
                    failures.add("application file name=" + shown(value) + ": kept as " + shown(String.valueOf(kept)));
                }
            }
        }
        assertEquals(List.of(), failures);
    }

    /** What a user would see go wrong with one post; empty when it answered as it should. */
    private List<String> problemsOf(String what, HttpResponse<String> answer, boolean accepted, String email,
                                    String form) throws SQLException {
        List<String> problems = new ArrayList<>();
        if (!PAGE_ANSWERS.contains(answer.statusCode())) {
            problems.add(what + ": answered " + answer.statusCode());
        }
        if (HttpVisitor.showsATrace(answer.body())) {
            problems.add(what + ": shows a trace of the code");
        }
        if (answer.statusCode() == 200 && !accepted && !saysWhatIsWrong(answer.body())) {
            problems.add(what + ": refused without a message");
        }
        String table = switch (form) {
            case "inquiry" -> "inquiry i where i.email_normalized = ?";
            case "registration" -> "event_registration r where r.email_normalized = ?";
            default -> "offer_application a join `lead` l on l.id = a.lead_id where l.email_normalized = ?";
        };
        boolean stored = Long.parseLong(firstColumn("select count(*) from " + table, email)) > 0;
        if (!accepted && stored && answer.statusCode() == 200) {
            problems.add(what + ": refused, yet stored");
        }
        return problems;
    }

    /** What the message beside the CV field says, or null when it says nothing. */
    private static String cvMessage(String body) {
        java.util.regex.Matcher message = Pattern.compile("id=\"apply:cv-message\"[^>]*>([^<]+)<").matcher(body);
        return message.find() ? message.group(1) : null;
    }

    /** A field's message, or a message above the form (a refusal that is no field's, such as a limit). */
    private static boolean saysWhatIsWrong(String body) {
        return Pattern.compile("class=\"field-error\"[^>]*>[^<]+").matcher(body).find()
                || Pattern.compile("ui-messages-error-summary\"?[^>]*>[^<]+").matcher(body).find()
                || body.contains("ui-message-error");
    }

    /**
     * A form's fields as a person fills them validly: names, a unique e-mail, the country, the consent ticked. The
     * Comoros, which no other test uses: the hundreds of people these posts add stay out of other tests' lists.
     */
    private static Map<String, String> validForm(String form, String email, String country, String consent) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(form + ":firstName", "Aminata");
        fields.put(form + ":lastName", "Diallo");
        fields.put(form + ":email", email);
        fields.put(form + ":" + country, "KM");
        fields.put(form + ":" + consent, "on");
        return fields;
    }

    private static Map<String, String> validInquiry(String email) {
        return validForm("inquiry", email, "countryOfResidence", "consentToContact");
    }

    private static Map<String, String> validRegistration(String email) {
        return validForm("registration", email, "countryOfResidence", "consentToContact");
    }

    private static Map<String, String> validApplication(String email) {
        return validForm("apply", email, "country", "consent");
    }

    /** A small real PDF under the given name, as a browser sends it. */
    private static HttpVisitor.FilePart cv(String fileName) {
        return new HttpVisitor.FilePart("apply:cv", fileName, "application/pdf",
                "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                        .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    private static String firstColumn(String sql, String parameter) throws SQLException {
        return ca.tremplin.testsupport.TestDatabase.firstColumn(sql, parameter);
    }

    private static String escaped(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String uniqueEmail() {
        return "fuzz." + UUID.randomUUID().toString().substring(0, 12) + "@example.km";
    }

    private static String shown(String value) {
        String printable = value.replaceAll("\\p{Cntrl}", "?");
        return printable.length() > 30 ? printable.substring(0, 30) + "…(" + value.length() + ")" : printable;
    }
}
