package ca.tremplin.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.testsupport.MovingClock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Sign-in slows a guesser down, more and more, and never locks the account's owner out for long. */
class SignInThrottleTest {

    private static final String VICTIM = "owner@example.org";
    private static final String GUESSER = "203.0.113.66";

    private final MovingClock clock = new MovingClock();
    private final SignInThrottle throttle = SignInThrottle.withClock(clock);

    @Test
    void threeFreeFailuresThenAWaitThatDoublesUpToFifteenMinutes() {
        fail(3, VICTIM, GUESSER);
        assertEquals(Optional.empty(), throttle.waitBefore(VICTIM, GUESSER));

        fail(1, VICTIM, GUESSER);
        assertEquals(Optional.of(Duration.ofSeconds(1)), throttle.waitBefore(VICTIM, GUESSER));
        fail(1, VICTIM, GUESSER);
        assertEquals(Optional.of(Duration.ofSeconds(2)), throttle.waitBefore(VICTIM, GUESSER));
        fail(30, VICTIM, GUESSER);
        assertEquals(Optional.of(Duration.ofMinutes(15)), throttle.waitBefore(VICTIM, GUESSER));
    }

    @Test
    void theOwnerElsewhereWaitsAtMostAMinuteWhateverTheAttack() {
        for (int machine = 0; machine < 200; machine++) {
            fail(3, VICTIM, "198.51.100." + machine);
        }

        Duration ownersWait = throttle.waitBefore(VICTIM, "192.0.2.1").orElseThrow();
        assertTrue(ownersWait.compareTo(Duration.ofMinutes(1)) <= 0, ownersWait.toString());
        clock.advance(ownersWait);
        assertFalse(throttle.waitBefore(VICTIM, "192.0.2.1").isPresent());
    }

    @Test
    void oneMachineTryingManyAccountsIsSlowedDownForAllOfThem() {
        for (int account = 0; account < 25; account++) {
            fail(1, "person" + account + "@example.org", GUESSER);
        }

        assertTrue(throttle.waitBefore("someone.new@example.org", GUESSER).isPresent());
        assertFalse(throttle.waitBefore("someone.new@example.org", "192.0.2.1").isPresent());
    }

    @Test
    void theRightPasswordClearsTheEmailsCountAndAnHourForgetsIt() {
        fail(5, VICTIM, GUESSER);
        throttle.recordSuccess(VICTIM.toUpperCase(Locale.ROOT), GUESSER);
        assertFalse(throttle.waitBefore(VICTIM, GUESSER).isPresent());

        fail(5, "other@example.org", GUESSER);
        clock.advance(Duration.ofMinutes(61));
        fail(1, "other@example.org", GUESSER);
        assertFalse(throttle.waitBefore("other@example.org", GUESSER).isPresent(), "the old failures were forgotten");
    }

    /**
     * Every spelling that signs in to one account counts against it: its domain in ASCII or in Unicode, a zero-width
     * space pasted in it, "Name &lt;address&gt;" as mail programs copy it.
     */
    @Test
    void eachSpellingOfOneAccountsAddressSharesItsAllowanceOfGuesses() {
        String account = "jean@école.ca";
        fail(1, account, GUESSER);
        fail(1, "Jean@XN--COLE-9OA.CA", GUESSER);
        fail(1, "je\u200Ban@école.ca", GUESSER);
        fail(1, "Jean Tremblay <jean@École.ca>", GUESSER);

        assertEquals(Optional.of(Duration.ofSeconds(1)), throttle.waitBefore(account, GUESSER),
                "four failures on one account, from four spellings");
    }

    /** The address an admin pasted into an invitation is the one its owner types: one key for every spelling. */
    @Test
    void aStaffAddressIsKeptAsItsOwnerTypesIt() {
        for (String pasted : new String[] {"Jean@XN--COLE-9OA.CA", " je\u200Ban@école.ca\u00A0",
                "Jean Tremblay <jean@École.ca>", "mailto:jean@e\u0301cole.ca"}) {
            assertEquals("jean@école.ca",
                    new UserAccount(pasted, "Jean", Role.RECRUITER, Locale.FRENCH).getEmail(), pasted);
            assertEquals("jean@école.ca", UserAccount.normalizeEmail(pasted), pasted);
        }
    }

    @Test
    void aNewPasswordEndsTheSessionsOpenedWithTheOldOne() {
        UserAccount account = new UserAccount("owner@example.org", "Owner", Role.RECRUITER, Locale.FRENCH);
        account.changePasswordHash("hash-of-the-old-password");
        SignedInUser session = new SignedInUser();
        session.rememberCredentials(account.credentialStamp(), account.getRole());
        assertTrue(session.credentialsStillValid(account));

        account.changePasswordHash("hash-of-the-new-password");

        assertFalse(session.credentialsStillValid(account));
        assertFalse(new SignedInUser().credentialsStillValid(account), "a session that never signed in is not valid");
    }

    private void fail(int times, String email, String address) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(email, address);
        }
    }
}
