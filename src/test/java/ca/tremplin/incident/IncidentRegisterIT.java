package ca.tremplin.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.kernel.AccessDeniedException;
import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.kernel.Languages;
import ca.tremplin.kernel.NotFoundException;
import ca.tremplin.security.Role;
import ca.tremplin.security.TestSessions;
import ca.tremplin.security.UserAccount;
import ca.tremplin.tenant.Tenancy;
import ca.tremplin.tenant.Tenant;
import ca.tremplin.tenant.TenantContext;
import ca.tremplin.tenant.TenantRepository;
import ca.tremplin.testsupport.HttpVisitor;
import ca.tremplin.testsupport.InServerTest;
import ca.tremplin.testsupport.TestCentre;
import ca.tremplin.testsupport.TestFixtures;
import jakarta.inject.Inject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A centre's admin records a confidentiality incident and completes it as the assessment goes: every change is a line
 * of the incident's history with its field, its value before and after, who and when; a save that changes nothing
 * writes nothing; an entry that breaks a rule (learned before it started, a notice before it was learned of, a serious
 * risk without its notices) is refused and nothing is stored; an edit made on a version someone else saved since is
 * refused with their name. Another centre's admin does not find the incident by its id, does not list it, does not
 * export it and cannot change it; a recruiter is refused; the coordinating organisation keeps its own register.
 */
class IncidentRegisterIT extends InServerTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("America/Toronto"));

    @ArquillianResource
    URL base;

    @Inject
    IncidentRegister register;

    @Inject
    Tenancy tenancy;

    @Inject
    TenantRepository tenants;

    private TestCentre centre;
    private TestCentre other;
    private String description;
    private ConfidentialityIncident incident;

    @BeforeEach
    void recorded() {
        centre = fixtures.newCentre("incident");
        other = fixtures.newCentre("incident-other");
        description = "Adresses courriel de candidats " + UUID.randomUUID();
        try (TenantContext.Scope ignored = centre.asAdmin()) {
            incident = register.record(details(description));
        }
    }

    static IncidentDetails details(String information) {
        IncidentDetails details = new IncidentDetails();
        details.setInformationConcerned(information);
        details.setCircumstances("Courriel groupé envoyé sans copie cachée");
        details.setStartedOn(TODAY.minusDays(6));
        details.setLearnedOn(TODAY.minusDays(5));
        return details;
    }

    @Test
    void everyChangeIsALineOfTheHistoryAndASaveWithoutChangeWritesNothing() {
        try (TenantContext.Scope ignored = centre.asAdmin()) {
            List<IncidentChange> history = register.history(incident.getId());
            assertEquals(1, history.size());
            assertNull(history.get(0).getField(), "the first line is the recording");
            assertEquals(centre.admin().getId(), history.get(0).getChangedBy());

            IncidentDetails edit = register.find(incident.getId()).details();
            edit.setPeopleConcerned(140);
            edit.setPeopleEstimated(true);
            edit.setRisk(RiskAssessment.SERIOUS);
            edit.setRiskReasons("Adresses personnelles et pays d’origine de mineurs");
            edit.setCommissionNotifiedOn(TODAY.minusDays(2));
            edit.setPeopleNotifiedOn(TODAY.minusDays(1));
            IncidentRegister.Saved saved = register.save(incident.getId(), edit);
            assertEquals(6, saved.changes());

            history = register.history(incident.getId());
            assertEquals(7, history.size());
            IncidentChange risk = history.stream().filter(c -> c.getField() == IncidentField.RISK).findFirst()
                    .orElseThrow();
            assertEquals("BEING_ASSESSED", risk.getOldValue());
            assertEquals("SERIOUS", risk.getNewValue());
            assertEquals(centre.admin().getId(), risk.getChangedBy());
            IncidentChange people = history.stream().filter(c -> c.getField() == IncidentField.PEOPLE_CONCERNED)
                    .findFirst().orElseThrow();
            assertNull(people.getOldValue(), "unknown before");
            assertEquals("140", people.getNewValue());
            assertEquals("inconnu", IncidentField.PEOPLE_CONCERNED.shown(people.getOldValue(), Languages.FRENCH));

            long version = register.find(incident.getId()).getVersion();
            IncidentDetails same = register.find(incident.getId()).details();
            same.setMeasuresTaken("   ");
            assertEquals(0, register.save(incident.getId(), same).changes(), "blank is no measure: nothing changed");
            assertEquals(7, register.history(incident.getId()).size());
            assertEquals(version, register.find(incident.getId()).getVersion());
        }
    }

    @Test
    void anEntryThatBreaksARuleIsRefusedAndNothingIsStored() {
        try (TenantContext.Scope ignored = centre.asAdmin()) {
            IncidentDetails learnedEarly = details("Dates de naissance");
            learnedEarly.setLearnedOn(learnedEarly.getStartedOn().minusDays(1));
            IncidentRuleException refused = assertThrows(IncidentRuleException.class,
                    () -> register.record(learnedEarly));
            assertEquals(IncidentField.LEARNED_ON, refused.field());
            assertEquals("L’organisation ne peut avoir eu connaissance de l’incident avant son début.",
                    refused.localizedMessage(Languages.FRENCH));
            assertEquals(1, register.list().size());

            IncidentDetails serious = register.find(incident.getId()).details();
            serious.setRisk(RiskAssessment.SERIOUS);
            serious.setRiskReasons("Numéros de passeport");
            assertEquals(IncidentField.COMMISSION_NOTIFIED_ON, assertThrows(IncidentRuleException.class,
                    () -> register.save(incident.getId(), serious)).field());
            serious.setCommissionNotifiedOn(serious.getLearnedOn().minusDays(1));
            serious.setPeopleNotNotifiedBecause("Coordonnées inconnues : avis public");
            IncidentRuleException early = assertThrows(IncidentRuleException.class,
                    () -> register.save(incident.getId(), serious));
            assertEquals("incident.invalid.noticeBeforeLearned", early.messageKey());

            ConfidentialityIncident stored = register.find(incident.getId());
            assertEquals(RiskAssessment.BEING_ASSESSED, stored.getRisk());
            assertEquals(1, register.history(incident.getId()).size());
        }
    }

    @Test
    void anEditOvertakenBySomeoneElseIsRefusedWithTheirName() {
        UserAccount colleague = fixtures.newAccount(centre.tenant(), Role.CSS_ADMIN);
        IncidentDetails mine;
        try (TenantContext.Scope ignored = centre.asAdmin()) {
            mine = register.find(incident.getId()).details();
        }
        try (TenantContext.Scope ignored = TestSessions.signedInAs(colleague, centre.tenant())) {
            IncidentDetails theirs = register.find(incident.getId()).details();
            theirs.setMeasuresTaken("Rappel de la copie cachée à toute l’équipe");
            assertEquals(1, register.save(incident.getId(), theirs).changes());
        }
        try (TenantContext.Scope ignored = centre.asAdmin()) {
            mine.setMeasuresTaken("Liste d’envoi supprimée");
            BusinessRuleException conflict = assertThrows(BusinessRuleException.class,
                    () -> register.save(incident.getId(), mine));
            assertEquals("incident.conflictBy", conflict.messageKey());
            assertTrue(conflict.localizedMessage(Languages.FRENCH).startsWith(colleague.getDisplayName() + " a enregistré"),
                    conflict.localizedMessage(Languages.FRENCH));
            ConfidentialityIncident stored = register.find(incident.getId());
            assertEquals("Rappel de la copie cachée à toute l’équipe", stored.getMeasuresTaken());
            assertEquals(colleague.getId(), stored.getUpdatedBy());
            assertEquals(2, register.history(incident.getId()).size());
        }
    }

    @Test
    void anotherCentreNeitherFindsNorListsNorChangesTheIncident() {
        try (TenantContext.Scope ignored = other.asAdmin()) {
            long id = incident.getId();
            assertThrows(NotFoundException.class, () -> register.find(id));
            assertThrows(NotFoundException.class, () -> register.history(id));
            assertTrue(register.list().isEmpty());
            IncidentDetails forged = details("Écrasé par un autre centre");
            assertThrows(NotFoundException.class, () -> register.save(id, forged));
        }
        try (TenantContext.Scope ignored = centre.asAdmin()) {
            assertEquals(description, register.find(incident.getId()).getInformationConcerned());
            assertEquals(1, register.history(incident.getId()).size());
        }
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            assertThrows(AccessDeniedException.class, () -> register.list());
            assertThrows(AccessDeniedException.class, () -> register.find(incident.getId()));
        }
    }

    @Test
    void theCoordinatingOrganisationKeepsItsOwnRegister() {
        Tenant coordination = tenancy.acrossAllTenants(() -> tenants.findCoordination().orElseThrow());
        UserAccount coordinator = fixtures.newAccount(coordination, Role.PLATFORM_ADMIN);
        String platformIncident = "Journal du serveur exposé " + UUID.randomUUID();
        try (TenantContext.Scope ignored = TestSessions.signedInAs(coordinator, coordination)) {
            ConfidentialityIncident own = register.record(details(platformIncident));
            assertTrue(register.list().stream().anyMatch(i -> i.getId().equals(own.getId())));
            assertTrue(register.list().stream().noneMatch(i -> i.getId().equals(incident.getId())));
            assertThrows(NotFoundException.class, () -> register.find(incident.getId()));
        }
        try (TenantContext.Scope ignored = centre.asAdmin()) {
            assertTrue(register.list().stream().noneMatch(i -> platformIncident.equals(i.getInformationConcerned())));
        }
    }

    @Test
    void theExportHoldsTheCentresOwnRegisterAndRecruitersAreRefusedThePages() throws Exception {
        String otherDescription = "=SOMME(A1;A2) " + UUID.randomUUID();
        try (TenantContext.Scope ignored = other.asAdmin()) {
            register.record(details(otherDescription));
        }
        HttpVisitor admin = new HttpVisitor(base);
        admin.signIn(centre.admin().getEmail(), TestFixtures.PASSWORD);
        HttpResponse<byte[]> csv = admin.getBytes("admin/incidents-export?format=csv");
        assertEquals(200, csv.statusCode());
        String file = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(file.contains(description), file);
        assertFalse(file.contains(otherDescription), "another centre's incident is not exported");
        assertTrue(file.contains("Renseignements personnels visés"), "the header in the admin's language: " + file);
        HttpResponse<byte[]> xlsx = admin.getBytes("admin/incidents-export?format=xlsx");
        assertEquals(200, xlsx.statusCode());
        assertEquals('P', (char) xlsx.body()[0], "a zip: an XLSX workbook");
        assertEquals(400, admin.getBytes("admin/incidents-export?format=pdf").statusCode());
        assertEquals(404, admin.get("admin/incident.xhtml?id=" + otherIncidentId(otherDescription)).statusCode(),
                "another centre's incident by its id");

        HttpVisitor otherAdmin = new HttpVisitor(base);
        otherAdmin.signIn(other.admin().getEmail(), TestFixtures.PASSWORD);
        String theirs = new String(otherAdmin.getBytes("admin/incidents-export?format=csv").body(),
                StandardCharsets.UTF_8);
        assertTrue(theirs.contains("'" + otherDescription), "a formula is written as text: " + theirs);
        assertFalse(theirs.contains(description));

        HttpVisitor recruiter = new HttpVisitor(base);
        recruiter.signIn(centre.recruiter().getEmail(), TestFixtures.PASSWORD);
        assertEquals(403, recruiter.get("admin/incidents.xhtml").statusCode());
        assertEquals(403, recruiter.get("admin/incident.xhtml?id=" + incident.getId()).statusCode());
        assertEquals(403, recruiter.getBytes("admin/incidents-export?format=csv").statusCode());
    }

    private long otherIncidentId(String information) {
        try (TenantContext.Scope ignored = other.asAdmin()) {
            return register.list().stream().filter(i -> information.equals(i.getInformationConcerned())).findFirst()
                    .orElseThrow().getId();
        }
    }
}
