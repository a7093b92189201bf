package ca.tremplin.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.testsupport.DatabaseRows;
import ca.tremplin.testsupport.InServerTest;
import ca.tremplin.testsupport.TestCentre;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * Law 25 after a restore: a person erased after the backup comes back whole with it, while {@code restore.sh}
 * keeps the record of their erasure. As the server starts, that person is erased again — their record, their
 * request — marked erased at the moment recorded, and the erasure stays recorded once; a person without a record is
 * left whole, and the next start erases no one twice.
 */
class ErasedAgainAfterRestoreIT extends InServerTest {

    private static final String RECORDED_AT = "2026-11-30 14:15:16";

    @Inject
    ErasedAgainAfterRestore startUp;

    @Inject
    DatabaseRows rows;

    @Test
    void aPersonErasedAfterTheBackupIsErasedAgainAtStartUpWithoutASecondRecord() throws Exception {
        TestCentre centre = fixtures.newCentre("erased-again");
        Lead broughtBack = fixtures.newLead(centre.tenant(), centre.program());
        Lead neverErased = fixtures.newLead(centre.tenant(), centre.program());
        // What restore.sh leaves: the backup's lead, whole, and the erasure made after the backup, put back.
        rows.execute("insert into person_erasure (tenant_id, lead_id, reason, erased_at, records)"
                + " values (?, ?, 'REQUEST', ?, 1)", centre.tenant().getId(), broughtBack.getId(), RECORDED_AT);

        assertTrue(startUp.eraseThoseRecordedAsErased() >= 1, "at least this person erased again");

        assertEquals(PersonErasure.MARKER + "|" + PersonErasure.MARKER + "||" + RECORDED_AT, rows.string(
                "select concat_ws('|', first_name, last_name, coalesce(email, ''),"
                + " date_format(erased_at, '%Y-%m-%d %H:%i:%s')) from `lead` where id = ?", broughtBack.getId()),
                "the record erased, at the moment the erasure was made");
        assertEquals(PersonErasure.MARKER, rows.string("select i.first_name from inquiry i join routed_inquiry r"
                + " on r.inquiry_id = i.id where r.lead_id = ?", broughtBack.getId()), "and the request it came from");
        assertEquals(1, rows.count("select count(*) from person_erasure where lead_id = ?", broughtBack.getId()),
                "the erasure is recorded once, as it was");
        assertNotNull(rows.string("select email from `lead` where id = ?", neverErased.getId()),
                "a person whose erasure is not recorded is left whole");

        startUp.eraseThoseRecordedAsErased();
        assertEquals(RECORDED_AT, rows.string("select date_format(erased_at, '%Y-%m-%d %H:%i:%s') from `lead`"
                + " where id = ?", broughtBack.getId()), "the next start finds them erased and leaves them be");
        assertEquals(1, rows.count("select count(*) from person_erasure where lead_id = ?", broughtBack.getId()));
    }
}
