package ca.tremplin.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

/**
 * What V92 does to the registrations a database holds ({@code EmbeddedDatabaseTest} migrates to V65, writes
 * {@link #before}, migrates the rest and checks): a person recorded as present who gave up their seat afterwards holds
 * it again, their timeline saying so; one who gave theirs up without coming, and one who came and kept theirs, stay as
 * they were.
 */
final class WhoCameKeepsTheirSeatMigration {

    private WhoCameKeepsTheirSeatMigration() {
    }

    /** At centre 5's webinar 41: Awa came then gave up her seat, Binta gave hers up, Chidi came and kept his. */
    static void before(String url) throws Exception {
        InvitedInterviewsAndMergedOptOutsMigration.writeAsBefore(url,
                "insert into tenant (id, slug, kind, name_fr, name_en, region, created_at, updated_at) values"
                        + " (5, 'css-presences', 'SCHOOL_BOARD', 'CSS Présences', 'Attendance SSC', 'LAVAL', now(6),"
                        + " now(6))",
                "insert into `lead` (id, tenant_id, email_normalized, email, first_name, last_name, language) values"
                        + " (401, 5, 'awa@presences.example', 'awa@presences.example', 'Awa', 'Diop', 'fr'),"
                        + " (402, 5, 'binta@presences.example', 'binta@presences.example', 'Binta', 'Fall', 'fr'),"
                        + " (403, 5, 'chidi@presences.example', 'chidi@presences.example', 'Chidi', 'Okoro', 'fr')",
                "insert into event (id, tenant_id, type, virtual_event, title_fr, title_en, starts_at, ends_at,"
                        + " zone_id, languages, status, created_at) values (41, 5, 'WEBINAR', true,"
                        + " 'Webinaire témoin', 'Control webinar', '2026-05-04 16:00:00', '2026-05-04 18:00:00',"
                        + " 'America/Montreal', 'fr', 'DONE', now(6))",
                "insert into event_registration (id, tenant_id, event_id, lead_id, idempotency_key, channel, status,"
                        + " email, email_normalized, first_name, last_name, language, registered_at, attended_at,"
                        + " cancelled_at) values"
                        + " (501, 5, 41, 401, 'k501', 'WEB', 'CANCELLED', 'awa@presences.example',"
                        + " 'awa@presences.example', 'Awa', 'Diop', 'fr', '2026-05-01 10:00:00',"
                        + " '2026-05-04 16:05:00', '2026-05-04 17:00:00'),"
                        + " (502, 5, 41, 402, 'k502', 'WEB', 'CANCELLED', 'binta@presences.example',"
                        + " 'binta@presences.example', 'Binta', 'Fall', 'fr', '2026-05-01 10:00:00', null,"
                        + " '2026-05-03 09:00:00'),"
                        + " (503, 5, 41, 403, 'k503', 'WEB', 'REGISTERED', 'chidi@presences.example',"
                        + " 'chidi@presences.example', 'Chidi', 'Okoro', 'fr', '2026-05-01 10:00:00',"
                        + " '2026-05-04 16:10:00', null)");
    }

    /** After V92: Awa holds her seat, present as before, her timeline saying it is hers; the others as they were. */
    static void aPersonWhoCameHoldsTheirSeatAgain(String url) throws Exception {
        assertEquals(List.of("501|REGISTERED|-|2026-05-04 16:05:00|1", "502|CANCELLED|2026-05-03 09:00:00|-|0",
                        "503|REGISTERED|-|2026-05-04 16:10:00|0"),
                InvitedInterviewsAndMergedOptOutsMigration.rows(url, "select id, status,"
                        + " coalesce(date_format(cancelled_at, '%Y-%m-%d %H:%i:%s'), '-'),"
                        + " coalesce(date_format(attended_at, '%Y-%m-%d %H:%i:%s'), '-'), version"
                        + " from event_registration where id in (501, 502, 503) order by id"),
                "Awa came: her seat is hers again; Binta did not come, Chidi kept his");
        assertEquals(List.of("401|EVENT_REGISTERED|#41 Webinaire témoin"),
                InvitedInterviewsAndMergedOptOutsMigration.rows(url, "select lead_id, kind, detail from lead_event"
                        + " where tenant_id = 5 order by lead_id"), "her timeline says so, and no one else's changes");
    }
}
