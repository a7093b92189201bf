package ca.tremplin.inquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.testsupport.DatabaseRows;
import ca.tremplin.testsupport.InServerTest;
import ca.tremplin.testsupport.TestCentre;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An address with an internationalised domain: the person who writes "…@xn--cole-9oa.ca" (the ASCII form of the
 * domain, as a mail program may copy it) once and "…@école.ca" another time is one lead, shown with the address they
 * typed first, whose key writes the domain in Unicode; mail to an address with letters outside ASCII before the at sign, which this server's mail session
 * cannot write (no SMTPUTF8), is given up at once with the reason. That the mail reaches the domain in ASCII is
 * {@code ca.tremplin.mail.InternationalDomainMailIT}'s.
 */
class InternationalAddressIT extends InServerTest {

    @Inject
    DatabaseRows rows;

    @Inject
    ca.tremplin.pipeline.LeadService leads;

    /**
     * One person however the domain of their address is written: in ASCII on the form, in Unicode and in capitals on
     * the form again, in Unicode through the API — one lead, one key with the domain in Unicode, shown with the address
     * they typed first; and a member of staff cannot give another lead the address in its other spelling.
     */
    @Test
    void anAddressWrittenWithItsDomainInAsciiOrInUnicodeIsOnePersonAtTheCentre() throws Exception {
        TestCentre centre = fixtures.newCentre("idn-one");
        String local = "amina." + UUID.randomUUID().toString().substring(0, 8);
        ca.tremplin.person.Lead first = fixtures.newLead(centre.tenant(), centre.program(), "Amina", "Diallo",
                local + "@xn--cole-9oa.ca", null, 2001);

        ca.tremplin.person.Lead again = fixtures.newLead(centre.tenant(), ca.tremplin.testsupport.InquiryRequests
                .complete(local.toUpperCase(java.util.Locale.ROOT) + "@ÉCOLE.ca", centre.program().getId()));
        fixtures.submitted(ca.tremplin.testsupport.InquiryRequests.complete(local + "@école.ca",
                centre.program().getId()), new SubmissionContext(UUID.randomUUID().toString(), Inquiry.Channel.API,
                "10.77.1.2", java.util.Locale.ENGLISH));

        assertEquals(first.getId(), again.getId(), "the form's second request joins the first's lead");
        assertEquals(1, rows.count("select count(*) from `lead` where tenant_id = ? and email_normalized like ?",
                centre.tenant().getId(), local + "@%"), "one lead, whichever way the domain was written");
        assertEquals(local + "@école.ca", rows.string("select email_normalized from `lead` where id = ?",
                first.getId()), "its key writes the domain in Unicode");
        assertEquals(local + "@xn--cole-9oa.ca", rows.string("select email from `lead` where id = ?", first.getId()),
                "shown as typed first");
        assertEquals(3, rows.count("select count(*) from routed_inquiry where lead_id = ?", first.getId()),
                "its three requests");

        ca.tremplin.person.Lead other = fixtures.newLead(centre.tenant(), centre.program());
        try (ca.tremplin.tenant.TenantContext.Scope ignored = centre.asRecruiter()) {
            ca.tremplin.person.Lead loaded = leads.open(other.getId()).lead();
            java.util.Map<ca.tremplin.person.LeadField, String> original =
                    new java.util.EnumMap<>(ca.tremplin.person.LeadField.class);
            for (ca.tremplin.person.LeadField field : ca.tremplin.person.LeadField.values()) {
                original.put(field, field.of(loaded));
            }
            java.util.Map<ca.tremplin.person.LeadField, String> edited = new java.util.EnumMap<>(original);
            edited.put(ca.tremplin.person.LeadField.EMAIL, local + "@XN--COLE-9OA.CA");
            ca.tremplin.kernel.BusinessRuleException taken = assertThrows(
                    ca.tremplin.kernel.BusinessRuleException.class,
                    () -> leads.updateDetails(other.getId(), loaded.getVersion(), original, edited));
            assertEquals("lead.emailTaken", taken.messageKey(), "the same address, in its other spelling");
        }
    }

    @Test
    void mailToAnAddressTheMailServerCannotTakeIsGivenUpAtOnceWithTheReason() throws Exception {
        TestCentre centre = fixtures.newCentre("idn-utf8");
        String international = "élève." + UUID.randomUUID().toString().substring(0, 8) + "@école.ca";

        fixtures.newLead(centre.tenant(), centre.program(), "Élève", "Tremblay", international, null, 2002);

        // Given up by the outbox's next round, without a mail server to ask: the server's session writes no such
        // address (mail.mime.allowutf8 is not set).
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        String status = rows.string("select status from outbox_message where recipient = ?", international);
        while ("PENDING".equals(status) && System.nanoTime() < deadline) {
            java.util.concurrent.locks.LockSupport.parkNanos(100_000_000);
            status = rows.string("select status from outbox_message where recipient = ?", international);
        }
        assertEquals("FAILED", status, "not tried again for hours");
        assertEquals(1, rows.count("select attempts from outbox_message where recipient = ?", international));
        String reason = rows.string("select last_error from outbox_message where recipient = ?", international);
        assertTrue(reason.contains("SMTPUTF8"), reason);
    }
}
