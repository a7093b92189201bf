package ca.tremplin.inquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A request taken back deletes the person's record at the centre only when nothing else names it: every table of the
 * migrations with a {@code lead_id} is read by the take-back's test, unless its rows go with the record (a foreign key
 * {@code ON DELETE CASCADE}). A table naming the record without a foreign key (the consent register, the access
 * requests, an import's undo) would otherwise keep rows pointing at a record gone, and one with a plain foreign key
 * would make the take-back fail.
 */
class TakeBackRecordTablesTest {

    private static final Pattern TABLE = Pattern.compile(
            "(?is)create table (?:if not exists )?`?(\\w+)`?\\s*\\((.*?)\\)\\s*engine");
    private static final Pattern LEAD_COLUMN = Pattern.compile("(?im)^\\s*lead_id\\s+bigint");
    private static final Pattern CASCADED = Pattern.compile(
            "(?is)foreign key\\s*\\(\\s*lead_id\\s*\\)\\s*references\\s*`?lead`?\\s*\\(\\s*id\\s*\\)\\s*on delete cascade");
    private static final Pattern READ = Pattern.compile("from `?(\\w+)`? where tenant_id = \\?1 and lead_id = \\?2");

    @Test
    void everyTableNamingAPersonsRecordIsReadBeforeTheRecordIsDeleted() throws IOException {
        TreeSet<String> naming = new TreeSet<>();
        List<Path> migrations = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("tremplin.sql.dir", "sql")))) {
            files.filter(file -> file.getFileName().toString().endsWith(".sql")).forEach(migrations::add);
        }
        for (Path migration : migrations) {
            Matcher table = TABLE.matcher(Files.readString(migration));
            while (table.find()) {
                if (LEAD_COLUMN.matcher(table.group(2)).find() && !CASCADED.matcher(table.group(2)).find()) {
                    naming.add(table.group(1).toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        TreeSet<String> read = new TreeSet<>();
        Matcher reads = READ.matcher(RequestTakeBack.HOLDS_MORE);
        while (reads.find()) {
            read.add(reads.group(1));
        }

        assertEquals(naming, read);
    }
}
