package ca.tremplin.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.tenant.TenantContext;
import ca.tremplin.testsupport.InServerTest;
import ca.tremplin.testsupport.TestCentre;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * What is sent twice, against MariaDB: an application to an offer the person already applied to is refused saying how
 * to add to the first — a reply to its confirmation only when a reply reaches the centre; the same interview set twice
 * (a double click on "Schedule interview") is planned once, its invitation sent once; two colleagues hiring each
 * their candidate at the same moment on an offer of two positions both hire, the offer filled; the remaining
 * applications of a closed offer refused while a colleague refuses one of them are each refused once, and none
 * while an admin opens the offer again; a move, an interview moved or filled positions recorded at the moment a
 * colleague refuses or hires wait for the colleague, the application locked before the offer on every path, and are
 * refused with what the colleague made of it.
 */
class SentTwiceIT extends InServerTest {

    @Inject
    Candidates candidates;

    @Inject
    ApplicationService applications;

    @Inject
    OfferPipelineService pipelines;

    @Inject
    ca.tremplin.offer.OfferService offers;

    @Inject
    ca.tremplin.testsupport.DatabaseRows rows;

    @jakarta.annotation.Resource(lookup = "java:jboss/datasources/TremplinDS")
    javax.sql.DataSource database;

    @Test
    void aSecondApplicationToACentreWithoutAContactAddressSaysHowToReachItNotToReply() {
        TestCentre centre = fixtures.newCentre("already-no-reply");
        candidates.reachedByPhoneOnly(centre, "+1 819 555 0123");
        String email = Candidates.newAddress();
        candidates.apply(centre.offer(), email);

        BusinessRuleException already = assertThrows(BusinessRuleException.class,
                () -> candidates.apply(centre.offer(), email));

        assertEquals("application.alreadyNoReply", already.messageKey());
        String said = already.localizedMessage(Locale.FRENCH);
        assertTrue(said.contains("joignez " + centre.tenant().getNameFr() + " : ") && said.contains("+1 819 555 0123"),
                said);
        assertFalse(said.contains("répondez"), "a reply would reach the platform's no-reply address: " + said);
    }

    @Test
    void theSameInterviewSetTwiceIsPlannedOnceAndInvitesOnce() {
        TestCentre centre = fixtures.newCentre("interview-twice");
        String email = Candidates.newAddress();
        long applied = candidates.apply(centre.offer(), email);
        LocalDateTime at = LocalDateTime.of(Candidates.NEXT_YEAR, 3, 18, 10, 0);
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            Interview first = applications.scheduleInterview(applied, at, "America/Montreal", 45, "Bureau 5", null);

            BusinessRuleException twice = assertThrows(BusinessRuleException.class,
                    () -> applications.scheduleInterview(applied, at, "America/Montreal", 45, "Bureau 5", null));

            assertEquals("interview.alreadyPlanned", twice.messageKey());
            assertEquals(1, pipelines.board(centre.offer().getId(), 20).interviewsOf(applied).size());
            Interview later = applications.scheduleInterview(applied, at.plusDays(1), "America/Montreal", 45,
                    "Bureau 5", null);
            assertEquals("interview.alreadyPlanned", assertThrows(BusinessRuleException.class,
                    () -> applications.moveInterview(later.getId(), 0, at, "America/Montreal", 45, "Bureau 5", null))
                    .messageKey(), "nor moved onto the time of the other");
            applications.cancelInterview(first.getId(), 0);
            applications.scheduleInterview(applied, at, "America/Montreal", 45, "Bureau 5", null);
        }
        List<String> invitations = candidates.subjectsTo(email).stream()
                .filter(subject -> subject.startsWith("Entrevue : ")).toList();
        assertEquals(3, invitations.size(), "the first, the next day's, and the one set again once the first was"
                + " cancelled — never the one sent twice: " + invitations);
    }

    @Test
    void twoColleaguesHiringAtTheSameMomentOnAnOfferOfTwoPositionsBothHireAndFillIt() throws Exception {
        TestCentre centre = fixtures.newCentre("hires-at-once");
        long offer = centre.offer().getId();
        long ana = candidates.apply(centre.offer(), Candidates.newAddress());
        long bea = candidates.apply(centre.offer(), Candidates.newAddress());
        // The colleague's hire of Ana, its transaction still open when the recruiter hires Bea.
        ca.tremplin.testsupport.FirstClick colleague = new ca.tremplin.testsupport.FirstClick(database::getConnection,
                "update offer set positions_filled = positions_filled + 1, version = version + 1 where id = " + offer,
                "update offer_application set status = 'HIRED', version = version + 1 where id = " + ana);

        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            colleague.meets("select o1_0.%from offer o1_0%for update%", () -> applications.changeStatus(bea,
                    ApplicationStatus.APPLIED, ApplicationStatus.HIRED, null, false));
        }

        assertTrue(colleague.met(), "the second hire waited for the first one's offer");
        assertEquals("2", rows.string("select positions_filled from offer where id = ?", offer),
                "both positions taken, none counted twice");
        assertEquals("FILLED", rows.string("select status from offer where id = ?", offer));
        assertEquals("HIRED", rows.string("select status from offer_application where id = ?", bea));
    }

    @Test
    void theRemainingApplicationsRefusedWhileAColleagueRefusesOneAreEachRefusedOnce() throws Exception {
        TestCentre centre = fixtures.newCentre("remaining-at-once");
        long offer = centre.offer().getId();
        String anaAddress = Candidates.newAddress();
        String beaAddress = Candidates.newAddress();
        long ana = candidates.apply(centre.offer(), anaAddress);
        long bea = candidates.apply(centre.offer(), beaAddress);
        rows.execute("update offer set status = 'CLOSED', version = version + 1 where id = ?", offer);
        // The colleague's refusal of Ana, its transaction still open when the recruiter refuses the remaining ones.
        ca.tremplin.testsupport.FirstClick colleague = new ca.tremplin.testsupport.FirstClick(database::getConnection,
                "update offer_application set status = 'REJECTED', version = version + 1 where id = " + ana);

        int[] done;
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            done = colleague.meets("select oa1_0.%from offer_application oa1_0%for update%",
                    () -> applications.refuseTheRemaining(offer, null, true));
        }

        assertTrue(colleague.met(), "the bulk refusal waited for the colleague's");
        assertEquals(1, done[0], "Bea's alone refused here, and said so: Ana's was the colleague's");
        assertEquals("REJECTED", rows.string("select status from offer_application where id = ?", bea));
        assertEquals(1, candidates.subjectsTo(anaAddress).size(), "Ana is not told a second time: "
                + candidates.subjectsTo(anaAddress));
        assertEquals(2, candidates.subjectsTo(beaAddress).size(), "Bea is told of the refusal: "
                + candidates.subjectsTo(beaAddress));
    }

    @Test
    void theRemainingApplicationsRefusedWhileTheOfferIsOpenedAgainWaitForItAndStayOpen() throws Exception {
        TestCentre centre = fixtures.newCentre("remaining-while-reopened");
        long offer = centre.offer().getId();
        long ana = candidates.apply(centre.offer(), Candidates.newAddress());
        rows.execute("update offer set status = 'CLOSED', version = version + 1 where id = ?", offer);
        // The admin opening the offer again (a position added), its transaction still open when the recruiter
        // refuses the remaining applications from the board that showed it closed.
        ca.tremplin.testsupport.FirstClick admin = new ca.tremplin.testsupport.FirstClick(database::getConnection,
                "update offer set status = 'OPEN', positions = positions + 1, version = version + 1 where id = "
                        + offer);

        BusinessRuleException stillOpen;
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            stillOpen = admin.meets("select o1_0.%from offer o1_0%for update%",
                    () -> assertThrows(BusinessRuleException.class,
                            () -> applications.refuseTheRemaining(offer, null, true)));
        }

        assertTrue(admin.met(), "the bulk refusal waited for the offer opened again, read under its lock");
        assertEquals("application.offerStillOpen", stillOpen.messageKey());
        assertEquals("APPLIED", rows.string("select status from offer_application where id = ?", ana),
                "Ana's application stays open on the offer opened again");
    }

    @Test
    void aHireMadeWhileAColleagueRefusesTheApplicationWaitsForTheRefusalAndIsRefusedAsClosed() throws Exception {
        TestCentre centre = fixtures.newCentre("hire-while-refused");
        long offer = centre.offer().getId();
        long ana = candidates.apply(centre.offer(), Candidates.newAddress());
        // The colleague's refusal of Ana, its transaction still open when the recruiter hires her.
        ca.tremplin.testsupport.FirstClick colleague = new ca.tremplin.testsupport.FirstClick(database::getConnection,
                "update offer_application set status = 'REJECTED', version = version + 1 where id = " + ana);

        BusinessRuleException closed;
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            closed = colleague.meets("select oa1_0.%from offer_application oa1_0%for update%",
                    () -> assertThrows(BusinessRuleException.class,
                            () -> applications.changeStatus(ana, ApplicationStatus.HIRED)));
        }

        assertTrue(colleague.met(), "the hire waited for the colleague's refusal, the application locked first");
        assertEquals("application.final", closed.messageKey());
        assertEquals("REJECTED", rows.string("select status from offer_application where id = ?", ana));
        assertEquals("0", rows.string("select positions_filled from offer where id = ?", offer),
                "no position taken by a candidate refused");
    }

    @Test
    void anInterviewMovedWhileAColleagueRefusesTheApplicationWaitsForTheRefusalAndIsNotMoved() throws Exception {
        TestCentre centre = fixtures.newCentre("move-while-refused");
        long ana = candidates.apply(centre.offer(), Candidates.newAddress());
        LocalDateTime at = LocalDateTime.of(Candidates.NEXT_YEAR, 3, 18, 10, 0);
        Interview planned;
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            planned = applications.scheduleInterview(ana, at, "America/Montreal", 45, "Bureau 5", null);
        }
        // The colleague's refusal of Ana under way: her application held, its interviews to come not cancelled yet.
        ca.tremplin.testsupport.FirstClick colleague = new ca.tremplin.testsupport.FirstClick(database::getConnection,
                "update offer_application set status = 'REJECTED', version = version + 1 where id = " + ana);

        BusinessRuleException closed;
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            closed = colleague.meets("select oa1_0.%from offer_application oa1_0%for update%",
                    () -> assertThrows(BusinessRuleException.class, () -> applications.moveInterview(planned.getId(),
                            0, at.plusDays(1), "America/Montreal", 45, "Bureau 5", null)));
        }

        assertTrue(colleague.met(), "the move waited for the colleague's refusal, the application locked first");
        assertEquals("interview.applicationFinal", closed.messageKey());
        assertEquals("0", rows.string("select sequence from interview where id = ?", planned.getId()),
                "no moved invitation sent to a candidate being refused");
    }

    @Test
    void filledPositionsRecordedWhileAColleagueHiresWaitForTheHireAndSayTheOfferChanged() throws Exception {
        TestCentre centre = fixtures.newCentre("filled-while-hiring");
        long offer = centre.offer().getId();
        long ana = candidates.apply(centre.offer(), Candidates.newAddress());
        long shown = rows.count("select version from offer where id = ?", offer);
        // The colleague's hire of Ana on the board, its transaction still open when the admin records a position.
        ca.tremplin.testsupport.FirstClick colleague = new ca.tremplin.testsupport.FirstClick(database::getConnection,
                "update offer set positions_filled = positions_filled + 1, version = version + 1 where id = " + offer,
                "update offer_application set status = 'HIRED', version = version + 1 where id = " + ana);

        BusinessRuleException changed;
        try (TenantContext.Scope ignored = centre.asAdmin()) {
            changed = colleague.meets("select o1_0.%from offer o1_0%for update%",
                    () -> assertThrows(BusinessRuleException.class,
                            () -> offers.recordFilledPositions(offer, 1, shown)));
        }

        assertTrue(colleague.met(), "the admin's recording waited for the hire's offer, read under its lock");
        assertEquals("conflict.modifiedMeanwhile", changed.messageKey());
        assertEquals("1", rows.string("select positions_filled from offer where id = ?", offer),
                "the hire's position, counted once");
    }
}
