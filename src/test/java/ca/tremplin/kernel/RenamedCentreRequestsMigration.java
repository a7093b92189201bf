package ca.tremplin.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

/**
 * What V87 does to the requests a database holds ({@code EmbeddedDatabaseTest} migrates to V86, writes
 * {@link #before}, migrates the rest and checks): a request that chose a centre by a name it left when it was renamed
 * names it by its name of today; one naming a name another centre took since, one naming a name no centre ever had, and
 * one that chose no centre stay as they were.
 */
final class RenamedCentreRequestsMigration {

    private RenamedCentreRequestsMigration() {
    }

    /**
     * Centre 8701, renamed from "css-ancien-v87" (and, earlier, from "css-repris-v87", which centre 8702 holds
     * now), and four requests.
     */
    static void before(String url) throws Exception {
        StringBuilder requests = new StringBuilder("insert into inquiry (id, idempotency_key, request_hash, channel,"
                + " language, first_name, last_name, email, email_normalized, country_of_residence, citizenship,"
                + " requested_tenant_slug, received_at) values ");
        String[] chosen = {"'css-ancien-v87'", "'css-repris-v87'", "'css-jamais-v87'", "null"};
        for (int n = 1; n <= chosen.length; n++) {
            requests.append(n == 1 ? "" : ", ").append("(870").append(n).append(", 'v87-").append(n).append("', '")
                    .append("0".repeat(64)).append("', 'API', 'fr', 'Awa', 'Diop', 'v87-").append(n)
                    .append("@exemple.sn', 'v87-").append(n).append("@exemple.sn', 'SN', 'SN', ")
                    .append(chosen[n - 1]).append(", now(6))");
        }
        InvitedInterviewsAndMergedOptOutsMigration.writeAsBefore(url,
                "insert into tenant (id, slug, kind, name_fr, name_en, region, created_at, updated_at) values"
                        + " (8701, 'css-renomme-v87', 'SCHOOL_BOARD', 'CSS renommé V87', 'Renamed SSC V87', 'LAVAL',"
                        + " now(6), now(6)), (8702, 'css-repris-v87', 'SCHOOL_BOARD', 'CSS repris V87',"
                        + " 'Taken SSC V87', 'LAVAL', now(6), now(6))",
                "insert into tenant_former_slug (slug, tenant_id, retired_at) values"
                        + " ('css-ancien-v87', 8701, now(6)), ('css-repris-v87', 8701, now(6))",
                requests.toString());
    }

    /** After V87: only the request naming the name centre 8701 left, which no centre holds, names it anew. */
    static void requestsNamingANameTheirCentreLeftNameItByItsNameOfToday(String url) throws Exception {
        assertEquals(List.of("8701|css-renomme-v87", "8702|css-repris-v87", "8703|css-jamais-v87", "8704|null"),
                InvitedInterviewsAndMergedOptOutsMigration.rows(url, "select id, requested_tenant_slug from inquiry"
                        + " where id between 8701 and 8704 order by id"),
                "the centre renamed; a name another centre holds; a name no centre had; no centre chosen");
    }
}
