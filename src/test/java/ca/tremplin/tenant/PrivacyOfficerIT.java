package ca.tremplin.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.kernel.Languages;
import ca.tremplin.mail.MailContent;
import ca.tremplin.mail.Outbox;
import ca.tremplin.mail.OutboxMessage;
import ca.tremplin.testsupport.InServerTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Law 25: each centre, and the coordinating organisation, publishes the person in charge of the protection of
 * personal information — name, title, e-mail, phone — and every e-mail the outbox sends names the sender's, in both
 * languages, in its text and its HTML; the platform's own mail names the coordinating organisation's. A centre that
 * named no one answers for itself.
 */
class PrivacyOfficerIT extends InServerTest {

    @Inject
    PrivacyOfficers officers;

    @Inject
    Outbox outbox;

    @Inject
    Tenancy tenancy;

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Test
    void everyEmailEndsWithItsSendersPersonInChargeOfPersonalInformation() {
        Tenant centre = fixtures.newSchoolBoard("officer");
        tenancy.asTenant(centre.getId(), () -> {
            Tenant edited = em.find(Tenant.class, centre.getId());
            edited.setPrivacyOfficerName("Mireille Tremblay");
            edited.setPrivacyOfficerTitle("Secrétaire générale");
            edited.setPrivacyOfficerTitleEn("Secretary General");
            edited.setPrivacyOfficerEmail("prp@css-officer.example");
            edited.setPrivacyOfficerPhone("418 555-0142");
        });
        officers.forget(centre.getId());
        String line = "Mireille Tremblay, Secrétaire générale <prp@css-officer.example>, 418 555-0142";
        String englishLine = "Mireille Tremblay, Secretary General <prp@css-officer.example>, 418 555-0142";
        assertEquals(line, officers.line(centre.getId(), Languages.FRENCH));
        assertEquals(englishLine, officers.line(centre.getId(), Languages.ENGLISH), "the title in the reader's language");

        String subject = "Rentrée " + UUID.randomUUID();
        OutboxMessage sent = tenancy.asTenant(centre.getId(), () -> outbox.enqueue(centre.getId(),
                new MailContent("ana@example.org", subject, "Bonjour Ana", "<html><body><p>Bonjour Ana</p></body></html>")));
        assertTrue(sent.getBodyText().endsWith("Responsable de la protection des renseignements personnels : " + line
                + "\nPerson in charge of the protection of personal information: " + englishLine), sent.getBodyText());
        assertTrue(sent.getBodyHtml().contains("Mireille Tremblay, Secrétaire générale &lt;prp@css-officer.example&gt;")
                && sent.getBodyHtml().endsWith("</p></body></html>"), sent.getBodyHtml());
        OutboxMessage inEnglish = tenancy.asTenant(centre.getId(), () -> outbox.enqueue(centre.getId(),
                new MailContent("ana@example.org", subject, "Hello Ana",
                        "<!DOCTYPE html><html lang=\"en\"><body><p>Hello Ana</p></body></html>")));
        assertTrue(inEnglish.getBodyText().endsWith("\n-- \nPerson in charge of the protection of personal information: "
                + englishLine), "a message in English ends in English only: " + inEnglish.getBodyText());

        Tenant coordination = tenancy.acrossAllTenants(() -> em.createQuery(
                "select t from Tenant t where t.kind = ca.tremplin.tenant.TenantKind.COORDINATION", Tenant.class)
                .getResultList().get(0));
        OutboxMessage platform = tenancy.acrossAllTenants(() -> outbox.enqueue(null,
                new MailContent("ana@example.org", subject, "Bonjour Ana", null)));
        assertTrue(platform.getBodyText().contains(PrivacyContact.of(coordination).line(Languages.ENGLISH)),
                "the platform's own mail names the coordinating organisation's: " + platform.getBodyText());
    }

    @Test
    void aCentreThatNamedNoOneAnswersForItself() {
        Tenant centre = fixtures.newSchoolBoard("no-officer");
        String line = officers.line(centre.getId(), Languages.ENGLISH);
        assertTrue(line.startsWith(centre.getNameEn()), line);
    }

    /**
     * A message full of letters that lower-case to two characters ("İ", as in a Turkish name) gets its footer inside its
     * body, its own paragraphs whole; the change that writes it is not rolled back for it.
     */
    @Test
    void aMessageFullOfLettersThatLowerCaseToTwoGetsItsFooterInsideItsBody() {
        Tenant centre = fixtures.newSchoolBoard("istanbul");
        String paragraph = "<p>" + "İlker, bienvenue d’İstanbul. ".repeat(20) + "</p>";
        OutboxMessage sent = tenancy.asTenant(centre.getId(), () -> outbox.enqueue(centre.getId(),
                new MailContent("ilker@example.org", "Bienvenue " + UUID.randomUUID(), "Bonjour İlker",
                        "<!DOCTYPE html><html lang=\"fr\"><body>" + paragraph + "</body></html>")));

        String html = sent.getBodyHtml();
        assertTrue(html.startsWith("<!DOCTYPE html><html lang=\"fr\"><body>" + paragraph
                + "<p style=\"font-size:12px;color:#555\">"), "the footer right after the message's own text: " + html);
        assertTrue(html.endsWith("</p></body></html>"), html);
    }
}
