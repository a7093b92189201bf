package ca.tremplin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import ca.tremplin.testsupport.DemoAccounts;
import ca.tremplin.testsupport.Deployments;
import ca.tremplin.testsupport.HttpVisitor;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Staff work with many tabs: a lead page where a note is being typed stays usable while twenty other pages are
 * opened in the same session, where after fifteen it answered "page expired"
 * and the note was lost.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ManyTabsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL deployment;

    @Test
    void aNoteTypedInATabLeftAsideWhileTwentyOtherPagesOpenedIsSaved() throws Exception {
        String email = "onglets." + UUID.randomUUID().toString().substring(0, 10) + "@example.nr";
        HttpResponse<String> created = new HttpVisitor(deployment).post("api/inquiries", "application/json", """
                {"firstName": "Tabu", "lastName": "Detenamo", "email": "%s", "countryOfResidence": "NR", "citizenship": "NR",
                 "schoolBoard": "css-du-fjord", "consentToContact": true}""".formatted(email), Map.of());
        assertEquals(201, created.statusCode(), created.body());
        String lead = ca.tremplin.testsupport.TestDatabase.firstColumn(
                "select id from `lead` where email_normalized = ?", email);
        HttpVisitor recruiter = new HttpVisitor(deployment);
        recruiter.signIn(DemoAccounts.FJORD_RECRUITER, DemoAccounts.PASSWORD);
        String note = "Rappeler après le salon " + UUID.randomUUID().toString().substring(0, 6);
        HttpRequest typedAside = recruiter.form("admin/lead.xhtml?id=" + lead, "lead", Map.of("lead:note", note),
                "lead:add-note");

        // Each page opened is a view the session keeps; Faces' default kept fifteen.
        for (int page = 0; page < 20; page++) {
            assertEquals(200, recruiter.get("admin/leads.xhtml?country=NR").statusCode());
        }
        HttpResponse<String> sent = recruiter.send(typedAside);

        assertFalse(sent.body().contains("Page expirée"), "the tab left aside still answers");
        assertEquals(1L, ca.tremplin.testsupport.TestDatabase.count(
                "select count(*) from lead_event where kind = 'NOTE_ADDED' and detail = ?", note), "the note is kept");
    }
}
