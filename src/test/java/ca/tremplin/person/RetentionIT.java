package ca.tremplin.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.kernel.AccessDeniedException;
import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.security.TestSessions;
import ca.tremplin.tenant.TenantContext;
import ca.tremplin.testsupport.DatabaseRows;
import ca.tremplin.testsupport.InServerTest;
import ca.tremplin.testsupport.TestCentre;
import ca.tremplin.testsupport.InquiryRequests;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Retention: a centre's admin sets how long the centre keeps people per situation, and the nightly job anonymises
 * those due — lost or inactive that long, admitted but not enrolled that long after the intake they asked for,
 * enrolled that long after enrolling — with the same erasure as a request, and leaves the others whole. The privacy
 * page reports how many were anonymised, per day and rule. Apprentices known only by the showcase are erased by the
 * first rule when their profiles are withdrawn or abandoned that long, and so are the earlier versions of an
 * application (a CV replaced) once that long has passed since they were replaced. A centre without periods keeps its
 * people; another centre's admin neither reads nor changes the periods or the report.
 */
class RetentionIT extends InServerTest {

    @Inject
    RetentionService retention;

    @Inject
    RetentionJob job;

    @Inject
    DatabaseRows rows;

    @Inject
    ca.tremplin.showcase.ShowcaseInvitations invitations;

    @Inject
    ca.tremplin.showcase.ShowcasePosting posting;

    @Inject
    ca.tremplin.showcase.ShowcaseModeration moderation;

    @Inject
    ca.tremplin.showcase.OwnProfiles own;

    @Inject
    ca.tremplin.application.ApplicationService applications;

    @Inject
    ca.tremplin.pipeline.LeadConsents leadConsents;

    @Test
    void theNightlyJobAnonymisesThePeopleDueByTheirCentresPeriodsAndOnlyThem() throws Exception {
        TestCentre fjord = fixtures.newCentre("keep-a");
        TestCentre plaine = fixtures.newCentre("keep-b");
        Instant now = Instant.now();
        Lead lostLongAgo = situation(fjord, "LOST", 30, null);
        Lead lostLately = situation(fjord, "LOST", 10, null);
        Lead silent = situation(fjord, "NEW", 25, null);
        Lead silentButNoted = situation(fjord, "NEW", 25, null);
        rows.execute("update lead_event set occurred_at = ? where id = (select max(id) from (select id from lead_event"
                + " where lead_id = ?) e)", at(now, 1), silentButNoted.getId());
        Lead admittedPastIntake = situation(fjord, "ADMITTED", 3, month(now, -14));
        Lead admittedBeforeIntake = situation(fjord, "ADMITTED", 36, month(now, 5));
        Lead enrolledLongAgo = situation(fjord, "ENROLLED", 61, null);
        Lead enrolledLately = situation(fjord, "ENROLLED", 1, null);
        Lead elsewhere = situation(plaine, "LOST", 30, null);

        try (TenantContext.Scope ignored = fjord.asAdmin()) {
            retention.save(Map.of(RetentionRule.LOST_OR_INACTIVE, 24, RetentionRule.ADMITTED_NOT_ENROLLED, 12,
                    RetentionRule.ENROLLED, 60));
            assertEquals(24, retention.policy().get(RetentionRule.LOST_OR_INACTIVE));
        }
        job.run(now);

        for (Lead due : List.of(lostLongAgo, silent, admittedPastIntake, enrolledLongAgo)) {
            assertEquals(PersonErasure.MARKER + "||" + due.getCountryOfResidence(), rows.string("select concat_ws('|',"
                    + " first_name, coalesce(email, ''), country_of_residence) from `lead` where id = ?",
                    due.getId()), "anonymised, its country kept: lead " + due.getId());
        }
        for (Lead kept : List.of(lostLately, silentButNoted, admittedBeforeIntake, enrolledLately, elsewhere)) {
            assertNotNull(rows.string("select email from `lead` where id = ?", kept.getId()), "kept: lead " + kept.getId());
        }
        assertEquals("ENROLLED", rows.string("select stage from `lead` where id = ?", enrolledLongAgo.getId()),
                "the stage stays for the funnel");

        LocalDate today = LocalDate.ofInstant(now, ca.tremplin.kernel.QuebecTime.ZONE);
        List<RetentionService.Anonymised> expected = List.of(
                new RetentionService.Anonymised(today, ErasureReason.RETENTION, RetentionRule.LOST_OR_INACTIVE, 2),
                new RetentionService.Anonymised(today, ErasureReason.RETENTION, RetentionRule.ADMITTED_NOT_ENROLLED, 1),
                new RetentionService.Anonymised(today, ErasureReason.RETENTION, RetentionRule.ENROLLED, 1));
        try (TenantContext.Scope ignored = fjord.asAdmin()) {
            assertEquals(expected, retention.report(90), "the report counts, per day and rule");
        }
        job.run(now);
        try (TenantContext.Scope ignored = fjord.asAdmin()) {
            assertEquals(expected, retention.report(90), "a second night anonymises no one twice");
        }
        try (TenantContext.Scope ignored = plaine.asAdmin()) {
            assertEquals(List.of(), retention.report(90), "another centre reads nothing of it");
            assertTrue(retention.policy().isEmpty(), "nor its periods");
        }

        // The days are Québec's: an erasure at 22:30 yesterday evening in Québec is yesterday's, though it is
        // today's (or later) in UTC; one older than the 90 days shown is not counted.
        java.time.ZoneId quebec = ca.tremplin.kernel.QuebecTime.ZONE;
        LocalDate yesterday = LocalDate.now(quebec).minusDays(1);
        for (java.time.ZonedDateTime at : List.of(yesterday.atTime(22, 30).atZone(quebec),
                yesterday.minusDays(120).atTime(12, 0).atZone(quebec))) {
            rows.execute("insert into person_erasure (tenant_id, lead_id, reason, erased_at) values (?, ?, 'REQUEST', ?)",
                    plaine.tenant().getId(), elsewhere.getId(),
                    Timestamp.valueOf(at.withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime()));
        }
        try (TenantContext.Scope ignored = plaine.asAdmin()) {
            assertEquals(List.of(new RetentionService.Anonymised(yesterday, ErasureReason.REQUEST, null, 1)),
                    retention.report(90), "counted on Québec's day, within the days shown");
        }
    }

    @Test
    void aRunAnonymisesEveryPersonDueHoweverManyTransactionsItTakesAndNoOneElse() throws Exception {
        TestCentre centre = fixtures.newCentre("keep-many");
        Lead first = situation(centre, "LOST", 30, null);
        Lead kept = situation(centre, "LOST", 2, null);
        // Two slices and a few more, each a copy of the first (its own address), some before the kept lead's id and
        // most after it.
        int copies = 2 * RetentionJob.PEOPLE_PER_TRANSACTION + 3;
        for (int i = 0; i < copies; i++) {
            rows.execute("insert into `lead` (tenant_id, email_normalized, email, first_name, last_name, language,"
                    + " country_of_residence, first_inquiry_at, last_inquiry_at, stage, stage_since)"
                    + " select tenant_id, concat('copy', ?, '.', email_normalized), concat('copy', ?, '.', email),"
                    + " first_name, last_name, language, country_of_residence, first_inquiry_at, last_inquiry_at,"
                    + " stage, stage_since from `lead` where id = ?", i, i, first.getId());
        }
        try (TenantContext.Scope ignored = centre.asAdmin()) {
            retention.save(Map.of(RetentionRule.LOST_OR_INACTIVE, 24));
        }

        job.run(Instant.now());

        assertEquals(copies + 1L, rows.count("select count(*) from `lead` where tenant_id = ? and erased_at is not null"
                + " and first_name = ? and email is null", centre.tenant().getId(), PersonErasure.MARKER),
                "every person due, across three transactions");
        assertEquals(copies + 1L, rows.count("select count(*) from person_erasure where tenant_id = ?",
                centre.tenant().getId()), "each recorded once");
        assertNotNull(rows.string("select email from `lead` where id = ?", kept.getId()), "the one not due is kept");
    }

    /**
     * Apprentices the centre knows only by the showcase fall under "lost or inactive": one whose profile was withdrawn,
     * or left waiting for their changes, and nothing happened to it for the months set, is erased whole, recorded by
     * the rule and counted with the others. Kept: a published profile (its consent stands), one withdrawn lately, one
     * whose apprentice the centre follows as a lead (that lead's own retention decides), and a person who withdrew a
     * profile long ago but published another since.
     */
    @Test
    void theNightlyJobErasesApprenticesKnownOnlyByLongWithdrawnOrAbandonedProfilesAndNoneElse() throws Exception {
        TestCentre centre = fixtures.newCentre("keep-apprentices");
        Instant now = Instant.now();
        long withdrawnLongAgo = withdrawn(profile(centre, apprentice()));
        long abandoned = profile(centre, apprentice()).profileId();
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            moderation.requestChanges(abandoned, version(abandoned), "Une photo où l’on voit le chantier, svp");
        }
        long published = profile(centre, apprentice()).profileId();
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            moderation.approve(published, version(published));
        }
        long withdrawnLately = withdrawn(profile(centre, apprentice()));
        String followed = apprentice();
        fixtures.newLead(centre.tenant(), centre.program(), "Keep", "Me", followed, null, null);
        long withdrawnButFollowed = withdrawn(profile(centre, followed));
        String cameBack = apprentice();
        long withdrawnThenBack = withdrawn(profile(centre, cameBack));
        long backSince = profile(centre, cameBack).profileId();
        for (long old : List.of(withdrawnLongAgo, abandoned, published, withdrawnButFollowed, withdrawnThenBack)) {
            aged(old, at(now, 30));
        }
        aged(withdrawnLately, at(now, 3));
        try (TenantContext.Scope ignored = centre.asAdmin()) {
            retention.save(Map.of(RetentionRule.LOST_OR_INACTIVE, 24));
        }

        job.run(now);

        for (long due : List.of(withdrawnLongAgo, abandoned)) {
            assertEquals(0L, rows.count("select count(*) from showcase_profile where id = ?", due), "erased: " + due);
            assertEquals(0L, rows.count("select count(*) from consent_record where showcase_profile_id = ?", due));
            assertEquals(1L, rows.count("select count(*) from person_erasure where showcase_profile_id = ?"
                    + " and reason = 'RETENTION' and retention_rule = 'LOST_OR_INACTIVE' and erased_by is null", due));
        }
        for (long kept : List.of(published, withdrawnLately, withdrawnButFollowed, withdrawnThenBack, backSince)) {
            assertEquals(1L, rows.count("select count(*) from showcase_profile where id = ?", kept), "kept: " + kept);
        }
        try (TenantContext.Scope ignored = centre.asAdmin()) {
            assertEquals(List.of(new RetentionService.Anonymised(LocalDate.ofInstant(now,
                    ca.tremplin.kernel.QuebecTime.ZONE), ErasureReason.RETENTION, RetentionRule.LOST_OR_INACTIVE, 2)),
                    retention.report(90), "counted as people of the first rule");
        }
        job.run(now);
        assertEquals(2L, rows.count("select count(*) from person_erasure where tenant_id = ?",
                centre.tenant().getId()), "a second night erases no one twice");
    }

    private static String apprentice() {
        return InquiryRequests.uniqueEmail();
    }

    /** A profile posted at the centre under this address, from a personal invitation, waiting for a moderator. */
    private ca.tremplin.showcase.ShowcasePosting.Posted profile(TestCentre centre, String address)
            throws SQLException {
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            invitations.inviteByEmail(address, java.util.Locale.FRENCH);
        }
        String mail = rows.string("select body_text from outbox_message where recipient = ? order by id desc limit 1",
                address);
        java.util.regex.Matcher invitation = java.util.regex.Pattern.compile("invitation=([A-Za-z0-9_-]+)")
                .matcher(mail);
        assertTrue(invitation.find(), mail);
        return posting.post(invitation.group(1), new ca.tremplin.showcase.ProfilePost("Amani",
                        centre.program().getId(), "Pâtissière", "Pâtisserie du Fjord",
                        "J’ai choisi ce métier pour créer de mes mains; ma journée commence à cinq heures.", null,
                        address, 2000, null, null, true, true, true), ca.tremplin.showcase.TestPhotos.photo(),
                java.util.Locale.FRENCH, "test-" + java.util.UUID.randomUUID());
    }

    /** The profile withdrawn by its apprentice from their own page; its id. */
    private long withdrawn(ca.tremplin.showcase.ShowcasePosting.Posted posted) {
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("token=([A-Za-z0-9_-]+)")
                .matcher(posted.ownerLink());
        assertTrue(token.find(), posted.ownerLink());
        own.withdraw(token.group(1), "test-" + java.util.UUID.randomUUID());
        return posted.profileId();
    }

    private long version(long profileId) throws SQLException {
        return rows.count("select version from showcase_profile where id = ?", profileId);
    }

    /** Everything that happened to the profile — posted, moderated, withdrawn, its consents — then. */
    private void aged(long profileId, Timestamp then) throws SQLException {
        rows.execute("update showcase_profile set submitted_at = ?, moderated_at = case when moderated_at is null"
                + " then null else ? end, withdrawn_at = case when withdrawn_at is null then null else ? end,"
                + " waiting_since = case when waiting_since is null then null else ? end where id = ?",
                then, then, then, then, profileId);
        rows.execute("update consent_record set given_at = ? where showcase_profile_id = ?", then, profileId);
    }

    /**
     * A person who withdrew their consent to the processing of their application and sent it again replaced their CV:
     * the one they had sent is kept as an earlier version, which the centre never reads. The person is still followed
     * and not due, but the version is kept no longer than the centre keeps what nothing happens to: once its "lost or
     * inactive" months have passed since it was replaced, the nightly run erases its file and message (that it was
     * sent, and when, stays), and leaves a version replaced lately, the CV sent now and the person's record.
     */
    @Test
    void anEarlierCvIsErasedOnceTheCentresMonthsHavePassedSinceItWasReplacedThoughItsPersonIsKept() throws Exception {
        TestCentre centre = fixtures.newCentre("keep-cv");
        String email = InquiryRequests.uniqueEmail();
        byte[] first = "%PDF-1.7\n% premier CV\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] now = "%PDF-1.7\n% CV d’aujourd’hui\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        long application = applications.apply(centre.offer().getId(), application(email, "Mon premier message."),
                "premier-cv.pdf", first, java.util.Locale.FRENCH, "10.66.4.1");
        long leadId = Long.parseLong(rows.string("select lead_id from offer_application where id = ?", application));
        try (TenantContext.Scope ignored = centre.asRecruiter()) {
            leadConsents.recordWithdrawal(leadId, ConsentPurpose.APPLICATION, ConsentChannel.PHONE, Instant.now(),
                    null);
        }
        // Minutes apart, as people are: the form's consent, then the withdrawal, then the form sent again.
        rows.execute("update consent_record set given_at = given_at - interval 3 minute where offer_application_id = ?",
                application);
        rows.execute("update offer_application set consent_at = consent_at - interval 3 minute where id = ?",
                application);
        rows.execute("update consent_change set changed_at = changed_at - interval 2 minute where lead_id = ?", leadId);
        assertTrue(applications.receive(centre.offer().getId(), application(email, "Je reviens."), "cv.pdf", now,
                java.util.Locale.FRENCH, "10.66.4.1", ca.tremplin.web.CampaignTouches.NONE).sentAgain());
        long replacedLongAgo = rows.count("select max(id) from offer_application_earlier_sending"
                + " where application_id = ?", application);
        rows.execute("insert into offer_application_earlier_sending (tenant_id, application_id, sent_at, replaced_at,"
                + " cover_message, cv_file_name, cv_content_type, cv_content) select tenant_id, application_id,"
                + " sent_at, utc_timestamp(6) - interval 1 month, cover_message, 'recent.pdf', cv_content_type,"
                + " cv_content from offer_application_earlier_sending where id = ?", replacedLongAgo);
        rows.execute("update offer_application_earlier_sending set replaced_at = ? where id = ?",
                at(Instant.now(), 25), replacedLongAgo);
        try (TenantContext.Scope ignored = centre.asAdmin()) {
            retention.save(Map.of(RetentionRule.LOST_OR_INACTIVE, 24));
        }

        job.run(Instant.now());

        assertEquals(PersonErasure.MARKER + "||", rows.string("select concat(cv_file_name, '|',"
                + " coalesce(cover_message, ''), '|', coalesce(length(cv_content), '')) from"
                + " offer_application_earlier_sending where id = ?", replacedLongAgo),
                "the version replaced 25 months ago: its file and message erased");
        assertNotNull(rows.string("select sent_at from offer_application_earlier_sending where id = ?",
                replacedLongAgo), "that it was sent stays");
        assertEquals("recent.pdf|Mon premier message.", rows.string("select concat(cv_file_name, '|', cover_message)"
                + " from offer_application_earlier_sending where application_id = ? and id <> ?", application,
                replacedLongAgo), "a version replaced last month stays");
        assertEquals(1L, rows.count("select count(*) from offer_application_cv where application_id = ?",
                application), "the CV sent now stays");
        assertEquals(email, rows.string("select email from `lead` where id = ?", leadId), "the person is kept");
    }

    private static ca.tremplin.application.ApplicationRequest application(String email, String message) {
        ca.tremplin.application.ApplicationRequest request = new ca.tremplin.application.ApplicationRequest();
        request.setFirstName("Keep");
        request.setLastName("Mine");
        request.setEmail(email);
        request.setCountry("SN");
        request.setMessage(message);
        request.setConsent(true);
        return request;
    }

    @Test
    void onlyAnAdminSetsThePeriodsAndEachIsAReasonableNumberOfMonths() {
        TestCentre fjord = fixtures.newCentre("keep-c");
        try (TenantContext.Scope ignored = fjord.asAdmin()) {
            Map<RetentionRule, Integer> tooLong = new EnumMap<>(RetentionRule.class);
            tooLong.put(RetentionRule.ENROLLED, 1200);
            assertEquals("retention.monthsInvalid", assertThrows(BusinessRuleException.class,
                    () -> retention.save(tooLong)).messageKey());
            Map<RetentionRule, Integer> onlyLost = new EnumMap<>(RetentionRule.class);
            onlyLost.put(RetentionRule.LOST_OR_INACTIVE, 18);
            retention.save(onlyLost);
            assertEquals(18, retention.policy().get(RetentionRule.LOST_OR_INACTIVE));
            assertNull(retention.policy().get(RetentionRule.ENROLLED), "an empty period keeps those people");
        }
        try (TenantContext.Scope ignored = TestSessions.signedInAs(fjord.recruiter(), fjord.tenant())) {
            assertThrows(AccessDeniedException.class, () -> retention.policy());
        }
    }

    /** A lead of the centre at this stage, with everything about it — requests, timeline — that many months old. */
    private Lead situation(TestCentre centre, String stage, int monthsAgo, String intake) throws SQLException {
        Lead lead = fixtures.newLead(centre.tenant(), centre.program(), "Keep", "Me", InquiryRequests.uniqueEmail(),
                null, null);
        Timestamp then = at(Instant.now(), monthsAgo);
        rows.execute("update `lead` set stage = ?, stage_since = ?, first_inquiry_at = ?, last_inquiry_at = ?"
                + " where id = ?", stage, then, then, then, lead.getId());
        rows.execute("update lead_event set occurred_at = ? where lead_id = ?", then, lead.getId());
        rows.execute("delete from lead_interest where lead_id = ? and kind = 'INTAKE'", lead.getId());
        if (intake != null) {
            rows.execute("insert into lead_interest (tenant_id, kind, value, lead_id) values (?, 'INTAKE', ?, ?)",
                    centre.tenant().getId(), intake, lead.getId());
        }
        return lead;
    }

    private static Timestamp at(Instant now, int monthsAgo) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(now, ZoneOffset.UTC).minusMonths(monthsAgo));
    }

    private static String month(Instant now, int monthsFromNow) {
        return LocalDateTime.ofInstant(now, ZoneOffset.UTC).plusMonths(monthsFromNow).toString().substring(0, 7);
    }
}
