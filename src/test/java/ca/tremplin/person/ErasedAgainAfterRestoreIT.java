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
 * left whole, and the next start erases no one twice. An apprentice known only by the showcase likewise.
 */
class ErasedAgainAfterRestoreIT extends InServerTest {

    private static final String RECORDED_AT = "2026-11-30 14:15:16";

    @Inject
    ErasedAgainAfterRestore startUp;

    @Inject
    DatabaseRows rows;

    @Inject
    ca.tremplin.showcase.ShowcaseInvitations invitations;

    @Inject
    ca.tremplin.showcase.ShowcasePosting posting;

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

    /**
     * The same for an apprentice the centre knew only by their showcase profile: erased after the backup, the
     * profile comes back with it, and the erasure recorded by the profile's number deletes it again at start-up —
     * photos, consents and all —, recorded once.
     */
    @Test
    void anApprenticeErasedAfterTheBackupIsErasedAgainAtStartUp() throws Exception {
        TestCentre centre = fixtures.newCentre("apprentice-again");
        String address = ca.tremplin.testsupport.InquiryRequests.uniqueEmail();
        try (ca.tremplin.tenant.TenantContext.Scope ignored = centre.asRecruiter()) {
            invitations.inviteByEmail(address, java.util.Locale.FRENCH);
        }
        java.util.regex.Matcher invitation = java.util.regex.Pattern.compile("invitation=([A-Za-z0-9_-]+)").matcher(
                rows.string("select body_text from outbox_message where recipient = ? order by id desc limit 1",
                        address));
        assertTrue(invitation.find());
        long broughtBack = posting.post(invitation.group(1), new ca.tremplin.showcase.ProfilePost("Amani",
                        centre.program().getId(), "Pâtissière", "Pâtisserie du Fjord",
                        "J’ai choisi ce métier pour créer de mes mains; ma journée commence à cinq heures.", null,
                        address, 2000, null, null, true, true, true), ca.tremplin.showcase.TestPhotos.photo(),
                java.util.Locale.FRENCH, "test-" + java.util.UUID.randomUUID()).profileId();
        // What restore.sh leaves: the backup's profile, whole, and the erasure made after the backup, put back.
        rows.execute("insert into person_erasure (tenant_id, showcase_profile_id, reason, erased_at, records)"
                + " values (?, ?, 'REQUEST', ?, 1)", centre.tenant().getId(), broughtBack, RECORDED_AT);

        assertTrue(startUp.eraseThoseRecordedAsErased() >= 1, "at least this apprentice erased again");

        assertEquals(0, rows.count("select count(*) from showcase_profile where id = ?", broughtBack),
                "the profile deleted again");
        assertEquals(0, rows.count("select count(*) from showcase_photo where profile_id = ?", broughtBack));
        assertEquals(0, rows.count("select count(*) from consent_record where email_normalized = ?", address));
        assertEquals(0, rows.count("select count(*) from outbox_message where recipient = ?", address),
                "and the mail to them");
        assertEquals(1, rows.count("select count(*) from person_erasure where showcase_profile_id = ?", broughtBack),
                "the erasure is recorded once, as it was");
        startUp.eraseThoseRecordedAsErased();
        assertEquals(1, rows.count("select count(*) from person_erasure where showcase_profile_id = ?", broughtBack));
    }
}
