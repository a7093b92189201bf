package ca.tremplin.leadimport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The import writes its rows with JDBC alone: their times go as the dialect binds Hibernate's, as UTC text to the
 * microsecond, since Connector/J would send MariaDB 10 a time cut to the second.
 */
class SqlRowsTimesTest {

    @Test
    void anInstantIsBoundAsUtcTextToTheMicrosecond() throws Exception {
        List<String> calls = new ArrayList<>();
        PreparedStatement statement = (PreparedStatement) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, (proxy, method, arguments) -> {
                    calls.add(method.getName() + " " + arguments[0] + " " + arguments[1]);
                    return null;
                });
        SqlRows.set(statement, 3, Instant.parse("2026-12-07T19:15:32.654321Z"));
        SqlRows.set(statement, 4, "Awa");
        assertEquals(List.of("setString 3 2026-12-07 19:15:32.654321", "setObject 4 Awa"), calls);
    }
}
