package ca.tremplin.unsubscribe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.catalog.Program;
import ca.tremplin.catalog.ProgramType;
import ca.tremplin.inquiry.InquirySettingsService;
import ca.tremplin.inquiry.ReplyTemplate;
import ca.tremplin.kernel.NotFoundException;
import ca.tremplin.mail.HtmlText;
import ca.tremplin.mail.OutboxMessage;
import ca.tremplin.person.Lead;
import ca.tremplin.person.LeadEventKind;
import ca.tremplin.pipeline.LeadListService;
import ca.tremplin.pipeline.LeadService;
import ca.tremplin.security.Role;
import ca.tremplin.security.TestSessions;
import ca.tremplin.security.UserAccount;
import ca.tremplin.tenant.Tenant;
import ca.tremplin.tenant.TenantContext;
import ca.tremplin.testsupport.InServerTest;
import ca.tremplin.testsupport.InquiryRequests;
import ca.tremplin.testsupport.TestFixtures;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Bulk e-mail and CASL, against MariaDB and a real SMTP server: each message names its sender and carries its own
 * unsubscribe link and one-click header; using the link leaves the address out of the centre's next bulk e-mail,
 * says so on the lead's timeline, and changes nothing at another centre.
 */
class UnsubscribeIT extends InServerTest {

    @Inject
    LeadListService list;

    @Inject
    LeadService leads;

    @Inject
    InquirySettingsService settings;

    @Inject
    Unsubscriptions unsubscriptions;

    @Inject
    ca.tremplin.tenant.Tenancy tenancy;

    @Inject
    ca.tremplin.mail.Outbox outbox;

    @Inject
    ca.tremplin.testsupport.DatabaseRows rows;

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Test
    void anUnsubscribedAddressIsLeftOutOfItsCentresNextBulkEmailAndOnlyOfThatCentres() throws Exception {
        Centre fjord = centre("desab-a");
        Centre plaine = centre("desab-b");
        String shared = InquiryRequests.uniqueEmail();
        Lead leaving = fixtures.newLead(fjord.tenant, fjord.program, "Ama", "Owusu", shared, null, 2001);
        Lead staying = fixtures.newLead(fjord.tenant, fjord.program);
        Lead elsewhere = fixtures.newLead(plaine.tenant, plaine.program, "Ama", "Owusu", shared, null, 2001);
        String first = "Rentrée " + UUID.randomUUID();

        LeadListService.BulkResult sent = fjord.email(List.of(leaving.getId(), staying.getId()), first);
        assertEquals(2, sent.done());
        OutboxMessage message = queued(shared, first);
        assertTrue(message.getBodyText().contains(fjord.tenant.getNameFr()),
                "the message names its sender: " + message.getBodyText());
        String page = link(message.getBodyText());
        assertTrue(message.getBodyHtml().contains("<a href=\"" + HtmlText.escape(page) + "\">"), message.getBodyHtml());
        String token = URLDecoder.decode(parameter(page, "token"), StandardCharsets.UTF_8);
        assertTrue(message.getOneClickUnsubscribe().endsWith("/api/unsubscribe/" + parameter(page, "token")
                        + "?lang=" + parameter(page, "lang")),
                "the same token, and the message's language for a browser that opens it: "
                        + message.getOneClickUnsubscribe());
        String otherPage = link(queued(staying.getEmail(), first).getBodyText());
        assertFalse(page.equals(otherPage), "each message its own link");

        LinkView before = unsubscriptions.view(token);
        assertEquals(fjord.tenant.getNameFr(), before.centreFr());
        assertFalse(before.unsubscribed());
        assertFalse(before.maskedEmail().contains(shared.substring(1, shared.indexOf('@'))),
                "the page does not spell out the address: " + before.maskedEmail());
        assertTrue(before.maskedEmail().endsWith(shared.substring(shared.indexOf('@'))), before.maskedEmail());
        assertEquals(null, before.maskedOtherEmail(), "a person with one address at the centre: no other named");

        assertTrue(unsubscriptions.unsubscribe(token, MailOptOut.Channel.PAGE, "203.0.113.9").unsubscribed());
        assertTrue(unsubscriptions.unsubscribe(token, MailOptOut.Channel.ONE_CLICK, "203.0.113.9").unsubscribed(),
                "a second time (the mail program's button after the page) is no error");
        try (TenantContext.Scope ignored = fjord.asRecruiter()) {
            List<String> said = leads.timeline(leaving.getId(), 0, 50).stream()
                    .filter(event -> event.getKind() == LeadEventKind.UNSUBSCRIBED).map(event -> event.getDetail())
                    .toList();
            assertEquals(List.of("/desabonnement.xhtml"), said, "on the timeline, once, saying how");
            MailOptOut optOut = unsubscriptions.optOut(leaving.getEmailNormalized()).orElseThrow();
            assertEquals(MailOptOut.Channel.PAGE, optOut.getChannel());
            assertTrue(Duration.between(optOut.getOptedOutAt(), Instant.now()).abs().toMinutes() < 2,
                    "recorded now: " + optOut.getOptedOutAt());
        }

        String second = "Portes ouvertes " + UUID.randomUUID();
        LeadListService.BulkResult next = fjord.email(List.of(leaving.getId(), staying.getId()), second);
        assertEquals(1, next.done());
        assertEquals(List.of(leaving.fullName()), next.leftOut());
        queued(staying.getEmail(), second);
        assertTrue(messages(shared, second).isEmpty(), "nothing more to the address that unsubscribed");

        String third = "Salon " + UUID.randomUUID();
        assertEquals(1, plaine.email(List.of(elsewhere.getId()), third).done(),
                "another centre is another sender: its bulk e-mail still goes out");
        assertEquals(1, messages(shared, third).size());
        try (TenantContext.Scope ignored = plaine.asRecruiter()) {
            assertEquals(Set.of(), unsubscriptions.optedOut(List.of(elsewhere.getEmailNormalized())));
            assertTrue(unsubscriptions.optOut(elsewhere.getEmailNormalized()).isEmpty(),
                    "one centre's opt-outs are not another's to read");
        }
    }

    /**
     * A bulk e-mail the outbox has not sent — given up after an outage, which an admin may queue again, or still
     * waiting for the mail server — is taken back once its person unsubscribes: the stop holds for it too. Another
     * person's, and the centre's other mail to the person, stay.
     */
    @Test
    void anUnsubscribingTakesBackTheCentresBulkEmailNotSentYet() throws Exception {
        Centre fjord = centre("desab-attente");
        Lead leaving = fixtures.newLead(fjord.tenant, fjord.program);
        Lead staying = fixtures.newLead(fjord.tenant, fjord.program);
        String first = "Rentrée " + UUID.randomUUID();
        String second = "Portes ouvertes " + UUID.randomUUID();
        fjord.email(List.of(leaving.getId(), staying.getId()), first);
        fjord.email(List.of(leaving.getId(), staying.getId()), second);
        OutboxMessage givenUp = queued(leaving.getEmail(), first);
        OutboxMessage waiting = queued(leaving.getEmail(), second);
        OutboxMessage othersGivenUp = queued(staying.getEmail(), first);
        // As an outage left them: the first given up, the second still waiting for the mail server.
        rows.execute("update outbox_message set status = 'FAILED' where id in (?, ?)", givenUp.getId(),
                othersGivenUp.getId());
        rows.execute("update outbox_message set status = 'PENDING', next_attempt_at = utc_timestamp(6) + interval 1 day"
                + " where id = ?", waiting.getId());
        long acknowledgement = tenancy.acrossAllTenants(() -> outbox.enqueueHeld(fjord.tenant.getId(),
                new ca.tremplin.mail.MailContent(leaving.getEmail(), "Accusé " + UUID.randomUUID(), "Bonjour", null),
                Instant.now().plus(Duration.ofDays(1)))).getId();

        unsubscriptions.unsubscribe(URLDecoder.decode(parameter(link(givenUp.getBodyText()), "token"),
                StandardCharsets.UTF_8), MailOptOut.Channel.ONE_CLICK, "203.0.113.12");

        assertEquals(0, rows.count("select count(*) from outbox_message where id in (?, ?)", givenUp.getId(),
                waiting.getId()), "neither the given-up message nor the waiting one can reach the person now");
        assertEquals("FAILED", rows.string("select status from outbox_message where id = ?", othersGivenUp.getId()),
                "another person's stays, for an admin to queue again");
        assertEquals(1, rows.count("select count(*) from outbox_message where id = ?", acknowledgement),
                "mail that is no bulk e-mail is not the unsubscribing's to take back");
    }

    /**
     * A bulk e-mail with a version in each language reaches each person in the language of their request, the program
     * they asked about named in it; two versions in one language are refused before anything is sent.
     */
    @Test
    void eachPersonGetsTheVersionInTheLanguageTheyRead() {
        Centre fjord = centre("langues");
        Lead french = fixtures.newLead(fjord.tenant, fjord.program);
        ca.tremplin.inquiry.InquiryRequest asked = InquiryRequests.complete(InquiryRequests.uniqueEmail(),
                fjord.program.getId());
        asked.setFirstName("Grace");
        asked.setLastName("Mensah");
        Lead english = fixtures.newLead(fjord.tenant, asked, ca.tremplin.kernel.Languages.ENGLISH);
        assertEquals("en", english.getLanguage());
        String inFrench = "Rentrée " + UUID.randomUUID();
        String inEnglish = "Intake " + UUID.randomUUID();
        long frenchId;
        long englishId;
        try (TenantContext.Scope ignored = TestSessions.signedInAs(fjord.admin, fjord.tenant)) {
            frenchId = settings.saveTemplate(new ReplyTemplate(inFrench, "fr", inFrench,
                    "Bonjour {firstName},\nLes inscriptions en {programTitle} sont ouvertes.")).getId();
            englishId = settings.saveTemplate(new ReplyTemplate(inEnglish, "en", inEnglish,
                    "Hello {firstName},\nApplications for {programTitle} are open.")).getId();
        }

        LeadListService.BulkResult sent;
        try (TenantContext.Scope ignored = fjord.asRecruiter()) {
            assertThrows(ca.tremplin.kernel.BusinessRuleException.class,
                    () -> list.email(List.of(french.getId()), frenchId, frenchId));
            sent = list.email(List.of(french.getId(), english.getId()), frenchId, englishId);
        }

        assertEquals(2, sent.done());
        assertTrue(queued(french.getEmail(), inFrench).getBodyText().contains("inscriptions en Soudage-montage"));
        assertTrue(queued(english.getEmail(), inEnglish).getBodyText().contains("Applications for Welding and Fitting"),
                "the program in English too");
        assertTrue(messages(english.getEmail(), inFrench).isEmpty(), "not the French version as well");
        assertTrue(messages(french.getEmail(), inEnglish).isEmpty());
    }

    @Test
    void anUnknownOrMangledLinkIsNotFound() {
        assertThrows(NotFoundException.class, () -> unsubscriptions.view("not-a-token"));
        assertThrows(NotFoundException.class, () -> unsubscriptions.view(" "));
        assertThrows(NotFoundException.class, () -> unsubscriptions.view("x".repeat(500)));
        assertThrows(NotFoundException.class,
                () -> unsubscriptions.unsubscribe("not-a-token", MailOptOut.Channel.ONE_CLICK, "203.0.113.9"));
    }

    /**
     * A mailbox provider posts the one-click unsubscribes of all its users from a few addresses: every one of them is
     * recorded, however many came from that address this hour (CASL: each is honoured).
     */
    @Test
    void everyOneClickUnsubscribeFromOneProviderAddressIsRecorded() throws Exception {
        Centre fjord = centre("un-clic");
        String provider = "66.102.1.100";
        List<String> addresses = new java.util.ArrayList<>();
        for (int person = 0; person < 40; person++) {
            String address = InquiryRequests.uniqueEmail();
            addresses.add(address);
            Unsubscriptions.Link link = linkTo(fjord, address);
            unsubscriptions.unsubscribe(token(link), MailOptOut.Channel.ONE_CLICK, provider);
        }

        try (TenantContext.Scope ignored = fjord.asRecruiter()) {
            assertEquals(Set.copyOf(addresses), unsubscriptions.optedOut(addresses), "all forty recorded");
        }
    }

    /**
     * Two records of one person that V76 kept apart, their domain written "école.ca" on one and "xn--cole-9oa.ca" on
     * the other: unsubscribing from a link sent to one leaves both out of the centre's next bulk e-mail, and says so
     * on both timelines.
     */
    @Test
    void anUnsubscribingLeavesOutBothRecordsKeptApartUnderEachSpellingOfTheDomain() throws Exception {
        Centre fjord = centre("deux-graphies");
        String local = "amina." + UUID.randomUUID().toString().substring(0, 8);
        Lead unicode = fixtures.newLead(fjord.tenant, fjord.program, "Amina", "Diallo", local + "@école.ca", null,
                2001);
        Lead ascii = fixtures.newLead(fjord.tenant, fjord.program, "Amina", "Diallo", InquiryRequests.uniqueEmail(),
                null, 2001);
        // As V76 left a record whose key was stored with the domain in ASCII while another held the Unicode spelling.
        tenancy.acrossAllTenants(() -> em.createNativeQuery("update `lead` set email = ?1, email_normalized = ?1"
                + " where id = ?2").setParameter(1, local + "@xn--cole-9oa.ca").setParameter(2, ascii.getId())
                .executeUpdate());
        assertEquals(local + "@école.ca", unicode.getEmailNormalized());

        unsubscriptions.unsubscribe(token(linkTo(fjord, unicode.getEmailNormalized())), MailOptOut.Channel.PAGE,
                "203.0.113.10");

        try (TenantContext.Scope ignored = fjord.asRecruiter()) {
            assertEquals(Set.of(local + "@école.ca", local + "@xn--cole-9oa.ca"), unsubscriptions.optedOut(
                    List.of(local + "@école.ca", local + "@xn--cole-9oa.ca")), "both spellings");
            for (Lead record : List.of(unicode, ascii)) {
                assertEquals(1, leads.timeline(record.getId(), 0, 50).stream()
                        .filter(event -> event.getKind() == LeadEventKind.UNSUBSCRIBED).count());
            }
        }
        LeadListService.BulkResult next = fjord.email(List.of(unicode.getId(), ascii.getId()),
                "Portes ouvertes " + UUID.randomUUID());
        assertEquals(0, next.done(), "neither record is written to");
    }

    /**
     * Staff correct the address of a person who had unsubscribed: their unsubscription holds at the new address, as of
     * when they said it, said on the timeline; and a link of an earlier bulk e-mail, sent to the old address, is
     * theirs still.
     */
    @Test
    void aCorrectedAddressKeepsItsUnsubscriptionAndTheLinksSentBefore() throws Exception {
        Centre fjord = centre("correction");
        Lead person = fixtures.newLead(fjord.tenant, fjord.program);
        String formerKey = person.getEmailNormalized();
        unsubscriptions.unsubscribe(token(linkTo(fjord, formerKey)), MailOptOut.Channel.ONE_CLICK, "203.0.113.11");
        String earlierLink = token(linkTo(fjord, formerKey));
        String corrected = InquiryRequests.uniqueEmail();

        try (TenantContext.Scope ignored = fjord.asRecruiter()) {
            fixtures.correct(person.getId(), ca.tremplin.person.LeadField.EMAIL, corrected);

            Instant saidAt = unsubscriptions.optOut(formerKey).orElseThrow().getOptedOutAt();
            assertEquals(saidAt, unsubscriptions.optOut(corrected).orElseThrow().getOptedOutAt(),
                    "held at the new address, as of when it was said");
            assertEquals(1, leads.timeline(person.getId(), 0, 50).stream()
                    .filter(event -> event.getKind() == LeadEventKind.UNSUBSCRIPTION_CARRIED).count());
        }
        assertEquals(0, fjord.email(List.of(person.getId()), "Rentrée " + UUID.randomUUID()).done(),
                "the bulk e-mail leaves the corrected address out");
        LinkView earlier = unsubscriptions.view(earlierLink);
        assertTrue(earlier.unsubscribed(), "the link sent to the old address is the person's: done already");
        assertTrue(earlier.maskedEmail().endsWith(corrected.substring(corrected.indexOf('@'))),
                earlier.maskedEmail());
    }

    /** A link for one bulk message of the centre to this address. */
    private Unsubscriptions.Link linkTo(Centre centre, String emailNormalized) {
        return tenancy.asTenant(centre.tenant.getId(), () -> unsubscriptions.newLink(centre.tenant.getId(),
                emailNormalized, "fr"));
    }

    private static String token(Unsubscriptions.Link link) {
        return URLDecoder.decode(parameter(link.page(), "token"), StandardCharsets.UTF_8);
    }

    private List<OutboxMessage> messages(String recipient, String subject) {
        return em.createQuery("select m from OutboxMessage m where m.recipient = :to and m.subject = :subject",
                OutboxMessage.class).setParameter("to", recipient).setParameter("subject", subject).getResultList();
    }

    private OutboxMessage queued(String recipient, String subject) {
        List<OutboxMessage> found = messages(recipient, subject);
        assertEquals(1, found.size(), "one message about " + subject + " to " + recipient);
        return found.get(0);
    }

    /** The unsubscribe page's address in a message's text. */
    private static String link(String text) {
        Matcher link = Pattern.compile("https?://\\S+/desabonnement\\.xhtml\\?\\S+").matcher(text);
        assertTrue(link.find(), text);
        return link.group();
    }

    private static String parameter(String address, String name) {
        Matcher value = Pattern.compile("[?&]" + name + "=([^&]+)").matcher(address);
        assertTrue(value.find(), address);
        return value.group(1);
    }

    private Centre centre(String label) {
        Tenant tenant = fixtures.newSchoolBoard(label);
        UserAccount recruiter = fixtures.newAccount(tenant, Role.RECRUITER);
        UserAccount admin = fixtures.newAccount(tenant, Role.CSS_ADMIN);
        Program program = fixtures.newProgram(tenant, ProgramType.DEP, TestFixtures.programCode(),
                "Soudage-montage", "Welding and Fitting", "07",
                "u" + UUID.randomUUID().toString().replace("-", "").substring(0, 10), true);
        return new Centre(tenant, recruiter, admin, program);
    }

    private record Centre(Tenant tenant, UserAccount recruiter, UserAccount admin, Program program) {
        TenantContext.Scope asRecruiter() {
            return TestSessions.signedInAs(recruiter, tenant);
        }

        /** A template made by the centre's admin, sent in bulk by its recruiter. */
        LeadListService.BulkResult email(List<Long> leadIds, String subject) {
            long templateId;
            try (TenantContext.Scope ignored = TestSessions.signedInAs(admin, tenant)) {
                templateId = bean(InquirySettingsService.class).saveTemplate(new ReplyTemplate(subject, "fr", subject,
                        "Bonjour {firstName},\nLes inscriptions pour la rentrée sont ouvertes.\n{recruiter}")).getId();
            }
            try (TenantContext.Scope ignored = asRecruiter()) {
                return bean(LeadListService.class).email(leadIds, templateId);
            }
        }

        private static <T> T bean(Class<T> type) {
            return jakarta.enterprise.inject.spi.CDI.current().select(type).get();
        }
    }
}
