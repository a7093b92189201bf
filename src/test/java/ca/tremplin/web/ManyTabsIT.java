package ca.tremplin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import ca.tremplin.person.Lead;
import ca.tremplin.testsupport.DatabaseRows;
import ca.tremplin.testsupport.HttpVisitor;
import ca.tremplin.testsupport.InServerTest;
import ca.tremplin.testsupport.TestCentre;
import ca.tremplin.testsupport.TestFixtures;
import jakarta.inject.Inject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;

/**
 * Staff work with many tabs: a lead page where a note is being typed stays usable while twenty other pages are
 * opened in the same session, where after fifteen (Faces' default) it answered "page expired" and the note was lost.
 */
class ManyTabsIT extends InServerTest {

    @ArquillianResource
    URL deployment;

    @Inject
    DatabaseRows rows;

    @Test
    void aNoteTypedInATabLeftAsideWhileTwentyOtherPagesOpenedIsSaved() throws Exception {
        TestCentre centre = fixtures.newCentre("many-tabs");
        Lead lead = fixtures.newLead(centre.tenant(), centre.program());
        HttpVisitor recruiter = new HttpVisitor(deployment);
        recruiter.signIn(centre.recruiter().getEmail(), TestFixtures.PASSWORD);
        String note = "Rappeler après le salon " + UUID.randomUUID().toString().substring(0, 6);
        HttpRequest typedAside = recruiter.form("admin/lead.xhtml?id=" + lead.getId(), "lead",
                Map.of("lead:note", note), "lead:add-note");

        for (int page = 0; page < 20; page++) {
            assertEquals(200, recruiter.get("admin/leads.xhtml").statusCode());
        }
        HttpResponse<String> sent = recruiter.send(typedAside);

        assertFalse(sent.body().contains("Page expirée"), "the tab left aside still answers");
        assertEquals(1L, rows.count("select count(*) from lead_event where kind = 'NOTE_ADDED' and detail = ?", note),
                "the note is kept");
    }
}
