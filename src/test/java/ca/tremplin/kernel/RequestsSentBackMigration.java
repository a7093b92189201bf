package ca.tremplin.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

/**
 * What V96 does to the requests a database holds ({@code EmbeddedDatabaseTest} writes {@link #before} at V86, migrates
 * the rest and checks): a centre's part its staff sent back to the coordination's queue is marked sent back, when its
 * line says; a part handed back because its centre closed — by the coordination's admin, or by nobody for the sweep —,
 * a part answered, and a part still waiting are not.
 */
final class RequestsSentBackMigration {

    private RequestsSentBackMigration() {
    }

    /**
     * Centre 9601 (its recruiter 9601) and the coordination 9602 (its admin 9602); five parts of centre 9601: sent
     * back by its recruiter (9601), handed back by the admin (9602) and by the sweep (9603), answered and then closed
     * (9604), still waiting (9605).
     */
    static void before(String url) throws Exception {
        StringBuilder parts = new StringBuilder("insert into routed_inquiry (id, tenant_id, inquiry_id, lead_id,"
                + " status, received_at, response_deadline, contacted_at, routed_to_tenant_id) values ");
        String[][] standing = {{"CLOSED", "null", "9602"}, {"CLOSED", "null", "9602"}, {"CLOSED", "null", "9602"},
                {"CLOSED", "'2026-03-02 15:00:00'", "null"}, {"NEW", "null", "null"}};
        for (int n = 1; n <= standing.length; n++) {
            parts.append(n == 1 ? "" : ", ").append("(960").append(n).append(", 9601, 960").append(n)
                    .append(", 960").append(n).append(", '").append(standing[n - 1][0])
                    .append("', '2026-03-02 14:00:00', '2026-03-03 14:00:00', ").append(standing[n - 1][1])
                    .append(", ").append(standing[n - 1][2]).append(")");
        }
        InvitedInterviewsAndMergedOptOutsMigration.writeAsBefore(url,
                "insert into tenant (id, slug, kind, name_fr, name_en, region, created_at, updated_at) values"
                        + " (9601, 'css-v96', 'SCHOOL_BOARD', 'CSS V96', 'SSC V96', 'LAVAL', now(6), now(6)),"
                        + " (9602, 'coordination-v96', 'COORDINATION', 'Coordination V96', 'Coordination V96',"
                        + " 'LAVAL', now(6), now(6))",
                "insert into user_account (id, tenant_id, email, display_name, role, created_at) values"
                        + " (9601, 9601, 'recrutement-v96@exemple.ca', 'Awa Diop', 'RECRUITER', now(6)),"
                        + " (9602, 9602, 'admin-v96@exemple.ca', 'Luc Roy', 'PLATFORM_ADMIN', now(6))",
                parts.toString(),
                "insert into lead_event (tenant_id, lead_id, routed_inquiry_id, kind, actor_id, detail, occurred_at)"
                        + " values (9601, 9601, 9601, 'ROUTED', 9601, 'Coordination V96', '2026-03-02 16:00:00'),"
                        + " (9601, 9602, 9602, 'ROUTED', 9602, 'Coordination V96', '2026-03-02 16:00:00'),"
                        + " (9601, 9603, 9603, 'ROUTED', null, 'Coordination V96', '2026-03-02 16:00:00')");
    }

    /** After V96: only the part its centre's recruiter sent back is marked, when they sent it. */
    static void onlyAPartItsCentreSentBackIsMarkedSentBack(String url) throws Exception {
        assertEquals(List.of("9601|2026-03-02 16:00", "9602|null", "9603|null", "9604|null", "9605|null"),
                InvitedInterviewsAndMergedOptOutsMigration.rows(url, "select id, date_format(sent_back_at,"
                        + " '%Y-%m-%d %H:%i') from routed_inquiry where id between 9601 and 9605 order by id"),
                "sent back; handed back by the admin; by the sweep; answered; waiting");
    }
}
