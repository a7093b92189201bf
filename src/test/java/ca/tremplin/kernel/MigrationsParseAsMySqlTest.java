package ca.tremplin.kernel;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.shardingsphere.sql.parser.api.CacheOption;
import org.apache.shardingsphere.sql.parser.api.SQLParserEngine;
import org.junit.jupiter.api.Test;

/**
 * Every statement of every migration in {@code sql/} is MySQL 8 syntax, as read by Apache ShardingSphere's MySQL
 * grammar (no MySQL server can run here; MariaDB runs the migrations in {@link EmbeddedDatabaseTest} and in every
 * integration run). A statement the grammar rejects fails the test with its file and its text.
 */
class MigrationsParseAsMySqlTest {

    private static final SQLParserEngine MYSQL = new SQLParserEngine("MySQL", new CacheOption(16, 64));

    @Test
    void everyMigrationStatementIsMySqlSyntax() throws IOException {
        List<String> rejected = new ArrayList<>();
        int statements = 0;
        for (Path migration : migrations()) {
            for (String statement : MigrationStatements.of(Files.readString(migration, StandardCharsets.UTF_8))) {
                statements++;
                try {
                    MYSQL.parse(statement, false);
                } catch (RuntimeException rejection) {
                    rejected.add(migration.getFileName() + ": " + statement + "\n    -> " + rejection.getMessage());
                }
            }
        }
        assertTrue(statements > 80, "the migrations were read (" + statements + " statements)");
        assertEquals(List.of(), rejected, "statements MySQL's grammar rejects");
    }

    @Test
    void theGrammarRejectsWhatOnlyMariaDbAccepts() {
        assertThrows(RuntimeException.class,
                () -> MYSQL.parse("ALTER TABLE t ADD COLUMN IF NOT EXISTS c INT", false));
        assertThrows(RuntimeException.class, () -> MYSQL.parse("CREATE TABLE lead (id BIGINT)", false));
        assertDoesNotThrow(() -> MYSQL.parse("CREATE TABLE `lead` (id BIGINT)", false));
        assertDoesNotThrow(() -> MYSQL.parse("ALTER TABLE t ADD COLUMN c INT", false));
    }

    @Test
    void statementsAreSplitOutsideQuotesAndComments() {
        assertEquals(List.of("INSERT INTO t VALUES ('a;b', 'd''e')", "SELECT 1"),
                MigrationStatements.of("-- a comment; not a statement\nINSERT INTO t VALUES ('a;b', 'd''e');\n"
                        + "SELECT 1;\n-- the end\n"));
        assertFalse(MigrationStatements.of("SELECT 1; -- x\n").isEmpty());
    }

    private static List<Path> migrations() throws IOException {
        Path folder = Path.of(System.getProperty("tremplin.sql.dir", "sql"));
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".sql")).sorted().toList();
        }
    }
}
