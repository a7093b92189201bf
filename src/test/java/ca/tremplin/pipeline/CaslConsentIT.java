package ca.tremplin.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.inquiry.InquiryRequest;
import ca.tremplin.inquiry.InquirySettingsService;
import ca.tremplin.inquiry.ReplyTemplate;
import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.kernel.Languages;
import ca.tremplin.kernel.NotFoundException;
import ca.tremplin.kernel.RateLimitedException;
import ca.tremplin.person.ConsentChannel;
import ca.tremplin.person.ConsentEntry;
import ca.tremplin.person.ConsentPurpose;
import ca.tremplin.person.Lead;
import ca.tremplin.preferences.ConsentPreferences;
import ca.tremplin.preferences.PreferencesView;
import ca.tremplin.person.MailingConsents;
import ca.tremplin.testsupport.DatabaseRows;
import ca.tremplin.testsupport.InServerTest;
import ca.tremplin.testsupport.InquiryRequests;
import ca.tremplin.testsupport.TestCentre;
import ca.tremplin.tenant.TenantContext;
import jakarta.inject.Inject;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * CASL at the time of sending: consent implied by an information request lasts six months; after that, a person
 * who never ticked the news box is left out of the centre's bulk e-mail, and the sender is told how many were left
 * out and why. Express consent does not lapse; a recent request's implied consent still allows the message. A
 * consent withdrawn — from the preferences link at the foot of an e-mail, or by phone as staff record it — leaves the
 * person out of the centre's next bulk e-mail at once, as a new line of the register, never an overwrite.
 */
class CaslConsentIT extends InServerTest {

    @Inject
    LeadListService list;

    @Inject
    InquirySettingsService settings;

    @Inject
    DatabaseRows rows;

    @Inject
    ConsentPreferences preferences;

    @Inject
    ca.tremplin.unsubscribe.Unsubscriptions unsubscriptions;

    @Inject
    LeadConsents consents;

    @Inject
    LeadService leads;

    @org.jboss.arquillian.test.api.ArquillianResource
    java.net.URL deployment;

    @Inject
    ca.tremplin.applicant.DocumentReviewService review;

    @Inject
    LeadListExport export;

    @Test
    void aLapsedImpliedConsentIsLeftOutOfABulkEmailAndTheSenderIsToldWhy() throws SQLException {
        TestCentre centre = fixtures.newCentre("casl");
        Lead lapsed = lead(centre, false, 7);
        Lead express = lead(centre, true, 7);
        Lead recent = lead(centre, false, 1);
        String subject = "Portes ouvertes " + UUID.randomUUID();
        long templateId;
        try (TenantContext.Scope ignored = centre.asAdmin()) {
            templateId = settings.saveTemplate(new ReplyTemplate(subject, "fr", subject, "Bonjour {firstName}"))
                    .getId();
        }

        // A centre whose profile has no mailing address sends no bulk e-mail: CASL wants it in every message.
        String address = centre.tenant().getMailingAddress();
        rows.execute("update tenant set mailing_address = null where id = ?", centre.tenant().getId());
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            assertEquals("leads.bulkNeedsMailingAddress", assertThrows(ca.tremplin.kernel.BusinessRuleException.class,
                    () -> list.email(List.of(express.getId()), templateId)).messageKey());
        }
        assertEquals(0, rows.strings("select recipient from outbox_message where subject = ?", subject).size(),
                "nothing went out");
        rows.execute("update tenant set mailing_address = ? where id = ?", address, centre.tenant().getId());

        LeadListService.BulkResult result;
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            result = list.email(List.of(lapsed.getId(), express.getId(), recent.getId()), templateId);
        }

        assertEquals(2, result.done(), "express consent, and implied consent less than six months old");
        assertEquals(List.of(lapsed.fullName()), result.leftOut());
        assertEquals(Map.of(MailingConsents.Standing.LAPSED.messageKey(), 1), result.whyLeftOut(),
                "how many, and why");
        assertEquals(List.of(express.getEmail(), recent.getEmail()).stream().sorted().toList(),
                rows.strings("select recipient from outbox_message where subject = ? order by recipient", subject),
                "no message to the person whose implied consent lapsed");
    }

    /**
     * The preview of a bulk e-mail counts whom the sending will reach and whom it leaves out, for the sending's
     * reasons, and shows the message the first of them will receive as the outbox writes it — the centre's footer and
     * links included, each token shown "…" — writing nothing: no message, no link. Sent after it, the message goes to
     * exactly those counted, as previewed.
     */
    @Test
    void aPreviewCountsWhomTheSendingReachesAndShowsTheMessageItThenSendsToExactlyThem() throws SQLException {
        TestCentre centre = fixtures.newCentre("preview");
        String subject = "Portes ouvertes " + UUID.randomUUID();
        long templateId = frenchTemplate(centre, subject + " — {firstName}", "Bonjour {firstName},\nÀ bientôt.");
        // In the order of their ids, which is the sending's: the first who will receive it is the express consent.
        Lead lapsed = lead(centre, false, 7);
        Lead express = lead(centre, true, 7);
        Lead unsubscribed = lead(centre, true, 1);
        Lead recent = lead(centre, false, 1);
        unsubscribeByOneClick(centre, unsubscribed, unsubscribed.getEmail());
        List<Long> chosen = List.of(recent.getId(), lapsed.getId(), unsubscribed.getId(), express.getId());
        String firstAddress = express.getEmailNormalized();
        long links = rows.count("select count(*) from unsubscribe_link where email_normalized = ?", firstAddress);
        long preferenceLinks = rows.count("select count(*) from preference_link where email_normalized = ?",
                firstAddress);

        BulkEmailPreview preview;
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            preview = list.previewEmail(chosen, templateId, null);
        }

        assertEquals(2, preview.recipients(), "express consent, and implied consent less than six months old");
        assertEquals(Map.of(MailingConsents.Standing.LAPSED.messageKey(), 1, "casl.unsubscribed", 1),
                preview.whyLeftOut());
        assertEquals(List.of(new BulkEmailPreview.Named(lapsed.getId(), lapsed.fullName())),
                preview.leftOut().get(0).named(), "each group names its people, for a link to each one's page");
        assertEquals(List.of(new BulkEmailPreview.Named(unsubscribed.getId(), unsubscribed.fullName())),
                preview.leftOut().get(1).named());
        BulkEmailPreview.Version shown = preview.first();
        assertEquals(express.fullName(), shown.firstRecipient(), "the first recipient in the sending's order");
        assertEquals(express.getEmail(), shown.address());
        assertEquals(subject + " — " + express.getFirstName(), shown.subject());
        assertTrue(shown.text().startsWith("Bonjour " + express.getFirstName() + ",\nÀ bientôt.\n\n-- \n"),
                shown.text());
        assertTrue(shown.text().contains("/desabonnement.xhtml?token=…&lang=fr")
                && shown.text().contains("/consentements.xhtml?token=…"), "each person's links: " + shown.text());
        assertEquals(0, rows.strings("select recipient from outbox_message where subject like ?", subject + "%")
                .size(), "a preview sends nothing");
        assertEquals(links, rows.count("select count(*) from unsubscribe_link where email_normalized = ?",
                firstAddress), "nor writes a link");
        assertEquals(preferenceLinks, rows.count("select count(*) from preference_link where email_normalized = ?",
                firstAddress));

        LeadListService.EmailSending sending;
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            sending = list.sendPreviewed(preview);
        }
        assertEquals(null, sending.newPreview(), "nothing changed since the preview: it goes");
        LeadListService.BulkResult sent = sending.sent();
        assertEquals(preview.recipients(), sent.done());
        assertEquals(preview.whyLeftOut(), sent.whyLeftOut());
        assertEquals(List.of(express.getEmail(), recent.getEmail()).stream().sorted().toList(),
                rows.strings("select recipient from outbox_message where subject like ? order by recipient",
                        subject + "%"), "exactly those counted");
        assertEquals(shown.text(), ca.tremplin.kernel.SecretLinks.withoutSecrets(rows.string(
                "select body_text from outbox_message where recipient = ? and subject like ?", express.getEmail(),
                subject + "%")), "the message previewed is the one sent, its tokens aside");
    }

    /**
     * Two records of one person that V76 kept apart rather than merged, the domain written "école.ca" on one and
     * "xn--cole-9oa.ca" on the other — one mailbox —, both chosen with someone else for a bulk e-mail: the preview
     * counts the second record under a reason of its own, and the person receives one message, on the first record's
     * timeline; nobody is said not to have been written to.
     */
    @Test
    void twoRecordsKeptApartAtOneAddressReceiveOneMessageOfABulkEmail() throws SQLException {
        TestCentre centre = fixtures.newCentre("kept-apart");
        String subject = "Portes ouvertes " + UUID.randomUUID();
        long templateId = frenchTemplate(centre, subject, "Bonjour {firstName},\nÀ bientôt.");
        String local = "awa." + UUID.randomUUID().toString().substring(0, 8);
        Lead unicode = lead(centre, local + "@école.ca", true);
        Lead ascii = lead(centre, InquiryRequests.uniqueEmail(), true);
        // As V76 left a record whose key was stored with the domain in ASCII while another held the Unicode spelling.
        rows.execute("update `lead` set email = ?, email_normalized = ? where id = ?", local + "@xn--cole-9oa.ca",
                local + "@xn--cole-9oa.ca", ascii.getId());
        Lead other = lead(centre, true, 1);
        List<Long> chosen = List.of(other.getId(), ascii.getId(), unicode.getId());

        BulkEmailPreview preview;
        LeadListService.EmailSending sending;
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            preview = list.previewEmail(chosen, templateId, null);
            sending = list.sendPreviewed(preview);
        }

        assertEquals(List.of(unicode.getId(), other.getId()), preview.recipientIds(), "one record per address");
        assertEquals(Map.of(BulkEmailRules.SAME_ADDRESS, 1), preview.whyLeftOut());
        assertEquals(List.of(ascii.getId()), preview.leftOut().get(0).named().stream()
                .map(BulkEmailPreview.Named::leadId).toList());
        LeadListService.BulkResult sent = sending.sent();
        assertEquals(2, sent.done(), "sent as previewed");
        assertEquals(List.of(), sent.leftOut(), "the other record's person was written to");
        assertEquals(1L, rows.count("select count(*) from outbox_message where subject = ? and recipient = ?",
                subject, local + "@école.ca"), "one message to the person's mailbox");
        assertEquals(2L, rows.count("select count(*) from outbox_message where subject = ?", subject));
        assertEquals(1L, rows.count("select count(*) from lead_event where lead_id = ? and kind = 'EMAIL_SENT'"
                + " and detail = ?", unicode.getId(), subject), "on the timeline of the record written to");
        assertEquals(0L, rows.count("select count(*) from lead_event where lead_id = ? and kind = 'EMAIL_SENT'"
                + " and detail = ?", ascii.getId(), subject));
    }

    /**
     * A lead merged into another record between the preview and "Send": nothing is sent, since the sending would no
     * longer be the one previewed, and the new preview counts the merged lead under a reason of its own (never a "not
     * found" page). Sent after that new preview, the message goes to the others.
     */
    @Test
    void aLeadMergedBetweenThePreviewAndTheSendingStopsItAndTheNewPreviewLeavesItOutWithItsReason()
            throws SQLException {
        TestCentre centre = fixtures.newCentre("merged-since");
        String subject = "Journée carrières " + UUID.randomUUID();
        long templateId = frenchTemplate(centre, subject, "Bonjour {firstName},\nÀ bientôt.");
        Lead kept = lead(centre, true, 1);
        Lead merged = lead(centre, true, 1);
        Lead other = lead(centre, true, 1);
        List<Long> chosen = List.of(kept.getId(), merged.getId(), other.getId());

        BulkEmailPreview preview;
        LeadListService.EmailSending stopped;
        LeadListService.EmailSending sent;
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            preview = list.previewEmail(chosen, templateId, null);
            leads.merge(kept.getId(), merged.getId());
            stopped = list.sendPreviewed(preview);
            assertEquals(0, rows.strings("select recipient from outbox_message where subject = ?", subject).size(),
                    "nothing sent to people other than those previewed");
            sent = list.sendPreviewed(stopped.newPreview());
        }

        assertEquals(3, preview.recipients());
        assertEquals(null, stopped.sent(), "not sent");
        BulkEmailPreview now = stopped.newPreview();
        assertEquals(2, now.recipients());
        assertEquals(Map.of(LeadListService.GONE, 1), now.whyLeftOut(), "the merged one, counted under its reason");
        assertEquals(3, now.chosen().size(), "counted among the leads chosen");
        assertEquals(2, sent.sent().done(), "confirmed, the new preview goes to the others");
        assertEquals(java.util.Set.of(kept.getId(), other.getId()), java.util.Set.copyOf(sent.sent().reached()));
        assertEquals(List.of(kept.getEmail(), other.getEmail()).stream().sorted().toList(),
                rows.strings("select recipient from outbox_message where subject = ? order by recipient", subject));
    }

    /**
     * The preview groups the people left out by the reasons of the person package's rules — consent withdrawn, contact
     * refused on the list they came from, consent lapsed, unsubscribed — each counted and named; a consent withdrawn
     * by phone after the preview stops "Send", nothing reaches anyone, and the new preview counts that person among the
     * withdrawn. A colleague's edit of the template after the preview stops it too: what goes is what was shown.
     */
    @Test
    void thePreviewGroupsThoseLeftOutByReasonAndAnythingChangedBeforeSendStopsIt() throws SQLException {
        TestCentre centre = fixtures.newCentre("preview-groups");
        String subject = "Salon virtuel " + UUID.randomUUID();
        long templateId = frenchTemplate(centre, subject, "Bonjour {firstName},\nÀ bientôt.");
        Lead express = lead(centre, true, 1);
        Lead lapsed = lead(centre, false, 7);
        Lead withdrawing = lead(centre, true, 1);
        Lead withdrawn = lead(centre, true, 1);
        Lead unsubscribed = lead(centre, true, 1);
        unsubscribeByOneClick(centre, unsubscribed, unsubscribed.getEmail());
        // Known from a list that said "contact: no" and never agreed before: its request's consent read as that no.
        Lead refused = lead(centre, false, 0);
        rows.execute("update consent_record set granted = false where purpose = 'CONTACT' and inquiry_id in"
                + " (select r.inquiry_id from routed_inquiry r where r.lead_id = ?)", refused.getId());
        List<Long> chosen = List.of(express.getId(), lapsed.getId(), withdrawing.getId(), withdrawn.getId(),
                unsubscribed.getId(), refused.getId());
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            consents.recordWithdrawal(withdrawn.getId(), ConsentPurpose.NEWS, ConsentChannel.PHONE, Instant.now(),
                    null);
        }

        BulkEmailPreview preview;
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            preview = list.previewEmail(chosen, templateId, null);
        }
        assertEquals(2, preview.recipients(), "the express consent and the one who has not withdrawn yet");
        assertEquals(Map.of(MailingConsents.Standing.LAPSED.messageKey(), 1,
                        MailingConsents.Standing.WITHDRAWN.messageKey(), 1, "casl.unsubscribed", 1,
                        MailingConsents.Standing.REFUSED.messageKey(), 1), preview.whyLeftOut());
        assertEquals(4, preview.leftOutCount());
        assertEquals(List.of(refused.fullName()), preview.leftOut().stream()
                .filter(group -> group.reason().equals(MailingConsents.Standing.REFUSED.messageKey()))
                .flatMap(group -> group.named().stream()).map(BulkEmailPreview.Named::name).toList());

        LeadListService.EmailSending afterWithdrawal;
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            consents.recordWithdrawal(withdrawing.getId(), ConsentPurpose.NEWS, ConsentChannel.PHONE, Instant.now(),
                    null);
            afterWithdrawal = list.sendPreviewed(preview);
        }
        assertEquals(null, afterWithdrawal.sent(), "one counted no longer would receive it: nothing goes");
        assertEquals(0, rows.strings("select recipient from outbox_message where subject = ?", subject).size(),
                "nobody was written to, not even the one whose consent still stands");
        assertEquals(List.of(express.getId()), afterWithdrawal.newPreview().recipientIds());
        assertEquals(2, afterWithdrawal.newPreview().whyLeftOut().get(MailingConsents.Standing.WITHDRAWN.messageKey()));

        try (TenantContext.Scope ignored = centre.asAdmin()) {
            ReplyTemplate edited = settings.templates().stream().filter(t -> t.getId() == templateId).findFirst()
                    .orElseThrow();
            edited.setBody("Bonjour {firstName}, le salon est reporté.");
            settings.saveTemplate(edited);
        }
        LeadListService.EmailSending afterEdit;
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            afterEdit = list.sendPreviewed(afterWithdrawal.newPreview());
        }
        assertEquals(null, afterEdit.sent(), "the same person, another message: nothing goes");
        assertTrue(afterEdit.newPreview().first().text().startsWith("Bonjour " + express.getFirstName()
                + ", le salon est reporté."), afterEdit.newPreview().first().text());
        assertEquals(0, rows.strings("select recipient from outbox_message where subject = ?", subject).size());

        LeadListService.EmailSending confirmed;
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            confirmed = list.sendPreviewed(afterEdit.newPreview());
        }
        assertEquals(1, confirmed.sent().done());
        assertEquals(List.of(express.getEmail()),
                rows.strings("select recipient from outbox_message where subject = ?", subject));
    }

    @Test
    void aConsentWithdrawnFromThePreferencesLinkOfAnEmailLeavesThePersonOutOfTheNextBulkEmailAtThatCentreOnly()
            throws SQLException {
        TestCentre centre = fixtures.newCentre("prefs-a");
        TestCentre other = fixtures.newCentre("prefs-b");
        String address = InquiryRequests.uniqueEmail();
        Lead leaving = lead(centre, address, true);
        Lead elsewhere = lead(other, address, true);
        String first = "Portes ouvertes " + UUID.randomUUID();
        assertEquals(1, bulk(centre, leaving, first).done());
        String token = preferencesToken(rows.string("select body_text from outbox_message where recipient = ?"
                + " and subject = ?", address, first));

        PreferencesView before = preferences.view(token, "203.0.113.7");
        assertEquals(List.of(centre.tenant().getNameFr(), other.tenant().getNameFr()),
                before.centres().stream().map(PreferencesView.Centre::nameFr).toList(), "every centre that follows the address");
        assertTrue(news(before, centre).given());
        PreferencesView after = preferences.change(token, centre.tenant().getId(), ConsentPurpose.NEWS, false,
                "203.0.113.7", Languages.ENGLISH);
        assertTrue(news(after, centre).withdrawn(), "in force at once");
        assertTrue(news(after, other).given(), "another centre's consent is its own");
        preferences.change(token, centre.tenant().getId(), ConsentPurpose.NEWS, false, "203.0.113.7",
                Languages.ENGLISH);
        assertEquals(1, rows.count("select count(*) from consent_change where lead_id = ? and channel = 'PREFERENCES'",
                leaving.getId()), "the button pressed twice: one withdrawal recorded, not two");

        String second = "Salon " + UUID.randomUUID();
        LeadListService.BulkResult next = bulk(centre, leaving, second);
        assertEquals(0, next.done());
        assertEquals(Map.of(MailingConsents.Standing.WITHDRAWN.messageKey(), 1), next.whyLeftOut());
        assertEquals(1, bulk(other, elsewhere, second).done(), "the other centre still writes");
        assertEquals("I withdraw my consent to receiving news and invitations to events.",
                rows.string("select text_shown from consent_change where lead_id = ? and channel = 'PREFERENCES'",
                        leaving.getId()), "the sentence the person confirmed, in their language");
        assertEquals(1, rows.count("select count(*) from consent_record c join routed_inquiry r"
                + " on r.inquiry_id = c.inquiry_id where r.lead_id = ? and c.purpose = 'NEWS' and c.granted",
                leaving.getId()), "the consent given with the request is never overwritten: the withdrawal is a new line");

        preferences.change(token, centre.tenant().getId(), ConsentPurpose.NEWS, true, "203.0.113.7",
                Languages.ENGLISH);
        assertEquals(1, bulk(centre, leaving, "Rentrée " + UUID.randomUUID()).done(), "given again, written to again");
        assertThrows(NotFoundException.class, () -> preferences.view(token + "x", "203.0.113.7"));
        rows.execute("update preference_link set expires_at = ? where token_hash = ?",
                Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC).minusDays(1)),
                ca.tremplin.security.AccountTokens.sha256(token));
        assertTrue(preferences.view(token, "203.0.113.7").expired(), "an old link opens nothing");
    }

    /**
     * A centre's bulk e-mail the outbox has not sent — given up after an outage, which an admin may queue again — is
     * taken back once the person withdraws their news from their page, or by phone as staff record it; another
     * centre's stays.
     */
    @Test
    void aConsentWithdrawnTakesBackTheCentresBulkEmailNotSentYet() throws SQLException {
        TestCentre centre = fixtures.newCentre("prefs-attente");
        TestCentre other = fixtures.newCentre("prefs-attente-b");
        String address = InquiryRequests.uniqueEmail();
        Lead leaving = lead(centre, address, true);
        Lead elsewhere = lead(other, address, true);
        String first = "Portes ouvertes " + UUID.randomUUID();
        assertEquals(1, bulk(centre, leaving, first).done());
        assertEquals(1, bulk(other, elsewhere, first).done());
        String token = preferencesToken(rows.string("select body_text from outbox_message where recipient = ?"
                + " and subject = ? and tenant_id = ?", address, first, centre.tenant().getId()));
        // As an outage left them: given up, for an admin to queue again.
        rows.execute("update outbox_message set status = 'FAILED' where recipient = ? and subject = ?", address, first);

        preferences.change(token, centre.tenant().getId(), ConsentPurpose.NEWS, false, "203.0.113.80",
                Languages.FRENCH);

        assertEquals(List.of(String.valueOf(other.tenant().getId())), rows.strings("select tenant_id from"
                + " outbox_message where recipient = ? and subject = ?", address, first),
                "the centre's own taken back; the other centre's is its own");

        // Its news given a month ago: the withdrawal said now comes after it, whatever second it is recorded in.
        Lead caller = lead(centre, true, 1);
        String second = "Salon " + UUID.randomUUID();
        assertEquals(1, bulk(centre, caller, second).done());
        rows.execute("update outbox_message set status = 'FAILED' where subject = ?", second);
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            consents.recordWithdrawal(caller.getId(), ConsentPurpose.NEWS, ConsentChannel.PHONE, Instant.now(),
                    null);
        }
        assertEquals(0, rows.count("select count(*) from outbox_message where subject = ?", second),
                "taken back when staff record the person's word too");
    }

    @Test
    void aLaterFormWithTheNewsBoxLeftUntickedLeavesTheNewsGivenAndTheLinkOpensInTheMailsLanguage()
            throws SQLException {
        TestCentre centre = fixtures.newCentre("prefs-untick");
        String address = InquiryRequests.uniqueEmail();
        Lead lead = lead(centre, address, true);
        InquiryRequest again = InquiryRequests.complete(address, centre.program().getId());
        again.setConsentToNews(false);
        fixtures.submitted(again, new ca.tremplin.inquiry.SubmissionContext(UUID.randomUUID().toString(),
                ca.tremplin.inquiry.Inquiry.Channel.FORM, "10.20.30.40", Languages.ENGLISH));
        String subject = "Portes ouvertes " + UUID.randomUUID();
        assertEquals(1, bulk(centre, lead, subject).done(), "still written to: an unticked box is no withdrawal");

        String token = preferencesToken(rows.string("select body_text from outbox_message where recipient = ?"
                + " and subject = ?", address, subject));
        assertTrue(news(preferences.view(token, "203.0.113.9"), centre).given(),
                "and the person's page says so, rather than \"not given\"");
        String acknowledgement = rows.string("select body_text from outbox_message where recipient = ?"
                + " and subject like 'Your information request%' and body_html like '%lang=\"en\"%'"
                + " order by id desc limit 1", address);
        assertTrue(acknowledgement.contains("Your consents, centre by centre") && acknowledgement.contains("&lang=en")
                && !acknowledgement.contains("Vos consentements"), "an English mail, an English page: " + acknowledgement);
    }

    @Test
    void anUnsubscribedPersonSeesItOnTheirPageAndSubscribesAgainByGivingTheirNewsConsentAgain() throws SQLException {
        TestCentre centre = fixtures.newCentre("prefs-resubscribe");
        String address = InquiryRequests.uniqueEmail();
        Lead lead = lead(centre, address, true);
        String first = unsubscribeByOneClick(centre, lead, address);
        String token = preferencesToken(rows.string("select body_text from outbox_message where recipient = ?"
                + " and subject = ?", address, first));

        PreferencesView.Centre shown = preferences.view(token, "203.0.113.44").centres().get(0);
        assertTrue(shown.unsubscribedAt() != null, "the page says the person unsubscribed, and when");
        assertEquals(0, bulk(centre, lead, "Salon " + UUID.randomUUID()).done());

        subscribedAgainByGivingNews(centre, token, lead, "203.0.113.44");
    }

    /**
     * The person gives news again from their preferences link: the page no longer says they unsubscribed, the centre's
     * next bulk e-mail reaches {@code lead}, and its timeline says why.
     */
    private void subscribedAgainByGivingNews(TestCentre centre, String token, Lead lead, String ipAddress)
            throws SQLException {
        PreferencesView after = preferences.change(token, centre.tenant().getId(), ConsentPurpose.NEWS, true,
                ipAddress, Languages.FRENCH);
        assertEquals(null, after.centres().get(0).unsubscribedAt(), "news asked for again: subscribed again");
        assertEquals(1, bulk(centre, lead, "Rentrée " + UUID.randomUUID()).done(), "and written to again");
        assertEquals(1, rows.count("select count(*) from lead_event where lead_id = ? and kind = 'RESUBSCRIBED'",
                lead.getId()), "staff see why on the timeline");
    }

    /**
     * Unsubscribed from the centre's bulk e-mail, the person later sends a request: without the news box ticked they
     * stay unsubscribed; with it ticked too — anyone who knows the address can tick a box — until they confirm it from
     * the link at the foot of the acknowledgement, which asks them to (only the address's owner reads it; the page
     * says nothing of it). Confirmed, they are subscribed again as from their own page.
     */
    @Test
    void newsTickedOnALaterFormSubscribesAnUnsubscribedPersonAgainOnlyOnceTheyConfirmIt() throws SQLException {
        TestCentre centre = fixtures.newCentre("form-resubscribe");
        String address = InquiryRequests.uniqueEmail();
        Lead lead = lead(centre, address, true);
        unsubscribeByOneClick(centre, lead, address);

        lead(centre, address, false);
        assertEquals(0, bulk(centre, lead, "Salon " + UUID.randomUUID()).done(), "no news asked: still unsubscribed");
        assertEquals(0, rows.count("select count(*) from outbox_message where recipient = ? and body_text like ?",
                address, "%confirmez-le depuis le lien%"), "nothing to confirm when news was not ticked");

        lead(centre, address, true);
        assertEquals(1, rows.count("select count(*) from mail_opt_out where tenant_id = ? and email_normalized = ?",
                centre.tenant().getId(), address), "a box ticked on a public form ends no unsubscription");
        assertEquals(0, bulk(centre, lead, "Portes ouvertes " + UUID.randomUUID()).done(), "still left out");
        assertEquals(0, rows.count("select count(*) from lead_event where lead_id = ? and kind = 'RESUBSCRIBED'",
                lead.getId()));
        String acknowledgement = rows.string("select body_text from outbox_message where recipient = ?"
                + " and body_text like ?", address, "%confirmez-le depuis le lien%");
        assertTrue(acknowledgement != null, "the acknowledgement asks the person to confirm the news they ticked");

        subscribedAgainByGivingNews(centre, preferencesToken(acknowledgement), lead, "203.0.113.46");
    }

    @Test
    void oneLinkOpenedOrUsedOverAndOverFromManyAddressesIsBrakedWithTheTimeToWait() throws SQLException {
        TestCentre centre = fixtures.newCentre("prefs-brake");
        String address = InquiryRequests.uniqueEmail();
        Lead lead = lead(centre, address, true);
        String subject = "Webinaire " + UUID.randomUUID();
        assertEquals(1, bulk(centre, lead, subject).done());
        String token = preferencesToken(rows.string("select body_text from outbox_message where recipient = ?"
                + " and subject = ?", address, subject));
        for (int i = 0; i < 29; i++) {
            preferences.view(token, "198.51.100." + i);
        }
        preferences.change(token, centre.tenant().getId(), ConsentPurpose.NEWS, false, "198.51.100.200",
                Languages.ENGLISH);

        RateLimitedException braked = assertThrows(RateLimitedException.class,
                () -> preferences.view(token, "198.51.100.201"), "the link's 30 an hour, whatever the address");
        assertTrue(braked.retryAfterSeconds() > 0);
        assertThrows(RateLimitedException.class, () -> preferences.change(token, centre.tenant().getId(),
                ConsentPurpose.NEWS, true, "198.51.100.202", Languages.ENGLISH));
        assertEquals(1, rows.count("select count(*) from consent_change where lead_id = ?", lead.getId()),
                "the braked change wrote nothing");
    }

    @Test
    void aWithdrawalByPhoneThatStaffRecordLeavesThePersonOutAndJoinsTheConsentHistory() throws SQLException {
        TestCentre centre = fixtures.newCentre("prefs-phone");
        TestCentre stranger = fixtures.newCentre("prefs-other");
        Lead caller = lead(centre, InquiryRequests.uniqueEmail(), true);
        // After the request: a withdrawal said before the consent it would take back would not take it back.
        Instant saidAt = Instant.now();
        try (TenantContext.Scope ignored = stranger.asRecruiter()) {
            assertThrows(NotFoundException.class, () -> consents.recordWithdrawal(caller.getId(), ConsentPurpose.NEWS,
                    ConsentChannel.PHONE, saidAt, null), "another centre's lead is not found");
        }
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            assertEquals("consent.chooseChannel", assertThrows(BusinessRuleException.class,
                    () -> consents.recordWithdrawal(caller.getId(), ConsentPurpose.NEWS, null, saidAt, null))
                    .messageKey());
            assertEquals("consent.whenInFuture", assertThrows(BusinessRuleException.class,
                    () -> consents.recordWithdrawal(caller.getId(), ConsentPurpose.NEWS, ConsentChannel.PHONE,
                            Instant.now().plus(1, ChronoUnit.DAYS), null)).messageKey());
            BusinessRuleException tooEarly = assertThrows(BusinessRuleException.class,
                    () -> consents.recordWithdrawal(caller.getId(), ConsentPurpose.NEWS, ConsentChannel.PHONE,
                            Instant.parse("1900-01-01T05:00:00Z"), null));
            assertEquals("consent.withdrawalBeforeConsent", tooEarly.messageKey(),
                    "said before the consent given since, it would be recorded and change nothing");
            String said = tooEarly.localizedMessage(Languages.FRENCH);
            assertTrue(said.startsWith("La personne a donné ce consentement le ") && said.contains("(heure du Québec)"),
                    "when the consent that counts was given: " + said);
            consents.recordWithdrawal(caller.getId(), ConsentPurpose.NEWS, ConsentChannel.PHONE, saidAt,
                    "A appelé l'accueil : plus d'infolettre.");

            List<ConsentEntry> history = consents.history(caller.getId());
            ConsentEntry latest = history.get(0);
            assertTrue(latest.withdrawal(), "newest first, the withdrawal: " + history);
            assertEquals(ConsentPurpose.NEWS, latest.purpose());
            assertEquals(ConsentChannel.PHONE, latest.channel());
            assertEquals(centre.recruiter().getId(), latest.recordedBy());
            assertEquals("A appelé l'accueil : plus d'infolettre.", latest.note());
            assertEquals(saidAt.truncatedTo(ChronoUnit.MICROS), latest.at(),
                    "when the person said it, not when it was written");
            assertEquals("Je retire mon consentement à recevoir des nouvelles et des invitations à des événements.",
                    latest.textShown());
            assertTrue(history.stream().anyMatch(line -> line.purpose() == ConsentPurpose.NEWS && line.granted()
                    && line.channel() == null), "the consent given on the form stays in the history: " + history);
        }
        LeadListService.BulkResult result = bulk(centre, caller, "Infolettre " + UUID.randomUUID());
        assertEquals(0, result.done());
        assertEquals(Map.of(MailingConsents.Standing.WITHDRAWN.messageKey(), 1), result.whyLeftOut());
    }

    /**
     * A person withdrew their consent to be contacted (by phone, as staff recorded it), then asked for the centre's
     * news again from the link at the foot of an e-mail (the link to their file): their latest word wins, the same way
     * everywhere. Before, bulk e-mail leaves them out, the lead list's file says "withdrawn: do not write" and no
     * link to their file goes; after, the next bulk e-mail reaches them, the file says "consent given" — as bulk e-mail
     * then writes to them, where it said "withdrawn: do not write" — and the link to their file goes again.
     */
    @Test
    void newsGivenAgainAfterAWithdrawalIsTheLatestWordForBulkEmailTheListsFileAndTheFilesMail() throws Exception {
        TestCentre centre = fixtures.newCentre("latest-word");
        String address = InquiryRequests.uniqueEmail();
        Lead lead = lead(centre, address, false);
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            review.sendLink(lead.getId());
        }
        String token = preferencesToken(rows.string("select body_text from outbox_message where recipient = ?"
                + " and body_text like ?", address, "%/dossier.xhtml%"));
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            consents.recordWithdrawal(lead.getId(), ConsentPurpose.CONTACT, ConsentChannel.PHONE, Instant.now(),
                    "Ne plus m’écrire");
            assertEquals("applicant.linkNotSentWithdrawn", assertThrows(BusinessRuleException.class,
                    () -> review.sendLink(lead.getId())).messageKey());
        }
        LeadListService.BulkResult before = bulk(centre, lead, "Salon " + UUID.randomUUID());
        assertEquals(0, before.done());
        assertEquals(Map.of(MailingConsents.Standing.WITHDRAWN.messageKey(), 1), before.whyLeftOut());
        assertEquals("consentement retiré : ne pas écrire", exportedStanding(centre, lead));

        PreferencesView given = preferences.change(token, centre.tenant().getId(), ConsentPurpose.NEWS, true,
                "203.0.113.70", Languages.FRENCH);
        assertTrue(news(given, centre).given());

        assertEquals(1, bulk(centre, lead, "Rentrée " + UUID.randomUUID()).done(), "written to again");
        assertEquals("consentement donné", exportedStanding(centre, lead), "and the file says what the sending does");
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            review.sendLink(lead.getId());
        }
        assertEquals(2, rows.count("select count(*) from outbox_message where recipient = ? and body_text like ?",
                address, "%/dossier.xhtml%"), "the link to their file goes again");
    }

    /**
     * A person withdrew all contact on their own consents page, then gave news again there: the mail writes to them
     * again, and everything that says where they stand agrees with it — their page says being contacted is given since
     * the day they gave news (no longer "withdrawn"), the lead page says the same in force with "consent given" for
     * e-mail, and the lead list's file says "consent given". Withdrawing being contacted once more takes both back.
     */
    @Test
    void newsGivenAgainAfterWithdrawingAllContactOnTheirPageIsShownThereOnTheLeadPageAndInTheFileAsTheMailDoes()
            throws Exception {
        TestCentre centre = fixtures.newCentre("contact-again");
        String address = InquiryRequests.uniqueEmail();
        Lead lead = lead(centre, address, true);
        String token = preferencesTokenOfABulkEmail(centre, lead, address);

        PreferencesView withdrawn = preferences.change(token, centre.tenant().getId(), ConsentPurpose.CONTACT, false,
                "203.0.113.71", Languages.FRENCH);
        assertTrue(purpose(withdrawn, centre, ConsentPurpose.CONTACT).withdrawn());
        assertEquals("consentement retiré : ne pas écrire", exportedStanding(centre, lead));

        PreferencesView again = preferences.change(token, centre.tenant().getId(), ConsentPurpose.NEWS, true,
                "203.0.113.71", Languages.FRENCH);
        PreferencesView.Purpose contact = purpose(again, centre, ConsentPurpose.CONTACT);
        assertTrue(contact.given(), "her page no longer says contact withdrawn");
        assertEquals(purpose(again, centre, ConsentPurpose.NEWS).since(), contact.since(),
                "given since the day she gave news again");
        assertEquals(1, bulk(centre, lead, "Rentrée " + UUID.randomUUID()).done(), "written to again");
        assertEquals("consentement donné", exportedStanding(centre, lead), "the file says what the mail does");
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            LeadConsents.Standing standing = consents.standing(lead.getId());
            assertTrue(standing.inForce().get(ConsentPurpose.CONTACT).granted(), "the lead page says the same");
            assertEquals(ca.tremplin.person.EmailContact.Standing.CONSENTED, standing.email().standing());
        }

        PreferencesView stopped = preferences.change(token, centre.tenant().getId(), ConsentPurpose.CONTACT, false,
                "203.0.113.71", Languages.FRENCH);
        assertTrue(purpose(stopped, centre, ConsentPurpose.CONTACT).withdrawn());
        assertTrue(!purpose(stopped, centre, ConsentPurpose.NEWS).given(), "news goes with all contact");
        assertEquals(0, bulk(centre, lead, "Salon " + UUID.randomUUID()).done());
    }

    /**
     * A person gave news again on their page; staff then write down a call in which, the person says, they had
     * withdrawn all contact, dated before it: recorded, it would stand in the register and stop nothing. Staff are
     * told, with the day the person asked to be written to again, and nothing is recorded; dated after it, it is.
     */
    @Test
    void aWithdrawalOfBeingContactedDatedBeforeNewsGivenAgainIsRefusedWithTheDayThatCounts() throws Exception {
        TestCentre centre = fixtures.newCentre("before-news");
        // Her request a month ago: the call is dated after it, before the news she gives now.
        Lead lead = lead(centre, false, 1);
        String token = preferencesTokenOfABulkEmail(centre, lead, lead.getEmail());
        Instant beforeNews = Instant.now().minus(1, ChronoUnit.DAYS);
        preferences.change(token, centre.tenant().getId(), ConsentPurpose.NEWS, true, "203.0.113.72",
                Languages.FRENCH);
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            BusinessRuleException tooEarly = assertThrows(BusinessRuleException.class,
                    () -> consents.recordWithdrawal(lead.getId(), ConsentPurpose.CONTACT, ConsentChannel.PHONE,
                            beforeNews, null));
            assertEquals("consent.withdrawalBeforeAskingAgain", tooEarly.messageKey());
            assertTrue(tooEarly.localizedMessage(Languages.FRENCH).contains("(heure du Québec)"),
                    tooEarly.localizedMessage(Languages.FRENCH));
            assertEquals(0, rows.count("select count(*) from consent_change where lead_id = ? and purpose = 'CONTACT'",
                    lead.getId()), "nothing recorded");
            consents.recordWithdrawal(lead.getId(), ConsentPurpose.CONTACT, ConsentChannel.PHONE,
                    Instant.now(), null);
            assertTrue(consents.standing(lead.getId()).inForce().get(ConsentPurpose.CONTACT).withdrawal());
        }
        assertEquals(0, bulk(centre, lead, "Salon " + UUID.randomUUID()).done());
    }

    /**
     * A call taken yesterday, written down today: the register says when the person said it, and, as it was written
     * later, when it was recorded and by whom, so that nobody takes one for the other.
     */
    @Test
    void aWithdrawalRecordedAfterItWasSaidShowsBothWhenItWasSaidAndWhenItWasRecorded() throws SQLException {
        TestCentre centre = fixtures.newCentre("recorded-later");
        Lead lead = lead(centre, false, 1);
        Instant yesterday = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            consents.recordWithdrawal(lead.getId(), ConsentPurpose.CONTACT, ConsentChannel.PHONE, yesterday, null);
            ConsentEntry line = consents.history(lead.getId()).get(0);
            assertEquals(yesterday, line.at(), "when the person said it");
            assertTrue(line.recordedLater() != null && !line.recordedLater().isBefore(before),
                    "when it was written down: " + line);
            assertEquals(centre.recruiter().getId(), line.recordedBy());
            assertTrue(consents.history(lead.getId()).stream().filter(l -> l.channel() == null)
                    .allMatch(l -> l.recordedLater() == null), "a form's line is written as it is said");
        }
    }

    /** A bulk e-mail that reaches the lead at this address, and the token of its preferences link. */
    private String preferencesTokenOfABulkEmail(TestCentre centre, Lead lead, String address) throws SQLException {
        String subject = "Portes ouvertes " + UUID.randomUUID();
        assertEquals(1, bulk(centre, lead, subject).done());
        return preferencesToken(rows.string("select body_text from outbox_message where recipient = ?"
                + " and subject = ?", address, subject));
    }

    private static PreferencesView.Purpose purpose(PreferencesView view, TestCentre centre, ConsentPurpose purpose) {
        return view.centres().stream().filter(c -> c.tenantId() == centre.tenant().getId()).findFirst().orElseThrow()
                .purposes().stream().filter(p -> p.purpose() == purpose).findFirst().orElseThrow();
    }

    /** What the lead list's file, in French, says of where the person stands on being written to. */
    private String exportedStanding(TestCentre centre, Lead lead) throws java.io.IOException {
        java.io.ByteArrayOutputStream file = new java.io.ByteArrayOutputStream();
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            export.write(LeadFilter.NONE, LeadListExport.Format.CSV, Languages.FRENCH, file);
        }
        String text = file.toString(StandardCharsets.UTF_8);
        for (org.apache.commons.csv.CSVRecord row : org.apache.commons.csv.CSVFormat.DEFAULT.builder()
                .setDelimiter(';').get().parse(new java.io.StringReader(text.substring(1)))) {
            if (row.get(0).equals(lead.getId().toString())) {
                return row.get(5);
            }
        }
        throw new AssertionError("the person is in the file: " + text);
    }

    /**
     * A person's record was merged into another after a bulk e-mail reached its address: the unsubscribe link of that
     * e-mail, used after the merge, leaves the record that stays out of the centre's next bulk e-mail, says so on its
     * timeline, and tells the person it is done, naming their other address (half hidden) as unsubscribed too. Used
     * again, it changes nothing more.
     */
    @Test
    void anUnsubscribeLinkOfARecordMergedSinceLeavesTheRecordThatStaysOutOfTheNextBulkEmail() throws Exception {
        TestCentre centre = fixtures.newCentre("unsub-merged");
        String othersAddress = InquiryRequests.uniqueEmail();
        Lead kept = lead(centre, InquiryRequests.uniqueEmail(), true);
        Lead merged = lead(centre, othersAddress, true);
        String subject = "Portes ouvertes " + UUID.randomUUID();
        assertEquals(1, bulk(centre, merged, subject).done());
        String oneClick = rows.string("select one_click_unsubscribe from outbox_message where recipient = ?"
                + " and subject = ?", othersAddress, subject);
        String token = oneClickToken(oneClick);
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            leads.merge(kept.getId(), merged.getId());
        }

        String keptMasked = ca.tremplin.person.ContactDetails.masked(kept.getEmailNormalized());
        assertEquals(keptMasked, unsubscriptions.view(token).maskedOtherEmail(),
                "the page names the address the record that stays has, half hidden, before the button");
        ca.tremplin.unsubscribe.LinkView done = unsubscriptions.unsubscribe(token,
                ca.tremplin.unsubscribe.MailOptOut.Channel.PAGE, "203.0.113.61");
        assertTrue(done.unsubscribed(), "the person is told it is done");
        assertEquals(keptMasked, done.maskedOtherEmail(), "and that their other address is unsubscribed too");
        assertEquals(ca.tremplin.person.ContactDetails.masked(othersAddress), done.maskedEmail());
        String link = "desabonnement.xhtml?token=" + java.net.URLEncoder.encode(token, StandardCharsets.UTF_8);
        ca.tremplin.testsupport.HttpVisitor visitor = new ca.tremplin.testsupport.HttpVisitor(deployment);
        String french = otherAddressSaid(visitor.get(link).body());
        assertTrue(french.contains("Votre autre adresse connue de ")
                && french.contains(keptMasked + ", est désabonnée elle aussi."), french);
        // The language a link's page speaks is the visitor's, kept in a cookie (the "lang" parameter sets it and
        // sends the browser back to the address without it).
        String english = otherAddressSaid(visitor.get(link, Map.of("Cookie", "tremplin_lang=en")).body());
        assertTrue(english.contains(keptMasked + ", is unsubscribed too."), "in English too: " + english);
        LeadListService.BulkResult next = bulk(centre, kept, "Salon " + UUID.randomUUID());
        assertEquals(0, next.done(), "nothing more to the person at the address the record that stays has");
        assertEquals(Map.of("casl.unsubscribed", 1), next.whyLeftOut());
        assertEquals(1, rows.count("select count(*) from lead_event where lead_id = ? and kind = 'UNSUBSCRIBED'"
                + " and merged_from_lead_id is null", kept.getId()), "on the kept record's timeline, as its own");
        assertTrue(unsubscriptions.unsubscribe(token, ca.tremplin.unsubscribe.MailOptOut.Channel.ONE_CLICK,
                "203.0.113.61").unsubscribed());
        assertEquals(1, rows.count("select count(*) from lead_event where lead_id = ? and kind = 'UNSUBSCRIBED'",
                kept.getId()), "a second time adds nothing");
    }

    /** The unsubscribe page's paragraph that names the person's other address. */
    private static String otherAddressSaid(String page) {
        int at = page.indexOf("id=\"unsubscribe-other-done\"");
        assertTrue(at >= 0, page);
        return page.substring(at, page.indexOf("</p>", at));
    }

    /**
     * A person unsubscribed at one address, then their record was merged into another: the record that stays is left
     * out of the centre's bulk e-mail too, the moved line of the timeline naming the record it was said on. Giving
     * news again from the preferences link of a mail sent to the first address writes to the person again.
     */
    @Test
    void anUnsubscribingBeforeAMergeHoldsForTheRecordThatStaysUntilNewsIsGivenAgain() throws SQLException {
        TestCentre centre = fixtures.newCentre("unsub-before-merge");
        String othersAddress = InquiryRequests.uniqueEmail();
        Lead kept = lead(centre, InquiryRequests.uniqueEmail(), true);
        Lead merged = lead(centre, othersAddress, true);
        String first = unsubscribeByOneClick(centre, merged, othersAddress);
        String token = preferencesToken(rows.string("select body_text from outbox_message where recipient = ?"
                + " and subject = ?", othersAddress, first));
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            leads.merge(kept.getId(), merged.getId());
        }

        assertEquals(0, bulk(centre, kept, "Salon " + UUID.randomUUID()).done(),
                "the merge does not undo the person's word");
        assertEquals(1, rows.count("select count(*) from lead_event where lead_id = ? and kind = 'UNSUBSCRIBED'"
                + " and merged_from_lead_id = ?", kept.getId(), merged.getId()), "said on the other record");

        subscribedAgainByGivingNews(centre, token, kept, "203.0.113.62");
    }

    /**
     * Staff sent a person the private link to their file before merging their record into another: the consents link
     * at the foot of that e-mail, used after the merge, shows the centre and withdraws the consent of the record that
     * stays, in force at once — its register says so and its next bulk e-mail leaves the person out.
     */
    @Test
    void aConsentWithdrawnFromTheFileLinksMailOfARecordMergedSinceIsTheRecordThatStays() throws SQLException {
        TestCentre centre = fixtures.newCentre("prefs-merged");
        String othersAddress = InquiryRequests.uniqueEmail();
        Lead kept = lead(centre, InquiryRequests.uniqueEmail(), true);
        Lead merged = lead(centre, othersAddress, true);
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            review.sendLink(merged.getId());
        }
        String mail = rows.string("select body_text from outbox_message where recipient = ? and body_text like ?",
                othersAddress, "%/dossier.xhtml%");
        String token = preferencesToken(mail);
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            leads.merge(kept.getId(), merged.getId());
        }

        PreferencesView before = preferences.view(token, "203.0.113.63");
        assertEquals(List.of(centre.tenant().getNameFr()), before.centres().stream()
                .map(PreferencesView.Centre::nameFr).toList(), "the centre that follows the person still shows");
        assertTrue(news(before, centre).given());
        PreferencesView after = preferences.change(token, centre.tenant().getId(), ConsentPurpose.NEWS, false,
                "203.0.113.63", Languages.FRENCH);

        assertTrue(news(after, centre).withdrawn(), "the person is told it is in force");
        assertEquals(1, rows.count("select count(*) from consent_change where lead_id = ? and channel = 'PREFERENCES'"
                + " and not granted", kept.getId()), "in the register of the record that stays");
        LeadListService.BulkResult next = bulk(centre, kept, "Salon " + UUID.randomUUID());
        assertEquals(0, next.done());
        assertEquals(Map.of(MailingConsents.Standing.WITHDRAWN.messageKey(), 1), next.whyLeftOut());
    }

    /**
     * A bulk e-mail merges what each person gave: a name of 192 characters makes a subject longer than a message's
     * subject holds, which is cut to fit (the whole sending failed with a server error, nobody mailed); and the
     * program merged is the one the person asked this centre about, not another centre's named in the same request
     * (which the centre cannot see, and merged as "vocational training").
     */
    @Test
    void aBulkEmailCutsALongMergedSubjectAndNamesTheProgramAskedOfThisCentre() throws SQLException {
        TestCentre centre = fixtures.newCentre("bulk");
        TestCentre elsewhere = fixtures.newCentre("bulkother");
        String address = InquiryRequests.uniqueEmail();
        InquiryRequest request = InquiryRequests.complete(address, centre.program().getId());
        request.setProgramIds(List.of(centre.program().getId(), elsewhere.program().getId()));
        request.setFirstName("Maria " + "Aparecida ".repeat(9).strip());
        request.setLastName("Conceição " + "dos Santos Oliveira ".repeat(4).strip());
        request.setConsentToNews(true);
        Lead lead = fixtures.newLead(centre.tenant(), request);
        Lead ordinary = lead(centre, InquiryRequests.uniqueEmail(), true);
        String marker = "Relance " + UUID.randomUUID();
        long templateId;
        try (TenantContext.Scope ignored = centre.asAdmin()) {
            templateId = settings.saveTemplate(new ReplyTemplate(marker, "fr",
                    marker + " {firstName} {lastName} ({lastName}) : votre projet en {programTitle} — {recruiter}",
                    "Bonjour {firstName}, votre intérêt pour {programTitle}.")).getId();
        }
        LeadListService.BulkResult result;
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            result = list.email(List.of(lead.getId(), ordinary.getId()), templateId);
        }
        assertEquals(2, result.done(), "everyone chosen is mailed");
        String subject = rows.string("select subject from outbox_message where recipient = ? and subject like ?",
                address, marker + "%");
        assertEquals(300, subject.codePointCount(0, subject.length()));
        assertTrue(subject.endsWith("…"), subject);
        String body = rows.string("select body_text from outbox_message where recipient = ? and subject like ?",
                address, marker + "%");
        assertTrue(body.contains("votre intérêt pour Pâtisserie de restauration."), body);
    }

    private static PreferencesView.Purpose news(PreferencesView view, TestCentre centre) {
        return view.centres().stream().filter(c -> c.tenantId() == centre.tenant().getId()).findFirst().orElseThrow()
                .purposes().stream().filter(p -> p.purpose() == ConsentPurpose.NEWS).findFirst().orElseThrow();
    }

    private LeadListService.BulkResult bulk(TestCentre centre, Lead lead, String subject) {
        long templateId = frenchTemplate(centre, subject, "Bonjour {firstName}");
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            return list.email(List.of(lead.getId()), templateId);
        }
    }

    /** A French template the centre's admin saves, named by its subject. */
    private long frenchTemplate(TestCentre centre, String subject, String body) {
        try (TenantContext.Scope ignored = centre.asAdmin()) {
            return settings.saveTemplate(new ReplyTemplate(subject, "fr", subject, body)).getId();
        }
    }

    /** The token of the preferences link at the foot of a message. */
    private static String preferencesToken(String text) {
        return ca.tremplin.testsupport.MailLinks.preferencesToken(text);
    }

    private Lead lead(TestCentre centre, String address, boolean news) {
        InquiryRequest request = InquiryRequests.complete(address, centre.program().getId());
        request.setConsentToNews(news);
        return fixtures.newLead(centre.tenant(), request);
    }

    /** A bulk e-mail to the lead, whose one-click unsubscribe the person uses; the mail's subject. */
    private String unsubscribeByOneClick(TestCentre centre, Lead lead, String address) throws SQLException {
        String subject = "Portes ouvertes " + UUID.randomUUID();
        assertEquals(1, bulk(centre, lead, subject).done());
        String oneClick = rows.string("select one_click_unsubscribe from outbox_message where recipient = ?"
                + " and subject = ?", address, subject);
        unsubscriptions.unsubscribe(oneClickToken(oneClick), ca.tremplin.unsubscribe.MailOptOut.Channel.ONE_CLICK,
                "203.0.113.45");
        return subject;
    }

    /** The token of a one-click unsubscribe address: its last path segment, before the message's language. */
    private static String oneClickToken(String oneClick) {
        String segment = oneClick.substring(oneClick.lastIndexOf('/') + 1);
        int query = segment.indexOf('?');
        return URLDecoder.decode(query < 0 ? segment : segment.substring(0, query), StandardCharsets.UTF_8);
    }

    /** A lead whose only request, with or without the news box ticked, was sent that many months ago. */
    private Lead lead(TestCentre centre, boolean news, int monthsAgo) throws SQLException {
        InquiryRequest request = InquiryRequests.complete(InquiryRequests.uniqueEmail(), centre.program().getId());
        request.setConsentToNews(news);
        Lead lead = fixtures.newLead(centre.tenant(), request);
        Timestamp then = Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC).minusMonths(monthsAgo));
        rows.execute("update consent_record set given_at = ? where inquiry_id in"
                + " (select r.inquiry_id from routed_inquiry r where r.lead_id = ?)", then, lead.getId());
        return lead;
    }
}
