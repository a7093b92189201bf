import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;

/**
 * The ceiling for an import: as many rows as the list has, inserted with plain JDBC batches of 1,000 into a scratch
 * table shaped like a registration, one transaction per batch. No lead, no duplicate check, no timeline.
 * Usage: java -cp mysql-connector-j.jar JdbcCeiling.java jdbcUrl user password rows
 */
public class JdbcCeiling {

    public static void main(String[] args) throws Exception {
        String url = args[0] + (args[0].contains("?") ? "&" : "?") + "rewriteBatchedStatements=true";
        int rows = Integer.parseInt(args[3]);
        try (Connection connection = DriverManager.getConnection(url, args[1], args[2])) {
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("drop table if exists bench_registration");
                ddl.execute("create table bench_registration (id bigint not null auto_increment primary key,"
                        + " first_name varchar(100), last_name varchar(100), email varchar(254) not null,"
                        + " country char(2), unique key (email)) engine=InnoDB default charset=utf8mb4");
            }
            connection.setAutoCommit(false);
            long started = System.nanoTime();
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into bench_registration (first_name, last_name, email, country) values (?, ?, ?, ?)")) {
                for (int i = 0; i < rows; i++) {
                    insert.setString(1, "Prénom" + i);
                    insert.setString(2, "Nom" + i);
                    insert.setString(3, "bench" + i + "@exemple.bench");
                    insert.setString(4, "SN");
                    insert.addBatch();
                    if ((i + 1) % 1000 == 0 || i == rows - 1) {
                        insert.executeBatch();
                        connection.commit();
                    }
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("plain JDBC batch insert of %d rows: %.1f s (%d rows/s)%n", rows, seconds,
                    (long) (rows / seconds));
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("drop table bench_registration");
            }
        }
    }
}
