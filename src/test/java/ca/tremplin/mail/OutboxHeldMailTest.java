package ca.tremplin.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.kernel.Languages;
import ca.tremplin.kernel.Messages;
import ca.tremplin.testsupport.Stubs;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Mail held for an address that bounced gets its footer when it leaves, written for the address it leaves for: the
 * person's consents link opens the consents at the address staff corrected it to, never at the one that bounced, and
 * the message ends with one footer whether staff corrected the address or confirmed it.
 */
class OutboxHeldMailTest {

    private static final String BOUNCED = "ana@exemple.org";
    private static final String CORRECTED = "ana.diallo@exemple.org";
    private static final String HTML = "<html lang=\"fr\"><body><p>Bonjour Ana</p></body></html>";

    private final List<OutboxMessage> written = new ArrayList<>();
    private final Outbox outbox = outbox();

    @Test
    void mailHeldForABouncedAddressLeavesForTheCorrectedOneWithItsFooterWrittenForIt() {
        OutboxMessage held = outbox.enqueue(7L, new MailContent(BOUNCED, "Rentrée", "Bonjour Ana", HTML));
        assertEquals(OutboxStatus.HELD, held.getStatus());

        assertEquals(1, outbox.releaseHeld(7L, BOUNCED, CORRECTED));

        assertEquals(OutboxStatus.PENDING, held.getStatus());
        assertEquals(CORRECTED, held.getRecipient());
        assertEquals("Bonjour Ana\n\n-- \nResponsable : Ana Tremblay\n" + Messages.get(Languages.FRENCH,
                "mail.preferencesFooter", link(CORRECTED) + "&lang=fr"), held.getBodyText());
        assertTrue(held.getBodyHtml().contains(link(CORRECTED)), held.getBodyHtml());
        assertFalse(held.getBodyText().contains(link(BOUNCED)) || held.getBodyHtml().contains(link(BOUNCED)),
                "nothing of the message names the address that bounced");
    }

    @Test
    void mailHeldForAnAddressStaffConfirmLeavesWithOneFooter() {
        OutboxMessage held = outbox.enqueue(7L, new MailContent(BOUNCED, "Rentrée", "Bonjour Ana", HTML));

        outbox.releaseHeld(7L, BOUNCED, BOUNCED);

        assertEquals(1, held.getBodyText().split("\n-- \n", -1).length - 1, held.getBodyText());
        assertEquals(1, held.getBodyHtml().split("Ana Tremblay", -1).length - 1, held.getBodyHtml());
        assertTrue(held.getBodyText().contains(link(BOUNCED)));
    }

    @Test
    void mailToAnAddressThatDidNotBounceIsWrittenWithItsFooter() {
        OutboxMessage sent = outbox.enqueue(7L, new MailContent(CORRECTED, "Rentrée", "Bonjour Ana", HTML));

        assertEquals(OutboxStatus.PENDING, sent.getStatus());
        assertTrue(sent.getBodyText().contains(link(CORRECTED)), sent.getBodyText());
    }

    /** The link the stubbed consents feature gives: it says whose it is, as the page it opens does. */
    private static String link(String recipient) {
        return "https://tremplin.test/consentements.xhtml?token=for-" + recipient;
    }

    private Outbox outbox() {
        Outbox outbox = new Outbox();
        outbox.clock = Clock.fixed(Instant.parse("2026-12-07T15:00:00Z"), ZoneOffset.UTC);
        outbox.footers = resolved(Stubs.stub(MailFooters.class, (method, args) -> "Responsable : Ana Tremblay"));
        outbox.consentLinks = resolved(Stubs.stub(ConsentLinks.class, (method, args) -> link((String) args[0])));
        outbox.undeliverable = resolved(Stubs.stub(UndeliverableAddresses.class,
                (method, args) -> BOUNCED.equals(args[1])));
        // A round is asked for once per transaction: as if this one had asked already.
        outbox.transactions = Stubs.stub(TransactionSynchronizationRegistry.class, (method, args) -> Boolean.TRUE);
        TypedQuery<?>[] heldMail = new TypedQuery<?>[1];
        heldMail[0] = Stubs.stub(TypedQuery.class, (method, args) -> method.equals("getResultList")
                ? written.stream().filter(message -> message.getStatus() == OutboxStatus.HELD).toList()
                : heldMail[0]);
        outbox.em = Stubs.stub(EntityManager.class, (method, args) -> {
            if (method.equals("persist")) {
                written.add((OutboxMessage) args[0]);
                return null;
            }
            if (method.equals("createQuery")) {
                return heldMail[0];
            }
            throw new AssertionError("unexpected call: " + method);
        });
        return outbox;
    }

    @SuppressWarnings("unchecked")
    private static <T> Instance<T> resolved(T bean) {
        return Stubs.stub(Instance.class, (method, args) -> switch (method) {
            case "isResolvable" -> true;
            case "get" -> bean;
            default -> throw new AssertionError("unexpected call: " + method);
        });
    }
}
