package ca.tremplin.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What V70 does to a change history that holds lines ({@code EmbeddedDatabaseTest} migrates to V65, writes
 * {@link #before}, migrates the rest and checks): an offer's contact at the employer, a person, is said changed without
 * their name, e-mail or phone; every other line stays as written, a centre's own contact address among them; and a
 * line holds a field's two long values whole.
 */
final class ChangeLinesMigration {

    private ChangeLinesMigration() {
    }

    /** Lines as V64 wrote them, values of an offer's contact among them. */
    static void before(String url) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, "tremplin", "tremplin");
             Statement statement = connection.createStatement()) {
            statement.execute("set foreign_key_checks = 0");
            statement.execute("insert into staff_change (id, tenant_id, actor_id, subject, subject_id, what, detail,"
                    + " changed_at) values"
                    + " (901, 1, 9, 'OFFER', 5, 'OFFER_EDITED', 'CONTACT_NAME (Jean Roy (RH) → Marie Roy)', now(6)),"
                    + " (902, 1, 9, 'OFFER', 5, 'OFFER_EDITED', 'CONTACT_EMAIL (jean@garage.example → —)', now(6)),"
                    + " (903, 1, 9, 'OFFER', 5, 'OFFER_EDITED', 'CONTACT_PHONE (+15145550101 → +15145550102)',"
                    + " now(6)),"
                    + " (904, 1, 9, 'OFFER', 5, 'OFFER_EDITED', 'CITY (Laval → Saguenay)', now(6)),"
                    + " (905, 1, 9, 'OFFER', 5, 'OFFER_EDITED', 'DESCRIPTION_FR', now(6)),"
                    + " (906, 1, 9, 'CENTRE', 1, 'CENTRE_PROFILE',"
                    + " 'CONTACT_EMAIL (info@fjord.example → accueil@fjord.example)', now(6))");
        }
    }

    /** After V70: the offer's contact said changed alone, every other line as it was, and room for long values. */
    static void anOffersContactIsSaidChangedWithoutThePersonsValues(String url) throws Exception {
        assertEquals(List.of(
                        "901|CONTACT_NAME",
                        "902|CONTACT_EMAIL",
                        "903|CONTACT_PHONE",
                        "904|CITY (Laval → Saguenay)",
                        "905|DESCRIPTION_FR",
                        "906|CONTACT_EMAIL (info@fjord.example → accueil@fjord.example)"),
                rows(url, "select id, detail from staff_change where id between 901 and 906 order by id"),
                "the person's values gone, a centre's own contact kept");
        String url500 = "https://meet.example/j/" + "9".repeat(477);
        String detail = "ONLINE_URL (" + url500 + "1 → " + url500 + "2)";
        try (Connection connection = DriverManager.getConnection(url, "tremplin", "tremplin");
             Statement statement = connection.createStatement()) {
            statement.execute("set foreign_key_checks = 0");
            statement.execute("insert into staff_change (id, tenant_id, actor_id, subject, subject_id, what, detail,"
                    + " changed_at) values (907, 1, 9, 'EVENT', 6, 'EVENT_EDITED', '" + detail + "', now(6))");
        }
        assertEquals(List.of("907|" + detail), rows(url, "select id, detail from staff_change where id = 907"),
                "two online addresses of 500 characters, whole");
    }

    private static List<String> rows(String url, String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url, "tremplin", "tremplin");
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                rows.add(result.getString(1) + "|" + result.getString(2));
            }
        }
        return rows;
    }
}
