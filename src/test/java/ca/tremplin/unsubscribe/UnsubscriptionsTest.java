package ca.tremplin.unsubscribe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.kernel.RateLimitedException;
import ca.tremplin.kernel.RateLimits;
import ca.tremplin.testsupport.MovingClock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every unsubscribe is honoured (CASL): a mailbox provider's servers post the one-click unsubscribes of millions of
 * people from a few addresses, and none is refused for the number of others; the link's own limit still brakes one
 * link pressed over and over, and the page, opened in a person's browser, keeps its limit per address. An
 * unsubscribing stands under both spellings of the address's domain.
 */
class UnsubscriptionsTest {

    private static final String PROVIDER = "66.102.1.100";

    private final RateLimits limits = RateLimits.withClock(new MovingClock());

    @Test
    void bothAddressesOfAMessageCarryItsLanguageAfterTheToken() {
        Unsubscriptions.Link link = Unsubscriptions.link("Ab-12_x", "en");
        assertTrue(link.page().endsWith("/desabonnement.xhtml?token=Ab-12_x&lang=en"), link.page());
        assertTrue(link.oneClick().endsWith("/api/unsubscribe/Ab-12_x?lang=en"),
                "opened in a browser, the one-click address knows the message's language too: " + link.oneClick());
    }

    @Test
    void oneClickUnsubscribesFromOneProviderAddressAreNeverRefusedForTheirNumber() {
        for (int person = 0; person < 1000; person++) {
            Unsubscriptions.brake(limits, MailOptOut.Channel.ONE_CLICK, PROVIDER, "token-" + person);
        }
    }

    @Test
    void aLinkPressedOverAndOverIsStillBraked() {
        for (int press = 0; press < 10; press++) {
            Unsubscriptions.brake(limits, MailOptOut.Channel.ONE_CLICK, PROVIDER, "token");
        }
        assertThrows(RateLimitedException.class,
                () -> Unsubscriptions.brake(limits, MailOptOut.Channel.ONE_CLICK, PROVIDER, "token"));
    }

    @Test
    void thePageKeepsItsLimitPerAddress() {
        for (int page = 0; page < 30; page++) {
            Unsubscriptions.brake(limits, MailOptOut.Channel.PAGE, "203.0.113.9", "token-" + page);
        }
        assertThrows(RateLimitedException.class,
                () -> Unsubscriptions.brake(limits, MailOptOut.Channel.PAGE, "203.0.113.9", "token-30"));
    }

    /** Two records V76 kept apart, "école.ca" and "xn--cole-9oa.ca": one mailbox, both left out. */
    @Test
    void anUnsubscribingStandsUnderBothSpellingsOfTheDomain() {
        assertEquals(List.of("amina@école.ca", "amina@xn--cole-9oa.ca"), Unsubscriptions.spellings("amina@école.ca"));
        assertEquals(List.of("amina@xn--cole-9oa.ca", "amina@école.ca"),
                Unsubscriptions.spellings("amina@xn--cole-9oa.ca"));
        assertEquals(List.of("awa@exemple.sn"), Unsubscriptions.spellings("awa@exemple.sn"), "one spelling only");
        assertEquals(List.of("amina@xn--cole-9oa.ca", "amina@école.ca"),
                Unsubscriptions.addresses("amina@xn--cole-9oa.ca", Optional.empty()));
    }

    @Test
    void thePageNamesTheAddressOnceAsPeopleReadIt() {
        assertEquals(List.of("amina@école.ca"), Unsubscriptions.shown("amina@xn--cole-9oa.ca", Optional.empty()));
    }
}
