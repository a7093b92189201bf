package ca.tremplin.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.person.LeadEventKind;
import ca.tremplin.security.TestSessions;
import ca.tremplin.tenant.TenantContext;
import ca.tremplin.testsupport.FirstClick;
import ca.tremplin.testsupport.InServerTest;
import ca.tremplin.testsupport.TestCentre;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A member of staff moving an application while the centre's admin erases its person, against MariaDB: the move locks
 * the person before the application, as the erasure does (the person, then their applications), so that both end —
 * the move first, its application then closed by the erasure, or the erasure first, the move then told where the
 * application stands now (withdrawn) — never a database error on either side, never a move written about a person
 * once their data is gone.
 */
class MovedWhileErasedIT extends InServerTest {

    /** The move's lock on the person, taken before the application's. */
    private static final String PERSON_LOCKED = "select l1_0.%from `lead` l1_0%for update%";

    @Inject
    Candidates candidates;

    @Inject
    ApplicationService applications;

    @Inject
    ca.tremplin.person.PersonErasure erasure;

    @Inject
    ca.tremplin.testsupport.DatabaseRows rows;

    @jakarta.annotation.Resource(lookup = "java:jboss/datasources/TremplinDS")
    javax.sql.DataSource database;

    @Test
    void aMoveWhileThePersonIsErasedWaitsForTheErasureWholeAndSaysTheApplicationWasWithdrawn() throws Exception {
        TestCentre centre = fixtures.newCentre("moved-while-erased");
        String address = Candidates.newAddress();
        long application = candidates.apply(centre.offer(), address);
        long person = candidates.leadOf(application);
        int mailed = candidates.subjectsTo(address).size();
        // The admin's erasure, its transaction open: the person locked first, as PersonErasure locks them; once the
        // move waits, their applications closed and their record emptied, then committed.
        FirstClick erasing = new FirstClick(database::getConnection,
                "select id from `lead` where id = " + person + " for update")
                .thenWriting("update offer_application set status = 'WITHDRAWN', status_since = utc_timestamp(),"
                                + " version = version + 1 where lead_id = " + person,
                        "update `lead` set first_name = '—', last_name = '—', email = null, email_normalized = null,"
                                + " phone_e164 = null, erased_at = utc_timestamp(), version = version + 1 where id = "
                                + person);

        String said = erasing.meets(PERSON_LOCKED, () -> {
            try (TenantContext.Scope ignored = centre.asRecruiter()) {
                return moved(application);
            }
        });

        assertTrue(erasing.met(), "the move waited for the person, holding nothing the erasure needs");
        assertNull(erasing.laterRefused(), "the erasure ended whole");
        assertEquals("application.changedMeanwhile", said, "the move is told the application stands withdrawn now");
        assertEquals(ApplicationStatus.WITHDRAWN, candidates.application(application).getStatus());
        assertEquals(List.of(), candidates.timeline(person, LeadEventKind.APPLICATION_STATUS),
                "no move written about the person erased");
        assertEquals(mailed, candidates.subjectsTo(address).size(), "nothing mailed");
    }

    @Test
    void aMoveAndAnErasureOfThePersonAtTheSameMomentBothEndWithTheApplicationClosed() throws Exception {
        TestCentre centre = fixtures.newCentre("moved-and-erased");
        // A few people, each moved and erased at once: whichever comes first, both end.
        for (int round = 0; round < 4; round++) {
            long application = candidates.apply(centre.offer(), Candidates.newAddress());
            long person = candidates.leadOf(application);

            List<String> said = TestSessions.atOnce(centre.tenant(), centre.recruiter(),
                    () -> moved(application), centre.admin(), () -> {
                        erasure.eraseOnRequest(person);
                        return "erased";
                    });

            assertTrue(said.equals(List.of("erased", "moved"))
                    || said.equals(List.of("application.changedMeanwhile", "erased")), said.toString());
            assertEquals(ApplicationStatus.WITHDRAWN, candidates.application(application).getStatus(),
                    "closed by the erasure, after the move or instead of it");
            assertEquals(1, rows.count("select count(*) from `lead` where id = ? and erased_at is not null"
                    + " and email is null", person), "erased whole");
        }
    }

    /** The recruiter, signed in, screens the application from the board that showed it applied: "moved", or why not. */
    private String moved(long application) {
        try {
            applications.changeStatus(application, ApplicationStatus.APPLIED, ApplicationStatus.SCREENED, null, true);
            return "moved";
        } catch (BusinessRuleException refused) {
            return refused.messageKey();
        }
    }
}
