package ca.tremplin.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.catalog.Program;
import ca.tremplin.catalog.ProgramType;
import ca.tremplin.person.Lead;
import ca.tremplin.security.Role;
import ca.tremplin.security.TestSessions;
import ca.tremplin.security.UserAccount;
import ca.tremplin.tenant.Tenant;
import ca.tremplin.tenant.TenantContext;
import ca.tremplin.testsupport.Deployments;
import ca.tremplin.testsupport.HttpVisitor;
import ca.tremplin.testsupport.TestFixtures;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The statements a whole request issues — filters, beans, services and rendering — for the lead list, the lead page
 * and the board, counted by {@link StatementsPerRequest} while a signed-in recruiter's browser would ask for them: the
 * count is the same with one lead and one timeline line as with thirty leads and sixty lines (no N+1 anywhere).
 */
@ExtendWith(ArquillianExtension.class)
class PipelineStatementsIT {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(
            PipelineStatementsIT.class.getName());

    @Deployment
    public static WebArchive deployment() {
        return Deployments.application();
    }

    @Inject
    TestFixtures fixtures;

    @ArquillianResource
    URL base;

    @Inject
    LeadService leads;

    private HttpVisitor visitor;

    @Test
    void theListTheLeadPageAndTheBoardIssueAsManyStatementsForThirtyLeadsAsForOne() throws Exception {
        Tenant tenant = fixtures.newSchoolBoard("per-request");
        UserAccount recruiter = fixtures.newAccount(tenant, Role.RECRUITER);
        Program program = fixtures.newProgram(tenant, ProgramType.DEP, TestFixtures.programCode(),
                "Mécanique agricole", "Farm Equipment Mechanics", "07",
                "m" + UUID.randomUUID().toString().replace("-", "").substring(0, 10), true);
        Lead first = fixtures.newLead(tenant, program);
        visitor = new HttpVisitor(base);
        visitor.signIn(recruiter.getEmail(), TestFixtures.PASSWORD);
        assertEquals(200, visitor.get("admin/board.xhtml").statusCode(), "signed in as " + recruiter.getEmail());

        String list = "admin/leads.xhtml?stage=NEW&source=FAIR&program=" + program.getId();
        String page = "admin/lead.xhtml?id=" + first.getId();
        String board = "admin/board.xhtml?source=FAIR&program=" + program.getId();
        String[] addresses = {list, page, board};
        for (String address : addresses) {
            visitor.get(address); // the first visit may fill caches (lost reasons of a new centre...)
        }
        int[] withOne = new int[addresses.length];
        for (int i = 0; i < addresses.length; i++) {
            withOne[i] = statements(addresses[i]);
        }

        for (int i = 0; i < 29; i++) {
            fixtures.newLead(tenant, program);
        }
        try (TenantContext.Scope ignored = TestSessions.signedInAs(recruiter, tenant)) {
            for (int i = 0; i < 60; i++) {
                leads.addNote(first.getId(), "Relance " + i);
            }
            leads.addTag(first.getId(), "bourse");
        }
        for (int i = 0; i < addresses.length; i++) {
            int withThirty = statements(addresses[i]);
            LOG.info(addresses[i] + ": " + withOne[i] + " statements with one lead, " + withThirty + " with thirty");
            assertEquals(withOne[i], withThirty, addresses[i] + ": the same statements for 1 lead and 30, "
                    + "1 timeline line and 61");
            assertTrue(withThirty <= 25, addresses[i] + " issues a fixed handful of statements: " + withThirty);
        }
        assertTrue(visitor.get(list).body().contains("Candidats : 30"), "the filtered list finds the thirty leads");
    }

    private int statements(String address) throws IOException, InterruptedException {
        HttpResponse<String> response = visitor.get(address);
        assertEquals(200, response.statusCode(), address);
        URI uri = URI.create(base + address);
        Integer count = StatementsPerRequest.of(uri.getRawPath() + "?" + uri.getRawQuery());
        assertNotNull(count, "the request went through the counting filter: " + address);
        return count;
    }
}
