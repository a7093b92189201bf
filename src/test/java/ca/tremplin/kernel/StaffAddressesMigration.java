package ca.tremplin.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What V97 does to the staff addresses a database holds ({@code EmbeddedDatabaseTest} migrates to V65, writes
 * {@link #before}, migrates the rest and checks): each address kept as the application keeps one now,
 * {@link EmailAddresses#key} — capitals, blanks, invisible characters, "Name &lt;address&gt;", "mailto:", a final dot, a
 * domain in ASCII —, so that the users list's search and routing's mapping find it; two accounts that would become one
 * address both left as they were, never merged.
 */
final class StaffAddressesMigration {

    /** Addresses as invitations kept them before, each its own account at centre 9701, from id 9711. */
    static final List<String> ADDRESSES = List.of(
            "Marie.Tremblay@CSS-Fjord.ca",
            "  awa@exemple.ca\u00A0",
            "\u200Bzero@exemple.ca\uFEFF",
            "Louis Roy <Louis@Exemple.ca>",
            "mailto:paul@exemple.ca.",
            "amina@xn--cole-9oa.ca",
            "Sato@XN--1LQS71D.JP",
            "deja@exemple.ca");

    private StaffAddressesMigration() {
    }

    static void before(String url) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, "tremplin", "tremplin");
             Statement statement = connection.createStatement()) {
            statement.execute("insert into tenant (id, slug, kind, name_fr, name_en, region, created_at, updated_at)"
                    + " values (9701, 'css-adresses-v97', 'SCHOOL_BOARD', 'CSS V97', 'V97 SSC', 'LAVAL', now(6),"
                    + " now(6))");
            List<String> all = new ArrayList<>(ADDRESSES);
            // One account under the key, one under capitals: and two that only the migration would make one.
            all.addAll(List.of("dup@exemple.ca", "Dup@Exemple.ca", "Twin@Exemple.ca", " twin@exemple.ca"));
            try (PreparedStatement account = connection.prepareStatement("insert into user_account (id, tenant_id,"
                    + " email, display_name, role, created_at) values (?, 9701, ?, ?, 'RECRUITER', now(6))")) {
                for (int i = 0; i < all.size(); i++) {
                    account.setLong(1, 9711 + i);
                    account.setString(2, all.get(i));
                    account.setString(3, "Compte " + i);
                    account.executeUpdate();
                }
            }
        }
    }

    static void everyStaffAddressIsKeptAsTheApplicationKeepsItAndNoTwoAccountsBecomeOne(String url) throws Exception {
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < ADDRESSES.size(); i++) {
            expected.add((9711 + i) + "|" + EmailAddresses.key(ADDRESSES.get(i)));
        }
        assertEquals(expected, InvitedInterviewsAndMergedOptOutsMigration.rows(url, "select id, email"
                + " from user_account where tenant_id = 9701 and id < " + (9711 + ADDRESSES.size()) + " order by id"),
                "each address as an invitation keeps it today");
        assertEquals(List.of("9711|marie.tremblay@css-fjord.ca", "9714|louis@exemple.ca", "9716|amina@école.ca",
                        "9717|sato@東京.jp"),
                InvitedInterviewsAndMergedOptOutsMigration.rows(url, "select id, email from user_account"
                        + " where id in (9711, 9714, 9716, 9717) order by id"));
        int first = 9711 + ADDRESSES.size();
        assertEquals(List.of(first + "|dup@exemple.ca", (first + 1) + "|Dup@Exemple.ca",
                        (first + 2) + "|Twin@Exemple.ca", (first + 3) + "| twin@exemple.ca"),
                InvitedInterviewsAndMergedOptOutsMigration.rows(url, "select id, email from user_account"
                        + " where id >= " + first + " and tenant_id = 9701 order by id"),
                "two accounts that would be one address keep theirs: neither is merged into the other");
    }
}
