package ca.tremplin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.testsupport.Deployments;
import ca.tremplin.testsupport.PublicForms;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * Least data by default, as a visitor meets it: the optional fields of the information form (in French and in
 * English), of an event's registration and of an offer's application each say why they are asked (and so does the
 * information form's one required field that is not about reaching the person, the citizenship); public pages load nothing from another site and set no cookie but the site's own two (the language,
 * and a campaign's first and last touch).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LeastDataIT {

    /** The only cookies a public page may set: the language chosen, and the campaign touches (ids and times). */
    private static final Set<String> OWN_COOKIES = Set.of("tremplin_lang", "tremplin_touch");
    private static final Pattern EXTERNAL = Pattern.compile(
            "<(script|link|img|iframe|source|video|audio|embed|object)\\b[^>]*\\b(src|href|srcset|data)=\"((?:https?:)?//[^\"]+)\"");

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL deployment;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void everyPublicFormsOptionalFieldsSayWhyTheyAreAsked() throws Exception {
        List<String> silent = new ArrayList<>();
        silent.addAll(silentOptionalFields("/fr/information", "inquiry", "Facultati", 7));
        silent.addAll(silentOptionalFields("/en/information", "inquiry", "Optional:", 7));
        silent.addAll(silentOptionalFields("/" + PublicForms.firstEventTakingRegistrations(deployment, null),
                "registration", "Facultati", 2));
        silent.addAll(silentOptionalFields("/" + PublicForms.applicationForms(deployment, 1).get(0), "apply",
                "Facultati", 3));
        assertEquals(List.of(), silent, "optional fields that do not say why they are asked");
        assertTrue(explained(get("/fr/information").body(), "inquiry:citizenship", ""),
                "the citizenship says why it is required");
    }

    /**
     * WCAG 1.3.5: the fields about the person say what they hold ({@code autocomplete}), so that a phone fills them
     * from its owner's card, on every public form.
     */
    @Test
    void everyPublicFormsFieldsAboutThePersonTellTheBrowserWhatTheyHold() throws Exception {
        Map<String, String> purposes = Map.of("firstName", "given-name", "lastName", "family-name", "email", "email",
                "phone", "tel");
        List<String> unsaid = new ArrayList<>();
        for (String[] form : List.of(new String[] {"/fr/information", "inquiry"},
                new String[] {"/" + PublicForms.firstEventTakingRegistrations(deployment, null), "registration"},
                new String[] {"/" + PublicForms.applicationForms(deployment, 1).get(0), "apply"})) {
            String page = get(form[0]).body();
            purposes.forEach((field, purpose) -> {
                Matcher input = Pattern.compile("<input[^>]*id=\"" + form[1] + ":" + field + "\"[^>]*>").matcher(page);
                if (!input.find() || !input.group().contains("autocomplete=\"" + purpose + "\"")) {
                    unsaid.add(form[0] + " " + field + " (" + purpose + ")");
                }
            });
        }
        assertEquals(List.of(), unsaid, "fields that do not say what they hold");
    }

    /**
     * The optional fields of a form (their label has no "*") whose description does not begin as given. The
     * honeypot is no field for people; consents and the guardian's fields carry their own sentence.
     */
    private List<String> silentOptionalFields(String path, String form, String beginning, int atLeast)
            throws Exception {
        HttpResponse<String> answer = get(path);
        assertEquals(200, answer.statusCode(), path);
        String page = answer.body();
        List<String> optional = new ArrayList<>();
        List<String> silent = new ArrayList<>();
        Matcher labels = Pattern.compile("<label[^>]*for=\"(" + form + ":[A-Za-z_]+)\"[^>]*>([^<]*)</label>")
                .matcher(page);
        while (labels.find()) {
            String field = labels.group(1);
            if (field.endsWith(":website") || field.contains("consent") || field.contains("onsent")
                    || field.contains("guardian") || labels.group(2).strip().endsWith("*")) {
                continue;
            }
            optional.add(field);
            if (!explained(page, field, beginning)) {
                silent.add(path + " " + field + " (" + labels.group(2).strip() + ")");
            }
        }
        assertTrue(optional.size() >= atLeast, path + ": the form's optional fields were found: " + optional);
        return silent;
    }

    @Test
    void publicPagesLoadNothingFromAnotherSiteAndSetOnlyTheSitesOwnCookies() throws Exception {
        List<String> problems = new ArrayList<>();
        for (String path : List.of("/", "/fr/programmes", "/en/programs?q=welding", "/fr/information",
                "/en/information", "/fr/evenements", "/fr/offres", "/fr/vitrine", "/en/showcase",
                "/fr/information?utm_source=facebook&utm_medium=social&utm_campaign=test")) {
            HttpResponse<String> page = get(path);
            assertEquals(200, page.statusCode(), path);
            Matcher external = EXTERNAL.matcher(page.body());
            while (external.find()) {
                // A canonical or alternate address names the page for search engines; nothing is loaded from it.
                String tag = page.body().substring(external.start(), page.body().indexOf('>', external.start()));
                if (tag.startsWith("<link") && tag.matches("(?s).*\\brel=\"(canonical|alternate)\".*")) {
                    continue;
                }
                if (!URI.create(external.group(3).startsWith("//") ? "https:" + external.group(3) : external.group(3))
                        .getHost().equals(deployment.getHost())) {
                    problems.add(path + " loads " + external.group(3));
                }
            }
            for (String cookie : page.headers().allValues("Set-Cookie")) {
                String name = cookie.substring(0, cookie.indexOf('='));
                if (!OWN_COOKIES.contains(name)) {
                    problems.add(path + " sets the cookie " + name);
                }
            }
            String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
            assertFalse(policy.matches(".*(script|connect|img|frame)-src [^;]*https?:.*"),
                    path + ": the policy lets the page reach another site: " + policy);
        }
        assertEquals(List.of(), problems);
    }

    /** Whether the field's description (aria-describedby) holds a sentence that begins as given. */
    private static boolean explained(String page, String field, String beginning) {
        Matcher control = Pattern.compile("<(input|select|textarea)\\b[^>]*\\bid=\"" + Pattern.quote(field)
                + "(_input)?\"[^>]*>").matcher(page);
        if (!control.find()) {
            return false;
        }
        Matcher describedBy = Pattern.compile("aria-describedby=\"([^\"]+)\"").matcher(control.group());
        if (!describedBy.find()) {
            return false;
        }
        for (String id : describedBy.group(1).split("\\s+")) {
            Matcher described = Pattern.compile("id=\"" + Pattern.quote(id) + "\"[^>]*>([^<]+)<").matcher(page);
            if (described.find() && described.group(1).strip().startsWith(beginning)
                    && !described.group(1).isBlank()) {
                return true;
            }
        }
        return false;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(deployment.toString().replaceAll("/+$", "") + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
