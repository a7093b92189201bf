package ca.tremplin.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.applicant.ApplicantFileService;
import ca.tremplin.applicant.DocumentKind;
import ca.tremplin.applicant.DocumentReviewService;
import ca.tremplin.application.ApplicationRequest;
import ca.tremplin.application.ApplicationService;
import ca.tremplin.event.Event;
import ca.tremplin.event.EventService;
import ca.tremplin.event.EventType;
import ca.tremplin.event.PublicEvents;
import ca.tremplin.event.RegistrationRequest;
import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.person.Lead;
import ca.tremplin.person.LeadStage;
import ca.tremplin.person.LeadField;
import ca.tremplin.person.LeadRepository;
import ca.tremplin.tenant.Tenancy;
import ca.tremplin.tenant.TenantContext;
import ca.tremplin.testsupport.DatabaseRows;
import ca.tremplin.testsupport.InServerTest;
import ca.tremplin.testsupport.InquiryRequests;
import ca.tremplin.testsupport.TestCentre;
import ca.tremplin.testsupport.TestFixtures;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Merging a duplicate gives the lead that is kept everything that was the person's — the documents sent through the
 * applicant's link (and the link itself, which then uploads to the kept lead), event registrations, applications —
 * so that staff see it on one page; the merged lead's old links open the kept lead; the person's own pages find them
 * by either address; and staff may then give the kept lead the merged one's address.
 */
class LeadMergeIT extends InServerTest {

    private static final byte[] PDF = "%PDF-1.7\nPasseport\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Inject
    TestFixtures fixtures;

    @Inject
    LeadService leads;

    @Inject
    PublicEvents publicEvents;

    @Inject
    EventService events;

    @Inject
    ApplicationService applications;

    @Inject
    DocumentReviewService review;

    @Inject
    ApplicantFileService applicantFiles;

    @Inject
    LeadRepository people;

    @Inject
    Tenancy tenancy;

    @Inject
    ca.tremplin.application.OfferPipelineService offers;

    @Inject
    LeadListService leadList;

    @Inject
    DatabaseRows rows;

    @Inject
    LeadConsents consents;

    @Inject
    ca.tremplin.person.PersonErasure erasure;

    @jakarta.persistence.PersistenceContext(unitName = "tremplin")
    jakarta.persistence.EntityManager em;

    @org.jboss.arquillian.test.api.ArquillianResource
    java.net.URL deployment;

    /**
     * A recruiter adds a note on a lead page opened before a colleague merged that lead into another: the record that
     * stays opens, says so and carries the note being typed, where the page answered "page not found" and lost the
     * note; nothing is written.
     */
    @Test
    void anActionOnALeadAColleagueMergedMeanwhileSaysSoAndKeepsWhatWasTyped() throws Exception {
        TestCentre centre = fixtures.newCentre("merge-meanwhile");
        Lead[] twice = samePersonTwice(centre, "Ama", "Owusu");
        Lead kept = twice[0];
        Lead duplicate = twice[1];
        ca.tremplin.testsupport.HttpVisitor recruiter = signedIn(centre.recruiter());
        java.net.http.HttpRequest note = recruiter.form("admin/lead.xhtml?id=" + duplicate.getId(), "lead",
                Map.of("lead:note", "Rappelée ce matin"), "lead:add-note");

        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            leads.merge(kept.getId(), duplicate.getId());
        }
        String page = followedToTheKeptRecord(recruiter, recruiter.send(note), kept);
        assertTrue(page.contains("vient d’être fusionné dans celui-ci"), page);
        assertTrue(page.contains("Rappelée ce matin"), "the note being typed is carried there, to add if it fits");
        assertEquals(0L, rows.count("select count(*) from lead_event where kind = 'NOTE_ADDED' and lead_id in (?, ?)",
                kept.getId(), duplicate.getId()), "nothing written");
    }

    /**
     * Details saved on a lead page opened before a colleague merged that lead into another: the record that stays
     * opens, says so, and shows what was typed in its fields, not saved; nothing is written.
     */
    @Test
    void detailsSavedOnALeadAColleagueMergedMeanwhileAreCarriedToTheRecordThatStays() throws Exception {
        TestCentre centre = fixtures.newCentre("merge-save");
        Lead[] twice = samePersonTwice(centre, "Efua", "Asante");
        Lead kept = twice[0];
        Lead duplicate = twice[1];
        // The centre's admin, whose page also shows the audit of personal data.
        ca.tremplin.testsupport.HttpVisitor recruiter = signedIn(centre.admin());
        String page = "admin/lead.xhtml?id=" + duplicate.getId();
        String phone = fieldNamed(recruiter.get(page).body(), "Téléphone");
        java.net.http.HttpRequest save = recruiter.form(page, "lead", Map.of(phone, "+233 24 123 4567"), "lead:save");

        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            leads.merge(kept.getId(), duplicate.getId());
        }
        String opened = followedToTheKeptRecord(recruiter, recruiter.send(save), kept);
        assertTrue(opened.contains("vient d’être fusionné dans celui-ci"), opened);
        String keptPhone = fieldNamed(opened, "Téléphone");
        assertTrue(opened.contains("name=\"" + keptPhone + "\" value=\"+233 24 123 4567\""),
                "the phone typed is in the record that stays, to save if it is the right person");
        assertTrue(opened.contains("Vos changements à l’identité de la personne sont gardés dans les champs"));
        assertEquals(0L, rows.count("select count(*) from `lead` where id in (?, ?) and phone_e164 = '+233241234567'",
                kept.getId(), duplicate.getId()), "nothing saved");
    }

    /**
     * A note, a task, a tag, an owner or a withdrawal of consent written on a lead while a colleague's merge of it into
     * another record is being written: each waits for the merge, then is told the record was merged meanwhile (the
     * lead page then opens the record that stays, with what was typed), and nothing lands on the record merged away,
     * where nobody would see it again — a withdrawal there would not even stop the mail.
     */
    @Test
    void whatIsWrittenOnALeadWhileAColleagueMergesItWaitsAndNothingIsLeftOnTheRecordMergedAway() throws Exception {
        TestCentre centre = fixtures.newCentre("merge-writers");
        Map<String, java.util.function.LongConsumer> writers = new java.util.LinkedHashMap<>();
        writers.put("note", id -> leads.addNote(id, "Rappelée ce matin"));
        writers.put("task", id -> leads.addTask(id, "Rappeler demain", java.time.Instant.now().plusSeconds(86_400),
                null));
        writers.put("tag", id -> leads.addTag(id, "bourse"));
        writers.put("owner", id -> leads.assignOwner(id, leads.open(id).lead().getOwnerId(), centre.admin().getId()));
        writers.put("withdrawal", id -> consents.recordWithdrawal(id, ca.tremplin.person.ConsentPurpose.CONTACT,
                ca.tremplin.person.ConsentChannel.PHONE, java.time.Instant.now(), null));
        for (Map.Entry<String, java.util.function.LongConsumer> writer : writers.entrySet()) {
            Lead[] twice = samePersonTwice(centre, "Abena", "Mensah");
            Lead kept = twice[0];
            Lead duplicate = twice[1];
            long eventsBefore = rows.count("select count(*) from lead_event where lead_id = ?", duplicate.getId());
            // The colleague's merge, holding the duplicate's row until the write waits for it.
            ca.tremplin.testsupport.FirstClick merging = new ca.tremplin.testsupport.FirstClick(
                    database::getConnection, "update `lead` set merged_into_id = " + kept.getId() + " where id = "
                            + duplicate.getId());
            try (TenantContext.Scope ignored = centre.asRecruiter()) {
                merging.meets(LeadPipelineIT.LEAD_LOCKED, () -> assertThrows(ca.tremplin.kernel.NotFoundException.class,
                        () -> writer.getValue().accept(duplicate.getId()), writer.getKey()));
            }
            assertTrue(merging.met(), writer.getKey() + " waited for the merge");
            assertEquals(eventsBefore, rows.count("select count(*) from lead_event where lead_id = ?",
                    duplicate.getId()), writer.getKey() + ": no line on the record merged away");
            assertEquals(0L, rows.count("select count(*) from lead_tag where lead_id = ?", duplicate.getId()));
            assertEquals(0L, rows.count("select count(*) from consent_change where lead_id = ?", duplicate.getId()));
            assertEquals(0L, rows.count("select count(*) from lead_task where lead_id = ? and title = ?",
                    duplicate.getId(), "Rappeler demain"));
        }
    }

    /** Where the test's own transactions (a colleague's merge being written) take their connections. */
    @jakarta.annotation.Resource(lookup = "java:jboss/datasources/TremplinDS")
    javax.sql.DataSource database;

    /**
     * Details saved on a lead page opened before the centre's admin erased the person: refused, saying the person was
     * erased meanwhile, and the page shows the record as the erasure left it — what was typed, the person's data, is
     * neither written back nor shown again.
     */
    @Test
    void detailsSavedOnARecordErasedMeanwhileAreRefusedSayingSoAndNothingComesBack() throws Exception {
        TestCentre centre = fixtures.newCentre("erase-save");
        Lead lead = fixtures.newLead(centre.tenant(), centre.program(), "Yaw", "Boateng",
                InquiryRequests.uniqueEmail(), null, 2001);
        ca.tremplin.testsupport.HttpVisitor recruiter = signedIn(centre.recruiter());
        String page = "admin/lead.xhtml?id=" + lead.getId();
        String phone = fieldNamed(recruiter.get(page).body(), "Téléphone");
        java.net.http.HttpRequest save = recruiter.form(page, "lead", Map.of(phone, "+233 24 765 4321"), "lead:save");

        try (TenantContext.Scope ignored = centre.asAdmin()) {
            erasure.eraseOnRequest(lead.getId());
        }
        java.net.http.HttpResponse<String> answer = recruiter.send(save);

        assertEquals(200, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("Les renseignements personnels de cette personne ont été effacés pendant que"
                + " sa fiche était ouverte : rien n’a été enregistré"), answer.body());
        assertFalse(answer.body().contains("+233 24 765 4321"), "what was typed is not shown again");
        assertEquals(0L, rows.count("select count(*) from `lead` where id = ? and phone_e164 is not null",
                lead.getId()), "nothing written");
        assertEquals(0L, rows.count("select count(*) from lead_audit where lead_id = ? and source = 'STAFF'",
                lead.getId()), "no change of the person's details recorded after their erasure");
    }

    /**
     * Two members of staff edit one person at once: the second's save is refused, the field the first changed shows
     * its value now, and what the second typed in another field stays in it, to save again, not to retype.
     */
    @Test
    void aRefusedEditKeepsWhatWasTypedInTheFieldsNobodyElseChanged() throws Exception {
        TestCentre centre = fixtures.newCentre("edit-race");
        Lead lead = fixtures.newLead(centre.tenant(), centre.program(), "Thu", "Nguyễn",
                InquiryRequests.uniqueEmail(), null, 2003);
        String page = "admin/lead.xhtml?id=" + lead.getId();
        ca.tremplin.testsupport.HttpVisitor first = new ca.tremplin.testsupport.HttpVisitor(deployment);
        first.signIn(centre.recruiter().getEmail(), TestFixtures.PASSWORD);
        ca.tremplin.testsupport.HttpVisitor second = new ca.tremplin.testsupport.HttpVisitor(deployment);
        second.signIn(centre.recruiter().getEmail(), TestFixtures.PASSWORD);
        String shown = first.get(page).body();
        String phone = fieldNamed(shown, "Téléphone");
        String citizenship = fieldNamed(shown, "Citoyenneté");
        java.net.http.HttpRequest late = second.form(page, "lead", Map.of(citizenship, "MA", phone, "+1 514 555 0199"),
                "lead:save");

        first.send(first.form(page, "lead", Map.of(phone, "+221 77 123 45 67"), "lead:save"));
        String refused = second.send(late).body();

        assertTrue(refused.contains("Quelqu’un d’autre a modifié ce candidat"), refused);
        assertTrue(refused.contains("name=\"" + phone + "\" value=\"+221771234567\""),
                "the colleague's phone shown as it is now");
        assertTrue(refused.contains("name=\"" + citizenship + "\" value=\"MA\""), "what was typed is still there");
        assertTrue(refused.contains("Vos changements à l’identité de la personne sont gardés dans les champs"),
                "and said to be not saved yet");
        assertTrue(refused.contains("Ce que vous aviez saisi, non enregistré : Téléphone « +1 514 555 0199 »"),
                "the phone typed in the field the colleague changed is not lost from sight: " + refused);
        assertFalse("MA".equals(rows.string("select citizenship from `lead` where id = ?", lead.getId())),
                "nothing saved");
    }

    /** One person under two addresses: the record that will stay, then the one that will be merged into it. */
    private Lead[] samePersonTwice(TestCentre centre, String firstName, String lastName) {
        return new Lead[] {
            fixtures.newLead(centre.tenant(), centre.program(), firstName, lastName, InquiryRequests.uniqueEmail(),
                    null, 2002),
            fixtures.newLead(centre.tenant(), centre.program(), firstName, lastName, InquiryRequests.uniqueEmail(),
                    null, 2002)};
    }

    private ca.tremplin.testsupport.HttpVisitor signedIn(ca.tremplin.security.UserAccount account) throws Exception {
        ca.tremplin.testsupport.HttpVisitor visitor = new ca.tremplin.testsupport.HttpVisitor(deployment);
        visitor.signIn(account.getEmail(), TestFixtures.PASSWORD);
        return visitor;
    }

    /**
     * The page an action on a merged record was sent to — the record that stays, not "page not found" —, opened as a
     * browser does, with the cookies the answer set (Faces' flash, which carries the message and what was typed).
     */
    private String followedToTheKeptRecord(ca.tremplin.testsupport.HttpVisitor recruiter,
                                           java.net.http.HttpResponse<String> answer, Lead kept) throws Exception {
        assertEquals(302, answer.statusCode(), answer.body());
        String location = answer.headers().firstValue("Location").orElseThrow();
        assertTrue(location.endsWith("/admin/lead.xhtml?id=" + kept.getId()), "to the record that stays: " + location);
        String cookies = recruiter.sessionCookie() + answer.headers().allValues("Set-Cookie").stream()
                .map(cookie -> "; " + cookie.substring(0, cookie.indexOf(';') < 0 ? cookie.length()
                        : cookie.indexOf(';'))).collect(java.util.stream.Collectors.joining());
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(deployment.toString().replaceAll("/+$", "") + location.substring(
                        location.indexOf("/admin/")))).header("Cookie", cookies).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
    }

    /** The name of the lead page's input whose label reads {@code label}. */
    private static String fieldNamed(String page, String label) {
        java.util.regex.Matcher field = java.util.regex.Pattern.compile("<label for=\"([^\"]+)\"[^>]*>"
                + java.util.regex.Pattern.quote(label) + "</label>").matcher(page);
        assertTrue(field.find(), label + " on the page");
        return field.group(1);
    }

    /**
     * The record that stays keeps its stage; the other's, further along, is returned for the page to say, where it
     * was lost without a word (a qualified person shown as contacted). The same stage returns nothing to say.
     */
    @Test
    void theOtherRecordsStageIsSaidWhenItDiffers() throws Exception {
        TestCentre centre = fixtures.newCentre("merge-stage");
        Lead kept = fixtures.newLead(centre.tenant(), centre.program(), "Kofi", "Mensah",
                InquiryRequests.uniqueEmail(), null, 2001);
        Lead further = fixtures.newLead(centre.tenant(), centre.program(), "Kofi", "Mensah",
                InquiryRequests.uniqueEmail(), null, 2001);
        Lead same = fixtures.newLead(centre.tenant(), centre.program(), "Kofi", "Mensah",
                InquiryRequests.uniqueEmail(), null, 2001);
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            leads.changeStage(further.getId(), LeadStage.CONTACTED, null, null);
            leads.changeStage(further.getId(), LeadStage.QUALIFIED, null, null);

            assertEquals(LeadStage.QUALIFIED, leads.merge(kept.getId(), further.getId()).otherStage());
            assertEquals(null, leads.merge(kept.getId(), same.getId()).otherStage(), "both new: nothing to say");
        }
        assertEquals("NEW", rows.string("select stage from `lead` where id = ?", kept.getId()),
                "the record that stays keeps its own stage");
    }

    /**
     * The record merged away had the phone the record that stays lacked, and another country of residence: the phone
     * is filled, audited as a merge by whoever merged with the merged record named; the other country waits beside the
     * record as another value given, which staff accept in one click; the owner the kept record lacked is the other's,
     * on the timeline as any change of owner. The journal names where each value came from in words — the merged
     * record, the merge behind a value accepted —, never the internal number of a proposal.
     */
    @Test
    void theMergedRecordsPhoneFillsTheKeptOneAndItsOtherCountryWaitsToBeAccepted() throws Exception {
        TestCentre centre = fixtures.newCentre("merge-details");
        ca.tremplin.inquiry.InquiryRequest keptsRequest = InquiryRequests.complete(InquiryRequests.uniqueEmail(),
                centre.program().getId());
        keptsRequest.setFirstName("Fatou");
        keptsRequest.setLastName("Sarr");
        keptsRequest.setPhone(null);
        keptsRequest.setCountryOfResidence("SN");
        Lead kept = fixtures.newLead(centre.tenant(), keptsRequest);
        ca.tremplin.inquiry.InquiryRequest othersRequest = InquiryRequests.complete(InquiryRequests.uniqueEmail(),
                centre.program().getId());
        othersRequest.setFirstName("Fatou");
        othersRequest.setLastName("Sarr");
        othersRequest.setPhone("+221 77 100 00 01");
        othersRequest.setCountryOfResidence("CI");
        Lead duplicate = fixtures.newLead(centre.tenant(), othersRequest);
        assertTrue(duplicate.getOwnerId() != null, "the request gave the other record an owner");
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            leads.assignOwner(kept.getId(), kept.getOwnerId(), null);
        }

        LeadService.MergeOutcome merged;
        String owner;
        try (TenantContext.Scope ignored = centre.asAdmin()) {
            merged = leads.merge(kept.getId(), duplicate.getId());
            owner = leads.staffNames().get(duplicate.getOwnerId());
        }
        assertEquals(List.of(LeadField.PHONE), merged.filled(), "what the kept record lacked, said to whoever merged");
        assertEquals(List.of(LeadField.EMAIL, LeadField.COUNTRY), merged.proposed(),
                "what differs is kept; the same names, citizenship and language propose nothing");
        assertEquals(owner, merged.ownerTaken());

        long country;
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            LeadView view = leads.open(kept.getId());
            assertEquals("+221771000001", view.lead().getPhoneE164(), "the phone is no longer only on the hidden record");
            assertEquals("SN", view.lead().getCountryOfResidence(), "the kept record's own country stays");
            assertEquals(duplicate.getOwnerId(), view.lead().getOwnerId());
            ca.tremplin.person.LeadProposal otherCountry = view.proposals().stream()
                    .filter(proposal -> proposal.getField() == LeadField.COUNTRY).findFirst().orElseThrow();
            assertEquals("CI", otherCountry.getProposedValue());
            assertEquals(ca.tremplin.person.ChangeSource.MERGE, otherCountry.getSource());
            assertEquals(duplicate.getId(), otherCountry.getSourceRef(), "given by the merged record");
            List<ca.tremplin.person.LeadEvent> timeline = leads.timeline(kept.getId(), 0, 50);
            assertEquals(ca.tremplin.person.LeadEventKind.MERGED, timeline.get(0).getKind(), "the merge heads what it did");
            assertEquals(1, timeline.stream().filter(line -> line.getKind() == ca.tremplin.person.LeadEventKind
                    .OWNER_CHANGED && owner.equals(line.getDetail())).count(), "the owner taken, as any change of owner");
            assertEquals(2, timeline.stream().filter(line -> line.getKind() == ca.tremplin.person.LeadEventKind
                    .VALUE_PROPOSED && centre.admin().getId().equals(line.getActorId())).count(),
                    "each other value on the timeline, by whoever merged");
            country = otherCountry.getId();
            leads.acceptProposal(kept.getId(), country, "SN");
            assertEquals("CI", leads.open(kept.getId()).lead().getCountryOfResidence(), "accepted in one click");
        }
        try (TenantContext.Scope ignored = centre.asAdmin()) {
            ca.tremplin.person.LeadAudit phone = leads.audit(kept.getId()).stream()
                    .filter(line -> "PHONE".equals(line.getField())).findFirst().orElseThrow();
            assertEquals(null, phone.getOldValue());
            assertEquals("+221771000001", phone.getNewValue());
            assertEquals(ca.tremplin.person.ChangeSource.MERGE, phone.getSource(), "from what");
            assertEquals(centre.admin().getId(), phone.getActorId(), "who");
            assertEquals(duplicate.getId(), phone.getSourceRef(), "which record");
            assertEquals(null, phone.getMergedFromLeadId(), "a change of the kept record itself");
        }

        String page = signedIn(centre.admin()).get("admin/lead.xhtml?id=" + kept.getId()).body();
        String journal = page.substring(page.indexOf("id=\"lead-audit\""));
        assertTrue(journal.contains("une fusion de doublons (fiche n° " + duplicate.getId() + ")"), journal);
        assertTrue(journal.contains("valeur donnée par une fusion de doublons (fiche n° " + duplicate.getId()
                + "), acceptée par " + centre.recruiter().getDisplayName()), journal);
        assertFalse(journal.contains("#" + country + "<"), "the proposal's own number means nothing to staff");
        assertTrue(page.contains("donnée par une fusion de doublons (fiche n° " + duplicate.getId() + ")"),
                "the other address waiting beside the record says where it came from");
    }

    @Test
    void theKeptLeadShowsTheMergedOnesDocumentsRegistrationsApplicationsAndItsLinkUploadsThere() throws Exception {
        TestCentre centre = fixtures.newCentre("merge-all");
        String email = InquiryRequests.uniqueEmail();
        String otherEmail = InquiryRequests.uniqueEmail();
        Lead kept = fixtures.newLead(centre.tenant(), centre.program(), "Mei", "Zhang", email, null, 2001);
        Lead duplicate = fixtures.newLead(centre.tenant(), centre.program(), "Mei", "Zhang", otherEmail, null, 2001);
        Event fair = event(centre);
        publicEvents.register(fair.getId(), new RegistrationRequest("Mei", "Zhang", otherEmail, null, "CN", true,
                true, null, null, null), UUID.randomUUID().toString(), "10.67.1.2", Locale.FRENCH);
        long application = applications.apply(centre.offer().getId(), application(otherEmail), "cv.pdf", PDF,
                Locale.FRENCH, "10.67.1.3");
        // The person applied to the same offer under their other address too.
        long keptsOwn = applications.apply(centre.offer().getId(), application(email), "cv-2.pdf", PDF,
                Locale.FRENCH, "10.67.1.4");
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            review.sendLink(duplicate.getId());
            Lead current = leads.open(duplicate.getId()).lead();
            java.util.Map<ca.tremplin.person.LeadField, String> original =
                    new java.util.EnumMap<>(ca.tremplin.person.LeadField.class);
            for (ca.tremplin.person.LeadField field : ca.tremplin.person.LeadField.values()) {
                original.put(field, field.of(current));
            }
            java.util.Map<ca.tremplin.person.LeadField, String> edited = new java.util.EnumMap<>(original);
            edited.put(ca.tremplin.person.LeadField.CITIZENSHIP, "ML");
            leads.updateDetails(duplicate.getId(), current.getVersion(), original, edited);
        }
        String token = token(otherEmail);
        applicantFiles.upload(token, DocumentKind.PASSPORT, "passeport.pdf", PDF);

        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            leads.merge(kept.getId(), duplicate.getId());

            assertEquals(List.of("passeport.pdf"), review.documents(kept.getId()).stream()
                    .map(ca.tremplin.applicant.LeadDocument::getFileName).toList());
            assertEquals(java.util.Set.of(application, keptsOwn), applications.ofLead(kept.getId()).stream()
                    .map(ca.tremplin.application.LeadApplication::id).collect(java.util.stream.Collectors.toSet()),
                    "both applications to the offer, the one made under the other address too, on the person's page");
            assertEquals(List.of(kept.getId(), kept.getId()), offers.page(centre.offer().getId(), 0, 10,
                            ca.tremplin.kernel.TableSort.DEFAULT).stream()
                    .map(ca.tremplin.application.ApplicationRow::leadId).toList(),
                    "the offer's list names the person as the record that stays, not the one merged away");
            assertEquals(List.of(kept.getId()), leadList.page(new ca.tremplin.pipeline.LeadFilter(null, null,
                            null, null, null, null, null, null, null, null, null,
                            otherEmail.substring(0, otherEmail.indexOf('@'))), 0, 10, ca.tremplin.kernel.TableSort.DEFAULT).stream().map(LeadRow::id).toList(),
                    "the address merged away finds the record that stays");
            assertEquals(Optional.of(kept.getId()), leads.survivorOf(duplicate.getId()),
                    "the merged lead's page, linked from its application, opens the kept lead");
            assertEquals(Optional.empty(), leads.survivorOf(kept.getId()));
        }
        try (TenantContext.Scope admin = centre.asAdmin()) {
            ca.tremplin.person.LeadAudit moved = leads.audit(kept.getId()).stream()
                    .filter(line -> "CITIZENSHIP".equals(line.getField())).findFirst().orElseThrow();
            assertEquals(duplicate.getId(), moved.getMergedFromLeadId(),
                    "the change made on the other record says so, not as a change of the kept record's own value");
        }
        assertEquals(String.valueOf(kept.getId()), rows.string(
                "select lead_id from event_registration where event_id = ?", fair.getId()));
        applicantFiles.upload(token, DocumentKind.DIPLOMAS, "diplome.pdf", PDF);
        assertEquals(2, rows.count("select count(*) from lead_document where lead_id = ?", kept.getId()),
                "the link sent before the merge uploads to the kept lead");
        assertEquals(0, rows.count("select count(*) from lead_document where lead_id = ?", duplicate.getId()));

        List<Long> following = tenancy.acrossAllTenants(() -> people.followingAddress(
                ca.tremplin.person.ContactDetails.normalizeEmail(otherEmail)).stream().map(Lead::getId).toList());
        assertEquals(List.of(kept.getId()), following, "the person's own pages find the kept lead by either address");
    }

    /**
     * One person under three addresses, merged twice in a row (the first into the second, then the second into the
     * third): the first points at the record that stays, so its application, its address in the search box and its
     * data in the person's export are the kept record's, not one step away and lost.
     */
    @Test
    void recordsMergedTwiceInARowAllLeadToTheRecordThatStays() throws Exception {
        TestCentre centre = fixtures.newCentre("merge-chain");
        // An address with a hyphen, searched for whole as a person writes it.
        String first = "mei-z." + UUID.randomUUID().toString().substring(0, 8) + "@exemple-courriel.test";
        Lead a = fixtures.newLead(centre.tenant(), centre.program(), "Mei", "Zhang", first, null, 2001);
        Lead b = fixtures.newLead(centre.tenant(), centre.program(), "Mei", "Zhang", InquiryRequests.uniqueEmail(),
                null, 2001);
        Lead c = fixtures.newLead(centre.tenant(), centre.program(), "Mei", "Zhang", InquiryRequests.uniqueEmail(),
                null, 2001);
        long applied = applications.apply(centre.offer().getId(), application(first), "cv.pdf", PDF, Locale.FRENCH,
                "10.67.2.1");
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            leads.merge(b.getId(), a.getId());
            leads.merge(c.getId(), b.getId());

            assertEquals(List.of(applied), applications.ofLead(c.getId()).stream()
                    .map(ca.tremplin.application.LeadApplication::id).toList());
            assertEquals(List.of(c.getId()), leadList.page(new ca.tremplin.pipeline.LeadFilter(null, null, null, null,
                            null, null, null, null, null, null, null, first), 0, 10,
                    ca.tremplin.kernel.TableSort.DEFAULT).stream().map(LeadRow::id).toList());
        }
        assertEquals(String.valueOf(c.getId()), rows.string("select merged_into_id from `lead` where id = ?",
                a.getId()), "the first record points at the one that stays");
    }

    /**
     * The lines of a record merged away — its request, a note written about it — say on the kept record's timeline,
     * in words, the record they were written on, with its name and address, so that "requested information" under
     * the other address is not read as the kept record's own; the kept record's own lines and what the merge wrote say
     * nothing. Merged again into a third record, each line still names the record it was first written on, on the
     * record's page and on the page of its request alike.
     */
    @Test
    void theMovedLinesOfAMergedRecordSayOnTheKeptRecordsTimelineWhichRecordTheyCameFrom() throws Exception {
        TestCentre centre = fixtures.newCentre("merge-timeline");
        String othersAddress = InquiryRequests.uniqueEmail();
        Lead kept = fixtures.newLead(centre.tenant(), centre.program(), "Aminata", "Diallo",
                InquiryRequests.uniqueEmail(), null, 2003);
        Lead duplicate = fixtures.newLead(centre.tenant(), centre.program(), "Aminata", "Diallo", othersAddress, null,
                2003);
        Lead third = fixtures.newLead(centre.tenant(), centre.program(), "Aminata", "Diallo",
                InquiryRequests.uniqueEmail(), null, 2003);
        String othersNote = "A demandé le calendrier " + UUID.randomUUID();
        String keptsNote = "Rappelée le matin " + UUID.randomUUID();
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            leads.addNote(duplicate.getId(), othersNote);
            leads.addNote(kept.getId(), keptsNote);
            leads.merge(kept.getId(), duplicate.getId());

            List<ca.tremplin.person.LeadEvent> timeline = leads.timeline(kept.getId(), 0, 100);
            assertEquals(duplicate.getId(), line(timeline, othersNote).getMergedFromLeadId(), "the other's note");
            assertEquals(null, line(timeline, keptsNote).getMergedFromLeadId(), "the kept record's own note");
            assertEquals(List.of(duplicate.getId()), timeline.stream()
                    .filter(event -> event.getKind() == ca.tremplin.person.LeadEventKind.REQUEST_RECEIVED
                            && event.getMergedFromLeadId() != null)
                    .map(ca.tremplin.person.LeadEvent::getMergedFromLeadId).toList(), "the other's request");
            assertEquals(1, timeline.stream().filter(event -> event.getKind()
                    == ca.tremplin.person.LeadEventKind.REQUEST_RECEIVED && event.getMergedFromLeadId() == null)
                    .count(), "the kept record's own request");
            assertEquals(null, timeline.get(0).getMergedFromLeadId(), "the merge's own line is the kept record's");

            leads.merge(third.getId(), kept.getId());
            List<ca.tremplin.person.LeadEvent> again = leads.timeline(third.getId(), 0, 100);
            assertEquals(duplicate.getId(), line(again, othersNote).getMergedFromLeadId(),
                    "the record it was first written on, not the one between");
            assertEquals(kept.getId(), line(again, keptsNote).getMergedFromLeadId());
        }

        String page = signedIn(centre.recruiter()).get("admin/lead.xhtml?id=" + third.getId()).body();
        String shown = page.substring(page.indexOf(othersNote));
        assertTrue(shown.substring(0, shown.indexOf("</tr>")).contains("De la fiche fusionnée n° " + duplicate.getId()
                + " : Aminata Diallo &lt;" + othersAddress + "&gt;"), "said under the line, in words: " + shown);
        String own = page.substring(page.indexOf(keptsNote));
        assertTrue(own.substring(0, own.indexOf("</tr>")).contains("De la fiche fusionnée n° " + kept.getId() + " : "),
                own);

        // The page of the request the kept record was made by lists the same timeline and says the same.
        long request = tenancy.acrossAllTenants(() -> em.createQuery(
                        "select r.id from RoutedInquiry r where r.lead.id = :lead order by r.id", Long.class)
                .setParameter("lead", third.getId()).setMaxResults(1).getSingleResult());
        String requestPage = signedIn(centre.recruiter()).get("admin/inquiry.xhtml?id=" + request).body();
        String moved = requestPage.substring(requestPage.indexOf(othersNote));
        assertTrue(moved.substring(0, moved.indexOf("</li>")).contains("De la fiche fusionnée n° " + duplicate.getId()
                + " : Aminata Diallo &lt;" + othersAddress + "&gt;"), "the request's timeline says it too: " + moved);
        String keptLine = requestPage.substring(requestPage.indexOf(keptsNote));
        assertTrue(keptLine.substring(0, keptLine.indexOf("</li>")).contains("De la fiche fusionnée n° "
                + kept.getId()), keptLine);
    }

    private static ca.tremplin.person.LeadEvent line(List<ca.tremplin.person.LeadEvent> timeline, String detail) {
        return timeline.stream().filter(event -> detail.equals(event.getDetail())).findFirst().orElseThrow();
    }

    /**
     * Two recruiters merge the same two records crosswise at the same moment: one merge is made, the other is told a
     * colleague merged them meanwhile; the person keeps one live record, whose page opens, never a loop of records
     * merged into each other.
     */
    @Test
    void twoRecruitersMergingTheSameTwoRecordsCrosswiseAtOnceLeaveOneLiveRecord() throws Exception {
        TestCentre centre = fixtures.newCentre("merge-crosswise");
        Lead first = fixtures.newLead(centre.tenant(), centre.program(), "Moussa", "Traoré",
                InquiryRequests.uniqueEmail(), null, 2000);
        Lead second = fixtures.newLead(centre.tenant(), centre.program(), "Moussa", "Traoré",
                InquiryRequests.uniqueEmail(), null, 2000);
        java.util.function.Function<long[], java.util.concurrent.Callable<String>> merging = pair -> () -> {
            try {
                leads.merge(pair[0], pair[1]);
                return "merged";
            } catch (BusinessRuleException refused) {
                return refused.messageKey();
            }
        };
        assertEquals(List.of("lead.mergedMeanwhile", "merged"), ca.tremplin.security.TestSessions.atOnce(
                centre.tenant(), centre.recruiter(), merging.apply(new long[] {first.getId(), second.getId()}),
                centre.recruiter(), merging.apply(new long[] {second.getId(), first.getId()})));
        long live = tenancy.acrossAllTenants(() -> java.util.stream.Stream.of(first.getId(), second.getId())
                .map(id -> em.find(Lead.class, id)).filter(lead -> lead.getMergedIntoId() == null).count());
        assertEquals(1L, live, "one live record of the person");
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            long survivor = leads.survivorOf(first.getId()).or(() -> leads.survivorOf(second.getId())).orElseThrow();
            assertEquals("Moussa", leads.open(survivor).lead().getFirstName(), "the record that remains opens");
        }
    }

    @Test
    void theKeptLeadMayTakeTheMergedOnesAddressButNoOtherLeadsAddress() {
        TestCentre centre = fixtures.newCentre("merge-address");
        String email = InquiryRequests.uniqueEmail();
        String otherEmail = InquiryRequests.uniqueEmail();
        String strangerEmail = InquiryRequests.uniqueEmail();
        Lead kept = fixtures.newLead(centre.tenant(), centre.program(), "Awa", "Ndiaye", email, null, 2001);
        Lead duplicate = fixtures.newLead(centre.tenant(), centre.program(), "Awa", "Ndiaye", otherEmail, null, 2001);
        fixtures.newLead(centre.tenant(), centre.program(), "Binta", "Sow", strangerEmail, null, 2002);
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            leads.merge(kept.getId(), duplicate.getId());

            BusinessRuleException taken = assertThrows(BusinessRuleException.class,
                    () -> changeEmail(kept.getId(), email, strangerEmail));
            assertEquals("lead.emailTaken", taken.messageKey());

            changeEmail(kept.getId(), email, otherEmail.toUpperCase(Locale.ROOT));

            assertEquals(otherEmail.toUpperCase(Locale.ROOT), leads.open(kept.getId()).lead().getEmail());
        }
        fixtures.newLead(centre.tenant(), centre.program(), "Awa", "Ndiaye", otherEmail, null, 2001);
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            assertEquals(3, leads.open(kept.getId()).requests().size(),
                    "a request from the address joins the kept lead, which holds it now");
        }
    }

    private void changeEmail(long leadId, String before, String after) {
        LeadView view = leads.open(leadId);
        Map<LeadField, String> original = new EnumMap<>(LeadField.class);
        for (LeadField field : LeadField.values()) {
            original.put(field, field.of(view.lead()));
        }
        Map<LeadField, String> edited = new EnumMap<>(original);
        edited.put(LeadField.EMAIL, after);
        leads.updateDetails(leadId, view.lead().getVersion(), original, edited);
    }

    private Event event(TestCentre centre) {
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            Event event = new Event();
            event.setType(EventType.WEBINAR);
            event.setVirtual(true);
            event.setOnlineUrl("https://meet.example.org/" + UUID.randomUUID());
            event.setTitleFr("Webinaire " + UUID.randomUUID());
            LocalDateTime start = LocalDateTime.now(ZoneId.of("America/Toronto")).plusDays(3);
            Event saved = events.save(event, start, start.plusHours(2), "America/Toronto");
            return events.publish(saved.getId(), saved.getVersion());
        }
    }

    private String token(String recipient) throws Exception {
        for (String body : rows.strings("select body_text from outbox_message where recipient = ? order by id desc",
                recipient)) {
            Matcher found = Pattern.compile("/dossier\\.xhtml\\?token=([A-Za-z0-9_-]+)").matcher(body);
            if (found.find()) {
                return found.group(1);
            }
        }
        throw new AssertionError("no applicant link sent to " + recipient);
    }

    private static ApplicationRequest application(String email) {
        ApplicationRequest request = new ApplicationRequest();
        request.setFirstName("Mei");
        request.setLastName("Zhang");
        request.setEmail(email);
        request.setCountry("CN");
        request.setMessage("Soudeuse depuis trois ans.");
        request.setConsent(true);
        return request;
    }
}
