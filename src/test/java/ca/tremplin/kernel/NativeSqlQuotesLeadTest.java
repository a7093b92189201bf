package ca.tremplin.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.shardingsphere.sql.parser.api.CacheOption;
import org.apache.shardingsphere.sql.parser.api.SQLParserEngine;
import org.junit.jupiter.api.Test;

/**
 * The native SQL of the Java code names the table {@code lead} between backticks, as the migrations do
 * (docs/database.md): {@code LEAD} is a reserved word of MySQL 8, so a statement that names it bare runs on MariaDB
 * and fails on MySQL. No MySQL server runs here; the code is read line by line instead (JPQL names the entity
 * {@code Lead}, capitalised, and comments are left aside).
 */
class NativeSqlQuotesLeadTest {

    private static final Pattern BARE_LEAD = Pattern.compile("\\b(from|join|into|update|table)\\s+lead\\b");

    @Test
    void mysqlRefusesTheTableNamedBare() {
        SQLParserEngine mysql = new SQLParserEngine("MySQL", new CacheOption(16, 64));
        assertThrows(RuntimeException.class, () -> mysql.parse("select l.id from lead l where l.id = 1", false));
        mysql.parse("select l.id from `lead` l where l.id = 1", false);
    }

    @Test
    void noNativeStatementNamesTheLeadTableWithoutBackticks() throws IOException {
        List<String> bare = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).strip();
                    boolean comment = line.startsWith("*") || line.startsWith("/*") || line.startsWith("//");
                    if (!comment && BARE_LEAD.matcher(line).find()) {
                        bare.add(source + ":" + (i + 1) + ": " + line);
                    }
                }
            }
        }
        assertEquals(List.of(), bare);
    }
}
