package ca.tremplin.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What V76 does to the address keys a database holds ({@code EmbeddedDatabaseTest} migrates to V65, writes
 * {@link #before}, migrates the rest and checks): each key's domain read in Unicode exactly as
 * {@link EmailAddresses#withUnicodeDomain} reads it, label by label, what is no domain's letters kept as written; two
 * leads of one centre that become one address kept apart, each naming the other on its timeline; an unsubscribing
 * never lost; a registration under each spelling left as it was.
 */
final class UnicodeAddressKeysMigration {

    /** Keys as forms, imports and staff wrote them before V76, each of its own lead at centre 3. */
    static final List<String> KEYS = List.of(
            "amina@xn--cole-9oa.ca",
            "sato@xn--1lqs71d.jp",
            "max@xn--strae-oqa.de",
            "c@xn--cole-9oa.xn--p1ai",
            "d@mail.xn--fiqs8s",
            "e@xn--egbpdaj6bu4bxfgehfvwxn.example",
            "f@xn---with-super-monkeys-pc58ag80a8qai00g7n9n.jp",
            "g@xn--b1abfaaepdrnnbgefbadotcwatmq2g4l.ru",
            "h@xn--ihqwcrb4cv8a8dqg056pqjye.cn",
            "xn--local@xn--mnchen-3ya.de",
            "i@xn--3b-ww4c5e180e575a65lsy2b.jp",
            "j@xn--cole-pka.ca",
            "k@xn--cole-9o.ca",
            "l@xn--abc-.ca",
            "m@xn--.ca",
            "n@xn---abc.ca",
            "o@xn--99999999999.ca",
            "p@xn--cole-9óa.ca",
            "q@école.ca",
            "r@exemple.ca");

    private UnicodeAddressKeysMigration() {
    }

    static void before(String url) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, "tremplin", "tremplin");
             Statement statement = connection.createStatement()) {
            statement.execute("set foreign_key_checks = 0");
            statement.execute("set sql_mode = ''");
            statement.execute("insert into tenant (id, slug, kind, name_fr, name_en, region, created_at, updated_at)"
                    + " values (3, 'css-idn', 'SCHOOL_BOARD', 'CSS IDN', 'IDN SSC', 'LAVAL', now(6), now(6)),"
                    + " (4, 'css-idn-2', 'SCHOOL_BOARD', 'CSS IDN 2', 'IDN SSC 2', 'LAVAL', now(6), now(6))");
            StringBuilder leads = new StringBuilder("insert into `lead` (id, tenant_id, email_normalized, email,"
                    + " first_name, last_name, language) values ");
            for (int i = 0; i < KEYS.size(); i++) {
                leads.append(i == 0 ? "" : ", ").append("(").append(101 + i).append(", 3, '").append(KEYS.get(i))
                        .append("', '").append(KEYS.get(i)).append("', 'A', 'B', 'fr')");
            }
            statement.execute(leads.toString());
            // At centre 4 the same person came under each spelling: two leads, two registrations to one event, an
            // unsubscribing under the ASCII one.
            statement.execute("insert into `lead` (id, tenant_id, email_normalized, email, first_name, last_name,"
                    + " language) values (201, 4, 'amina@xn--cole-9oa.ca', 'amina@xn--cole-9oa.ca', 'Amina', 'D', 'fr'),"
                    + " (202, 4, 'amina@école.ca', 'amina@école.ca', 'Amina', 'D', 'fr')");
            // The events they registered to: the migration's update of a registration checks its event exists.
            statement.execute("insert ignore into event (id, tenant_id, type, virtual_event, title_fr, title_en,"
                    + " starts_at, ends_at, zone_id, languages, status, created_at) values"
                    + " (31, 4, 'FAIR', false, 'Salon', 'Fair', now(6), now(6) + interval 2 hour, 'America/Toronto',"
                    + " 'fr', 'PUBLISHED', now(6)), (32, 4, 'FAIR', false, 'Salon 2', 'Fair 2', now(6),"
                    + " now(6) + interval 2 hour, 'America/Toronto', 'fr', 'PUBLISHED', now(6))");
            statement.execute("insert into event_registration (id, tenant_id, event_id, lead_id, idempotency_key,"
                    + " channel, status, email, email_normalized, first_name, last_name, language) values"
                    + " (301, 4, 31, 201, 'k301', 'WEB', 'REGISTERED', 'amina@xn--cole-9oa.ca', 'amina@xn--cole-9oa.ca',"
                    + " 'Amina', 'D', 'fr'),"
                    + " (302, 4, 31, 202, 'k302', 'WEB', 'REGISTERED', 'amina@école.ca', 'amina@école.ca', 'Amina',"
                    + " 'D', 'fr'),"
                    + " (303, 4, 32, 201, 'k303', 'WEB', 'REGISTERED', 'amina@xn--cole-9oa.ca', 'amina@xn--cole-9oa.ca',"
                    + " 'Amina', 'D', 'fr')");
            statement.execute("insert into mail_opt_out (tenant_id, email_normalized, opted_out_at, channel) values"
                    + " (3, 'amina@xn--cole-9oa.ca', '2026-03-01 10:00:00', 'PAGE'),"
                    + " (4, 'amina@xn--cole-9oa.ca', '2026-04-01 10:00:00', 'ONE_CLICK')");
            statement.execute("insert into preference_link (token_hash, email_normalized, created_at, expires_at)"
                    + " values ('" + "a".repeat(64) + "', 'amina@xn--cole-9oa.ca', now(6), now(6))");
            statement.execute("insert into unsubscribe_link (token_hash, tenant_id, email_normalized, created_at) values"
                    + " ('" + "b".repeat(64) + "', 3, 'amina@xn--cole-9oa.ca', now(6)),"
                    + " ('" + "c".repeat(64) + "', 4, 'amina@xn--cole-9oa.ca', now(6))");
        }
    }

    static void keysReadTheirDomainInUnicodeAndNoPersonIsMergedOrLosesAWord(String url) throws Exception {
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < KEYS.size(); i++) {
            expected.add((101 + i) + "|" + EmailAddresses.withUnicodeDomain(KEYS.get(i)));
        }
        assertEquals(expected, rows(url, "select id, email_normalized from `lead` where tenant_id = 3 order by id"),
                "each key as the application now makes it");
        assertEquals(List.of("101|amina@école.ca", "102|sato@東京.jp", "103|max@straße.de", "104|c@école.рф",
                        "105|d@mail.中国", "113|k@xn--cole-9o.ca", "114|l@xn--abc-.ca", "117|o@xn--99999999999.ca"),
                rows(url, "select id, email_normalized from `lead` where id in (101, 102, 103, 104, 105, 113, 114,"
                        + " 117) order by id"), "read, or kept as written when it is no domain's letters");
        assertEquals(List.of("201|amina@xn--cole-9oa.ca", "202|amina@école.ca"),
                rows(url, "select id, email_normalized from `lead` where tenant_id = 4 order by id"),
                "two records of one centre that would be one: kept apart, not merged");
        assertEquals(List.of("201|SAME_ADDRESS_KEPT_APART|202", "202|SAME_ADDRESS_KEPT_APART|201"),
                rows(url, "select lead_id, kind, detail from lead_event where tenant_id = 4 order by lead_id"),
                "each says so, naming the other");
        assertEquals(List.of("301|amina@xn--cole-9oa.ca", "302|amina@école.ca", "303|amina@école.ca"),
                rows(url, "select id, email_normalized from event_registration where id in (301, 302, 303)"
                        + " order by id"), "a registration under each spelling to one event stays as it was");
        assertEquals(List.of("3|amina@école.ca|PAGE", "4|amina@xn--cole-9oa.ca|ONE_CLICK",
                        "4|amina@école.ca|ONE_CLICK"),
                rows(url, "select tenant_id, email_normalized, channel from mail_opt_out where tenant_id in (3, 4)"
                        + " order by tenant_id, email_normalized"),
                "moved; and kept under the old key while the record kept apart holds it");
        assertEquals(List.of("amina@école.ca"), rows(url, "select email_normalized from preference_link"
                + " where token_hash = '" + "a".repeat(64) + "'"));
        assertEquals(List.of("3|amina@école.ca", "4|amina@xn--cole-9oa.ca"), rows(url, "select tenant_id,"
                        + " email_normalized from unsubscribe_link where token_hash in ('" + "b".repeat(64) + "', '"
                        + "c".repeat(64) + "') order by tenant_id"),
                "an unsubscribe link moved, and kept under the old key where the record kept apart holds it");
        assertEquals(List.of("0"), rows(url, "select count(*) from information_schema.tables"
                + " where table_schema = database() and table_name = 'email_key_respelling'"), "no table left behind");
    }

    private static List<String> rows(String url, String sql) throws Exception {
        return InvitedInterviewsAndMergedOptOutsMigration.rows(url, sql);
    }
}
