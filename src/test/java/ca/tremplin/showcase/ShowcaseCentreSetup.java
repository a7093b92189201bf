package ca.tremplin.showcase;

import ca.tremplin.tenant.Tenancy;
import ca.tremplin.testsupport.InServerTest;
import ca.tremplin.testsupport.TestCentre;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;

/**
 * What a showcase test inside the server starts from: a centre of its own, a word of its own for the apprentices'
 * addresses, and a key of its own for the anonymous forms' brakes, so that tests never use up one another's.
 */
abstract class ShowcaseCentreSetup extends InServerTest {

    @Inject
    ShowcaseSteps steps;

    @Inject
    OwnProfiles own;

    @Inject
    ShowcaseModeration moderation;

    @Inject
    PublicShowcase showcase;

    @Inject
    Tenancy tenancy;

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    TestCentre centre;
    String unique;
    String ip;

    @BeforeEach
    void aCentreOfItsOwn() {
        centre = fixtures.newCentre("showcase-centre");
        unique = UUID.randomUUID().toString().substring(0, 8);
        ip = "test-" + UUID.randomUUID();
    }

    /** An address no other test uses, for the apprentice called {@code who}. */
    String address(String who) {
        return who + "." + unique + "@exemple.test";
    }
}
