package ca.tremplin.inquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ca.tremplin.tenant.Tenancy;
import ca.tremplin.tenant.Tenant;
import ca.tremplin.testsupport.InServerTest;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Several servers: a centre's round robin is one sequence in the database, so the turns another server took count
 * here too and recruiters alternate strictly whichever server records the request.
 */
class RecruiterTurnsIT extends InServerTest {

    @Inject
    RecruiterTurns turns;

    @Inject
    Tenancy tenancy;

    @Resource(lookup = "java:jboss/datasources/TremplinDS")
    DataSource database;

    @Test
    void turnsFollowOneSequenceSharedByEveryServer() throws SQLException {
        Tenant centre = fixtures.newSchoolBoard("turns");
        List<Long> taken = IntStream.range(0, 3)
                .mapToObj(i -> tenancy.asTenant(centre.getId(), () -> turns.next(centre.getId()))).toList();
        assertEquals(List.of(0L, 1L, 2L), taken, "a new centre starts at its first turn");

        // Another server records seven requests for the centre meanwhile.
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE recruiter_turn SET next_turn = next_turn + 7 WHERE tenant_id = "
                    + centre.getId());
        }

        assertEquals(10L, tenancy.asTenant(centre.getId(), () -> turns.next(centre.getId())),
                "this server goes on after the other's turns");
    }
}
