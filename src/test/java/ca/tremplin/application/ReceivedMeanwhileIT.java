package ca.tremplin.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.tenant.TenantContext;
import ca.tremplin.testsupport.FirstClick;
import ca.tremplin.testsupport.InServerTest;
import ca.tremplin.testsupport.TestCentre;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * An application sent while what it depends on changes, against MariaDB: the person's record, their applications to
 * the offer and the offer are read in that order, the record and the offer locked, so that each sending ends one way
 * — stored once, or refused in the person's words. The last position hired, the offer closed or its deadline moved
 * at that moment: refused as the form says it, no application on an offer that took none. The same application
 * being written at that moment (a double click, two tabs): found once written, refused as sent already. The
 * The centre closed by the coordinating organisation at that moment: refused as an offer closed is, nothing stored
 * nor mailed, whether the centre knew the person already or not. The person's record merged or erased at that moment: the record it was merged into holds the duplicate's
 * application, which stands; an erased person's record stays erased, the application kept for a record of its own.
 * Each change is a transaction the test holds open and commits once the application's statement waits for it.
 */
class ReceivedMeanwhileIT extends InServerTest {

    /** The application's read of the offer, in share mode, after the person's applications. */
    private static final String OFFER_READ_LOCKED = "select id from offer where id = % lock in share mode";
    /** The application's read of the offer's centre, in share mode, after the offer. */
    private static final String CENTRE_READ_LOCKED = "select id from tenant where id = % lock in share mode";
    /** A new person's record written, which names the centre and so waits for a change of the centre's row. */
    private static final String NEW_PERSON_WRITTEN = "insert into `lead` %";
    /** The application's read of the person's record, locked before anything of it is read. */
    private static final String PERSON_LOCKED = "select l1_0.%from `lead` l1_0%for update%";

    @Inject
    Candidates candidates;

    @Inject
    ca.tremplin.testsupport.DatabaseRows rows;

    @Inject
    ca.tremplin.pipeline.LeadService leadService;

    @jakarta.annotation.Resource(lookup = "java:jboss/datasources/TremplinDS")
    javax.sql.DataSource database;

    @Test
    void anApplicationSentWhileTheLastPositionIsHiredWaitsForTheHireAndIsRefusedAsNoLongerTaken() throws Exception {
        TestCentre centre = fixtures.newCentre("apply-while-hired");
        long offer = centre.offer().getId();
        long ana = candidates.apply(centre.offer(), Candidates.newAddress());
        // The recruiter's hire of Ana on the board, the offer's last position, its transaction still open.
        FirstClick hire = new FirstClick(database::getConnection,
                "update offer_application set status = 'HIRED', version = version + 1 where id = " + ana,
                "update offer set positions_filled = positions, status = 'FILLED', version = version + 1 where id = "
                        + offer);
        String bea = Candidates.newAddress();

        BusinessRuleException refused = hire.meets(OFFER_READ_LOCKED,
                () -> assertThrows(BusinessRuleException.class, () -> candidates.apply(centre.offer(), bea)));

        assertTrue(hire.met(), "the application waited for the hire, the offer read under its lock");
        assertEquals("application.offerClosed", refused.messageKey());
        assertEquals(1, applicationsTo(offer), "no application on an offer filled: Ana's alone");
        assertEquals(0, candidates.subjectsTo(bea).size(), "Bea is told on the form, not mailed a confirmation");
    }

    @Test
    void anApplicationSentWhileTheOfferIsClosedWaitsForTheClosingAndIsRefused() throws Exception {
        TestCentre centre = fixtures.newCentre("apply-while-closed");
        long offer = centre.offer().getId();
        FirstClick closing = new FirstClick(database::getConnection,
                "update offer set status = 'CLOSED', version = version + 1 where id = " + offer);

        BusinessRuleException refused = closing.meets(OFFER_READ_LOCKED, () -> assertThrows(
                BusinessRuleException.class, () -> candidates.apply(centre.offer(), Candidates.newAddress())));

        assertTrue(closing.met(), "the application waited for the closing");
        assertEquals("application.offerClosed", refused.messageKey());
        assertEquals(0, applicationsTo(offer));
    }

    @Test
    void anApplicationSentWhileItsCentreIsClosedWaitsForTheClosingAndIsRefusedNothingStored() throws Exception {
        TestCentre centre = fixtures.newCentre("apply-while-centre-closed");
        String address = Candidates.newAddress();
        // A person the centre knows already (applied to another of its offers): nothing of theirs to write first.
        candidates.apply(candidates.welding(centre), address);
        int mailed = candidates.subjectsTo(address).size();

        boolean waited = refusedWhileClosed(centre, address, CENTRE_READ_LOCKED);

        assertTrue(waited, "the application waited for the closing, the centre read under its lock");
        assertEquals(mailed, candidates.subjectsTo(address).size(), "told on the form, not mailed a confirmation");
    }

    @Test
    void aNewPersonsApplicationSentWhileItsCentreIsClosedIsRefusedNothingStored() throws Exception {
        TestCentre centre = fixtures.newCentre("new-while-centre-closed");
        String address = Candidates.newAddress();

        boolean waited = refusedWhileClosed(centre, address, NEW_PERSON_WRITTEN);

        assertTrue(waited, "the person's new record waited for the closing");
        assertEquals(0, rows.count("select count(*) from `lead` where email_normalized = ?", address),
                "nor a record of the person");
        assertEquals(0, candidates.subjectsTo(address).size());
    }

    @Test
    void anApplicationSentWhileTheDeadlineIsMovedBeforeTodayIsRefusedWithTheDeadline() throws Exception {
        TestCentre centre = fixtures.newCentre("apply-while-deadline");
        long offer = centre.offer().getId();
        FirstClick edit = new FirstClick(database::getConnection,
                "update offer set application_deadline = '2020-01-31', version = version + 1 where id = " + offer);

        BusinessRuleException refused = edit.meets(OFFER_READ_LOCKED, () -> assertThrows(
                BusinessRuleException.class, () -> candidates.apply(centre.offer(), Candidates.newAddress())));

        assertTrue(edit.met(), "the application waited for the edit, and read the offer as it left it");
        assertEquals("application.deadlinePassed", refused.messageKey());
        assertTrue(refused.localizedMessage(java.util.Locale.FRENCH).contains("2020"),
                refused.localizedMessage(java.util.Locale.FRENCH));
        assertEquals(0, applicationsTo(offer));
    }

    @Test
    void theSameApplicationSentWhileTheFirstIsBeingWrittenIsRefusedAsSentAlready() throws Exception {
        TestCentre centre = fixtures.newCentre("apply-twice-at-once");
        String address = Candidates.newAddress();
        long welding = candidates.apply(candidates.welding(centre), address);
        long person = candidates.leadOf(welding);
        long offer = centre.offer().getId();
        // The first click, its transaction still open: the person's record held, their application to the offer
        // written (a copy of their other one, its columns but the id and those the database computes).
        String columns = String.join(", ", rows.strings("select column_name from information_schema.columns"
                + " where table_schema = database() and table_name = 'offer_application' and column_name <> 'id'"
                + " and extra not like '%GENERATED%' order by ordinal_position"));
        String copied = columns.replaceAll("\\boffer_id\\b", offer + " as offer_id")
                .replaceAll("\\bversion\\b", "0 as version");
        FirstClick first = new FirstClick(database::getConnection,
                "update `lead` set version = version + 1 where id = " + person,
                "insert into offer_application (" + columns + ") select " + copied
                        + " from offer_application where id = " + welding);

        BusinessRuleException twice = first.meets(PERSON_LOCKED, () -> assertThrows(
                BusinessRuleException.class, () -> candidates.apply(centre.offer(), address)));

        assertTrue(first.met(), "the second click waited for the first one's hold on the person");
        assertTrue(ApplicationService.isAlreadyApplied(twice), twice.messageKey());
        assertEquals(1, applicationsTo(offer), "one application, the first click's");
    }

    @Test
    void aPersonWhoseMergedDuplicateAppliedToTheOfferIsToldTheyAppliedAlready() throws Exception {
        TestCentre centre = fixtures.newCentre("apply-after-merge");
        String address = Candidates.newAddress();
        String oldAddress = Candidates.newAddress();
        long persons = candidates.apply(candidates.welding(centre), address);
        long duplicates = candidates.apply(centre.offer(), oldAddress);
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            leadService.merge(candidates.leadOf(persons), candidates.leadOf(duplicates));
        }

        BusinessRuleException already = assertThrows(BusinessRuleException.class,
                () -> candidates.apply(centre.offer(), address));

        assertTrue(ApplicationService.isAlreadyApplied(already), already.messageKey());
        assertEquals(1, applicationsTo(centre.offer().getId()), "the duplicate's application stands for the person");
    }

    @Test
    void anApplicationSentWhileThePersonsRecordIsMergedWaitsAndFindsTheDuplicatesApplication() throws Exception {
        TestCentre centre = fixtures.newCentre("apply-while-merged");
        String address = Candidates.newAddress();
        String oldAddress = Candidates.newAddress();
        long person = candidates.leadOf(candidates.apply(candidates.welding(centre), address));
        long duplicate = candidates.leadOf(candidates.apply(centre.offer(), oldAddress));
        // A recruiter merging the duplicate into the person's record, its transaction still open.
        FirstClick merge = new FirstClick(database::getConnection, "update `lead` set merged_into_id = " + person
                + ", version = version + 1 where id = " + duplicate);

        BusinessRuleException already = merge.meets(PERSON_LOCKED, () -> assertThrows(
                BusinessRuleException.class, () -> candidates.apply(centre.offer(), oldAddress)));

        assertTrue(merge.met(), "the application waited for the merge, the person's record locked first");
        assertTrue(ApplicationService.isAlreadyApplied(already), already.messageKey());
        assertEquals(1, applicationsTo(centre.offer().getId()), "one application for the person, the duplicate's");
    }

    @Test
    void anApplicationSentWhileThePersonIsErasedWaitsAndIsKeptForARecordOfItsOwn() throws Exception {
        TestCentre centre = fixtures.newCentre("apply-while-erased");
        String address = Candidates.newAddress();
        long erased = candidates.leadOf(candidates.apply(candidates.welding(centre), address));
        // The centre's admin erasing the person at their request, its transaction still open.
        FirstClick erasure = new FirstClick(database::getConnection, "update `lead` set email = null,"
                + " email_normalized = null, first_name = 'x', last_name = 'x', phone_e164 = null,"
                + " erased_at = utc_timestamp(), version = version + 1 where id = " + erased);

        long applied = erasure.meets(PERSON_LOCKED, () -> candidates.apply(centre.offer(), address));

        assertTrue(erasure.met(), "the application waited for the erasure, the person's record locked first");
        assertNotEquals(erased, candidates.leadOf(applied), "a new record, not the erased one");
        assertEquals(1, applicationsTo(centre.offer().getId()));
        assertEquals("x", rows.string("select first_name from `lead` where id = ?", erased),
                "the erased record is not written back from what was read before the erasure");
        assertEquals("0", rows.string("select count(*) from `lead` where id = ? and email is not null", erased));
    }

    /**
     * The person applies to the centre's offer while the coordinating organisation closes the centre, the closing
     * committed once the application waits at {@code waitsAt}: refused as an offer closed is, nothing stored. Returns
     * whether the application waited there.
     */
    private boolean refusedWhileClosed(TestCentre centre, String address, String waitsAt) throws Exception {
        FirstClick closing = new FirstClick(database::getConnection, "update tenant set active = 0,"
                + " version = version + 1 where id = " + centre.tenant().getId());

        BusinessRuleException refused = closing.meets(waitsAt, () -> assertThrows(
                BusinessRuleException.class, () -> candidates.apply(centre.offer(), address)));

        assertEquals("application.offerClosed", refused.messageKey());
        assertEquals(0, applicationsTo(centre.offer().getId()), "no application reaches a centre once closed");
        return closing.met();
    }

    private long applicationsTo(long offer) throws java.sql.SQLException {
        return rows.count("select count(*) from offer_application where offer_id = ?", offer);
    }
}
