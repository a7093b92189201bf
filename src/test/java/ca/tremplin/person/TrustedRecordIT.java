package ca.tremplin.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.catalog.Program;
import ca.tremplin.catalog.ProgramType;
import ca.tremplin.inquiry.Inquiry;
import ca.tremplin.inquiry.InquiryRequest;
import ca.tremplin.inquiry.SubmissionContext;
import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.kernel.Languages;
import ca.tremplin.kernel.NotFoundException;
import ca.tremplin.pipeline.LeadService;
import ca.tremplin.security.Role;
import ca.tremplin.security.TestSessions;
import ca.tremplin.security.UserAccount;
import ca.tremplin.tenant.Tenancy;
import ca.tremplin.tenant.Tenant;
import ca.tremplin.tenant.TenantContext;
import ca.tremplin.testsupport.InServerTest;
import ca.tremplin.testsupport.InquiryRequests;
import ca.tremplin.testsupport.TestFixtures;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A person's record is trusted data. An anonymous request that uses the e-mail of a person a centre follows cannot
 * rename them or change the phone recruiters call: what differs is kept beside the record, on the timeline as
 * another value given by that source, until staff accept it in one click, audited with who and when. What the
 * record lacked is filled, and that too is audited with its source. Staff corrections move the matching key with
 * the e-mail, never onto another lead's address.
 */
class TrustedRecordIT extends InServerTest {

    @Inject
    LeadService leads;

    @Inject
    Tenancy tenancy;

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Test
    void anAnonymousRequestWithAnotherNameLeavesTheRecordAndProposesWhatStaffAccept() {
        Centre centre = centre("trust");
        String email = InquiryRequests.uniqueEmail();
        Lead lead = fixtures.newLead(centre.tenant, centre.program, "Aminata", "Koné", email, "+221 77 123 45 67", 2003);

        InquiryRequest forged = InquiryRequests.complete(email.toUpperCase(java.util.Locale.ROOT), centre.program.getId());
        forged.setFirstName("Mallory");
        forged.setLastName("Koné");
        forged.setPhone("+1 514 872 0311");
        Inquiry.Channel api = Inquiry.Channel.API;
        long request = fixtures.submitted(forged, new SubmissionContext(UUID.randomUUID().toString(), api,
                "10.77.1.2", Languages.FRENCH)).inquiryId();

        Lead after = fixtures.leadOf(centre.tenant, email);
        assertEquals(lead.getId(), after.getId(), "the request joined the person's lead");
        assertEquals("Aminata", after.getFirstName(), "the record keeps its first name");
        assertEquals("+221771234567", after.getPhoneE164(), "the record keeps the phone recruiters call");

        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            List<LeadProposal> proposals = leads.open(lead.getId()).proposals();
            assertEquals(List.of(LeadField.FIRST_NAME, LeadField.PHONE),
                    proposals.stream().map(LeadProposal::getField).toList(),
                    "the differing values are proposed; the same last name and country propose nothing");
            assertTrue(proposals.stream().allMatch(p -> p.getSource() == ChangeSource.INQUIRY_API));
            List<LeadEvent> proposedLines = timeline(lead, LeadEventKind.VALUE_PROPOSED);
            assertEquals(2, proposedLines.size(), "each other value is a line on the timeline");
            assertTrue(proposedLines.stream().anyMatch(e -> e.getDetail().contains("Mallory")
                    && e.getDetail().contains("INQUIRY_API")), "the line says which value and which source");

            LeadProposal phone = proposals.get(1);
            leads.acceptProposal(lead.getId(), phone.getId(), "+221771234567");
            assertEquals("+15148720311", fixtures.leadOf(centre.tenant, email).getPhoneE164(), "accepted in one click");
            assertEquals("Aminata", fixtures.leadOf(centre.tenant, email).getFirstName(), "the other stays proposed");
            assertEquals(List.of(LeadField.FIRST_NAME),
                    leads.open(lead.getId()).proposals().stream().map(LeadProposal::getField).toList());
            BusinessRuleException twice = assertThrows(BusinessRuleException.class,
                    () -> leads.acceptProposal(lead.getId(), phone.getId(), "+15148720311"));
            assertEquals("lead.proposalDecided", twice.messageKey());
            leads.dismissProposal(lead.getId(), proposals.get(0).getId());
            assertTrue(leads.open(lead.getId()).proposals().isEmpty());
            assertEquals(1, timeline(lead, LeadEventKind.PROPOSAL_ACCEPTED).size());
            assertEquals(1, timeline(lead, LeadEventKind.PROPOSAL_DISMISSED).size());
        }
        try (TenantContext.Scope ignored = TestSessions.signedInAs(centre.admin, centre.tenant)) {
            List<LeadAudit> audit = leads.audit(lead.getId());
            assertEquals(1, audit.size(), "only the accepted value changed the record: " + audit.size());
            LeadAudit accepted = audit.get(0);
            assertEquals("PHONE", accepted.getField());
            assertEquals("+221771234567", accepted.getOldValue());
            assertEquals("+15148720311", accepted.getNewValue());
            assertEquals(ChangeSource.PROPOSAL_ACCEPTED, accepted.getSource(), "from what");
            assertEquals(centre.recruiter.getId(), accepted.getActorId(), "who");
            assertEquals(phoneProposalId(lead), accepted.getSourceRef(), "which proposal");

            // The journal says what first gave the value, not the proposal's internal number, read as a request's.
            LeadService.Journal journal = leads.journal(lead.getId());
            assertEquals("valeur donnée par une demande d'information (site partenaire) (n° " + request
                            + "), acceptée par Awa Diop",
                    AuditSources.described(accepted, journal.proposalOf(accepted), "Awa Diop", Languages.FRENCH));
            assertEquals("value from an information request (partner site) (#" + request
                            + "), accepted by Awa Diop",
                    AuditSources.described(accepted, journal.proposalOf(accepted), "Awa Diop", Languages.ENGLISH));
        }
    }

    /**
     * The person's address typed in full-width mode or ended with a dot ("exemple.sn.") is theirs: the request
     * proposes its other values on their record instead of making a second record of the same person.
     */
    @Test
    void anAddressTypedInFullWidthOrWithADotAfterTheDomainJoinsThePersonsRecord() {
        Centre centre = centre("lookalike");
        String email = InquiryRequests.uniqueEmail();
        Lead lead = fixtures.newLead(centre.tenant, centre.program, "Aminata", "Koné", email, null, null);
        String fullWidthFirst = (char) (email.charAt(0) - 'a' + 'ａ') + email.substring(1);
        for (String typed : List.of(email + ".", fullWidthFirst)) {
            InquiryRequest request = InquiryRequests.complete(typed, centre.program.getId());
            request.setFirstName("Aminatou");
            request.setLastName("Koné");
            fixtures.submitted(request, form());
        }
        long records = tenancy.asTenant(centre.tenant.getId(), () -> em.createQuery(
                "select count(l) from Lead l where l.emailNormalized like :start", Long.class)
                .setParameter("start", email.substring(0, email.indexOf('@')) + "%").getSingleResult());
        assertEquals(1L, records, "one person, one record");
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            assertEquals(List.of(LeadField.FIRST_NAME), leads.open(lead.getId()).proposals().stream()
                    .map(LeadProposal::getField).distinct().toList(), "the other first name proposed on the record");
        }
    }

    @Test
    void theSameOtherValueSentTwiceIsOneProposal() {
        Centre centre = centre("twice");
        String email = InquiryRequests.uniqueEmail();
        Lead lead = fixtures.newLead(centre.tenant, centre.program, "Lucía", "Fernández", email, null, null);
        for (int i = 0; i < 2; i++) {
            InquiryRequest again = InquiryRequests.complete(email, centre.program.getId());
            again.setFirstName("Lucia");
            again.setLastName("Fernandez Ruiz");
            fixtures.submitted(again, form());
        }
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            List<LeadProposal> proposals = leads.open(lead.getId()).proposals();
            assertEquals(2, proposals.size(), "first and last name, once each");
            assertEquals(2, timeline(lead, LeadEventKind.VALUE_PROPOSED).size());
        }
    }

    @Test
    void aRequestFillsWhatTheRecordLackedAndTheAuditSaysFromWhichRequest() {
        Centre centre = centre("fill");
        String email = InquiryRequests.uniqueEmail();
        Lead lead = fixtures.newLead(centre.tenant, centre.program, "Chen", "Wei", email, null, null);
        assertNull(lead.getPhoneE164());

        InquiryRequest withPhone = InquiryRequests.complete(email, centre.program.getId());
        withPhone.setFirstName("Chen");
        withPhone.setLastName("Wei");
        withPhone.setPhone("+86 138 0013 8000");
        var receipt = fixtures.submitted(withPhone, form());

        assertEquals("+8613800138000", fixtures.leadOf(centre.tenant, email).getPhoneE164(), "the missing phone is filled");
        try (TenantContext.Scope ignored = TestSessions.signedInAs(centre.admin, centre.tenant)) {
            LeadAudit filled = leads.audit(lead.getId()).stream().filter(a -> a.getField().equals("PHONE"))
                    .findFirst().orElseThrow();
            assertNull(filled.getOldValue());
            assertEquals(ChangeSource.INQUIRY_FORM, filled.getSource());
            assertEquals(receipt.inquiryId(), filled.getSourceRef());
            assertNull(filled.getActorId(), "no member of staff did it");
            assertTrue(leads.open(lead.getId()).proposals().isEmpty());
        }
    }

    @Test
    void aPersonKnownByOneNameIsNotGivenASecondByAnotherSourceOnlyProposedOne() {
        Centre centre = centre("onename");
        String email = InquiryRequests.uniqueEmail();
        Lead lead = fixtures.newLead(centre.tenant, centre.program, "", "Sukarno", email, null, null);

        InquiryRequest withAFirstName = InquiryRequests.complete(email, centre.program.getId());
        withAFirstName.setFirstName("Sukarno");
        withAFirstName.setLastName("Sukarno");
        fixtures.submitted(withAFirstName, form());

        Lead after = fixtures.leadOf(centre.tenant, email);
        assertEquals("", after.getFirstName(), "the one name the centre holds stays the person's only name");
        assertEquals("Sukarno", after.getLastName());
        try (TenantContext.Scope ignored = TestSessions.signedInAs(centre.admin, centre.tenant)) {
            assertEquals(List.of(LeadField.FIRST_NAME), leads.open(lead.getId()).proposals().stream()
                    .map(LeadProposal::getField).toList(), "the first name the request gave, proposed to staff");
            assertTrue(leads.audit(lead.getId()).stream().noneMatch(a -> a.getField().equals("FIRST_NAME")),
                    "nothing written in the person's record");
        }
    }

    @Test
    void aStaffCorrectionOfTheEmailMovesTheMatchingKeyButNeverOntoAnotherLeadsAddress() {
        Centre centre = centre("key");
        String oldEmail = InquiryRequests.uniqueEmail();
        String otherEmail = InquiryRequests.uniqueEmail();
        Lead lead = fixtures.newLead(centre.tenant, centre.program, "Olena", "Kovalenko", oldEmail, null, null);
        Lead other = fixtures.newLead(centre.tenant, centre.program, "Ivan", "Petrenko", otherEmail, null, null);
        String newEmail = "Olena.K." + UUID.randomUUID().toString().substring(0, 8) + "@Example.org";
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            correctEmail(lead, newEmail);
            BusinessRuleException taken = assertThrows(BusinessRuleException.class,
                    () -> correctEmail(other, " " + newEmail.toLowerCase(java.util.Locale.ROOT)));
            assertEquals("lead.emailTaken", taken.messageKey());
            assertEquals(otherEmail, leads.open(other.getId()).lead().getEmail(), "the refused change saved nothing");
        }
        assertEquals(lead.getId(), fixtures.leadOf(centre.tenant, newEmail).getId(), "the key moved with the e-mail");

        InquiryRequest fromNewAddress = InquiryRequests.complete(newEmail, centre.program.getId());
        fromNewAddress.setFirstName("Olena");
        fromNewAddress.setLastName("Kovalenko");
        fixtures.submitted(fromNewAddress, form());
        assertEquals(1L, countLeads(centre.tenant, "Olena"), "a request from the new address joins the same person");
    }

    @Test
    void anotherCentresProposalIsNotFound() {
        Centre one = centre("one");
        Centre two = centre("two");
        String email = InquiryRequests.uniqueEmail();
        Lead lead = withFirstNameProposed(one, "Ana", "Silva", email, "Anabela");
        long proposalId;
        try (TenantContext.Scope ignored = one.asRecruiter()) {
            proposalId = leads.open(lead.getId()).proposals().get(0).getId();
        }
        try (TenantContext.Scope ignored = two.asRecruiter()) {
            assertThrows(NotFoundException.class, () -> leads.acceptProposal(lead.getId(), proposalId, "Ana"));
        }
        assertEquals("Ana", fixtures.leadOf(one.tenant, email).getFirstName());
    }

    @Test
    void aProposalAcceptedFromAPageOpenedBeforeAColleaguesCorrectionDoesNotWriteOverIt() {
        Centre centre = centre("stale");
        String email = InquiryRequests.uniqueEmail();
        Lead lead = withFirstNameProposed(centre, "Zeynep", "Kaya", email, "Zéynep");
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            long proposalId = leads.open(lead.getId()).proposals().get(0).getId();
            // The page of one recruiter shows "Zeynep" beside the proposal; meanwhile a colleague corrects the name.
            correct(lead, LeadField.FIRST_NAME, "Zeynep-Nur");

            BusinessRuleException stale = assertThrows(BusinessRuleException.class,
                    () -> leads.acceptProposal(lead.getId(), proposalId, "Zeynep"));
            assertEquals("lead.proposalFieldChangedMeanwhile", stale.messageKey());
            assertEquals("Zeynep-Nur", fixtures.leadOf(centre.tenant, email).getFirstName(),
                    "the colleague's correction stays");
            assertEquals(1, leads.open(lead.getId()).proposals().size(), "the proposal is still there to decide");

            leads.acceptProposal(lead.getId(), proposalId, "Zeynep-Nur");
            assertEquals("Zéynep", fixtures.leadOf(centre.tenant, email).getFirstName(),
                    "accepted over the value the page now shows");
        }
    }

    /** A lead of the centre, and a request from its address that gives another first name (proposed). */
    private Lead withFirstNameProposed(Centre centre, String firstName, String lastName, String email,
                                       String otherFirstName) {
        Lead lead = fixtures.newLead(centre.tenant, centre.program, firstName, lastName, email, null, null);
        InquiryRequest renamed = InquiryRequests.complete(email, centre.program.getId());
        renamed.setFirstName(otherFirstName);
        renamed.setLastName(lastName);
        fixtures.submitted(renamed, form());
        return lead;
    }

    private void correctEmail(Lead lead, String email) {
        correct(lead, LeadField.EMAIL, email);
    }

    private void correct(Lead lead, LeadField corrected, String value) {
        Lead loaded = leads.open(lead.getId()).lead();
        Map<LeadField, String> original = new EnumMap<>(LeadField.class);
        for (LeadField field : LeadField.values()) {
            original.put(field, field.of(loaded));
        }
        Map<LeadField, String> edited = new EnumMap<>(original);
        edited.put(corrected, value);
        leads.updateDetails(lead.getId(), loaded.getVersion(), original, edited);
    }

    private List<LeadEvent> timeline(Lead lead, LeadEventKind kind) {
        return leads.timeline(lead.getId(), 0, 200).stream().filter(e -> e.getKind() == kind).toList();
    }

    private long phoneProposalId(Lead lead) {
        return tenancy.acrossAllTenants(() -> em.createQuery("select p.id from LeadProposal p where p.leadId = :l"
                + " and p.field = :f", Long.class).setParameter("l", lead.getId())
                .setParameter("f", LeadField.PHONE).getSingleResult());
    }

    private long countLeads(Tenant tenant, String firstName) {
        return tenancy.acrossAllTenants(() -> em.createQuery("select count(l) from Lead l where l.tenantId = :t"
                + " and l.firstName = :f", Long.class).setParameter("t", tenant.getId())
                .setParameter("f", firstName).getSingleResult());
    }

    private static SubmissionContext form() {
        return new SubmissionContext(UUID.randomUUID().toString(), Inquiry.Channel.FORM,
                "10." + (int) (Math.random() * 250) + ".3." + (int) (Math.random() * 250), Languages.FRENCH);
    }

    private Centre centre(String label) {
        Tenant tenant = fixtures.newSchoolBoard(label);
        UserAccount recruiter = fixtures.newAccount(tenant, Role.RECRUITER);
        UserAccount admin = fixtures.newAccount(tenant, Role.CSS_ADMIN);
        Program program = fixtures.newProgram(tenant, ProgramType.DEP, TestFixtures.programCode(),
                "Soudage-montage", "Welding and Fitting", "07",
                "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 10), true);
        return new Centre(tenant, recruiter, admin, program);
    }

    private record Centre(Tenant tenant, UserAccount recruiter, UserAccount admin, Program program) {
        TenantContext.Scope asRecruiter() {
            return TestSessions.signedInAs(recruiter, tenant);
        }
    }
}
