package ca.tremplin.leadimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A list with a line that cannot be read is read once: the rows go on from the line below it, not from a second pass
 * over the file. That line fails alone, with its number and why; every other line is read once, in its order.
 */
class UnreadableLineReadOnceTest {

    private static final String HEADERS = "Prénom;Nom;Courriel\r\n";

    @Test
    void aLineUnreadableInTheMiddleFailsAloneAndTheFileIsReadOnce() {
        StringBuilder list = new StringBuilder(HEADERS);
        for (int person = 2; person <= 3000; person++) {
            list.append(person == 1500 ? "Luc;\"Tremblay;luc@exemple.ca\r\n"
                    : "Prénom" + person + ";Nom;p" + person + "@exemple.ca\r\n");
        }
        Read read = readEveryRow(list.toString());

        assertEquals(1, read.opens(), "the rows read the file once");
        assertEquals(2999, read.rows().size());
        List<ImportTable.Row> failed = read.rows().stream().filter(row -> row.unreadable() != null).toList();
        assertEquals(1, failed.size(), "the unreadable line fails alone");
        assertEquals(1500L, failed.get(0).line());
        assertEquals("import.invalid.quoteNeverClosed", failed.get(0).unreadable().messageKey(),
                "no quote below closes it");
        assertEquals(List.of("Luc", "\"Tremblay", "luc@exemple.ca"), failed.get(0).cells(), "kept as it was typed");
        for (ImportTable.Row row : read.rows()) {
            if (row.unreadable() == null) {
                assertEquals("p" + row.line() + "@exemple.ca", row.cell(2), "each other line once, as itself");
            }
        }
    }

    @Test
    void aQuoteNeverClosedOnTheLastLineFailsItAloneAndTheRowsAboveAreRead() {
        Read read = readEveryRow(HEADERS + "Awa;Diop;awa@exemple.sn\r\n\r\nZoé;Côté;zoe@exemple.ca\r\n"
                + "Luc;\"Tremblay;luc@exemple.ca\r\n");

        assertEquals(1, read.opens());
        assertEquals(List.of(2L, 4L, 5L), read.rows().stream().map(ImportTable.Row::line).toList());
        assertNull(read.rows().get(1).unreadable());
        assertEquals("import.invalid.quoteNeverClosed", read.rows().get(2).unreadable().messageKey());
    }

    /** Blank lines and a line ending in CR alone (Excel for Mac) before and after the unreadable one count as lines. */
    @Test
    void linesAreCountedAcrossBlankLinesAndEveryLineEnding() {
        Read read = readEveryRow("First Name,Last Name,Email\r"
                + "Ana,Silva,ana@example.com\r\r"
                + "Li,\"Wei,li@example.com\n"
                + "\r\n"
                + "Bob,Smith,bob@example.com\r\n"
                + "Eve,Adams,eve@example.com\r");

        assertEquals(1, read.opens());
        assertEquals(List.of(2L, 4L, 6L, 7L), read.rows().stream().map(ImportTable.Row::line).toList());
        assertEquals(List.of("ana@example.com", "bob@example.com", "eve@example.com"), read.rows().stream()
                .filter(row -> row.unreadable() == null).map(row -> row.cell(2)).toList());
    }

    /** Two unreadable lines, the second right below the first, and the import resumed after the first rows. */
    @Test
    void twoUnreadableLinesInARowAndARestartAfterThemFailEachOnce() {
        String list = HEADERS + "Awa;Diop;awa@exemple.sn\r\n"
                + "Luc;\"Tremblay;luc@exemple.ca\r\n"
                + "Léa;\"Roy;lea@exemple.ca\r\n"
                + "Zoé;Côté;zoe@exemple.ca\r\n";
        Read read = readEveryRow(list);
        assertEquals(List.of(2L, 3L, 4L, 5L), read.rows().stream().map(ImportTable.Row::line).toList());
        assertEquals(2, read.rows().stream().filter(row -> row.unreadable() != null).count());

        ImportTable table = ImportTable.read(list.getBytes(StandardCharsets.UTF_8));
        List<Long> resumed = new ArrayList<>();
        try (ImportTable.Rows rows = table.rows(2)) {
            rows.forEachRemaining(row -> resumed.add(row.line()));
        }
        assertEquals(List.of(4L, 5L), resumed, "the rows already imported are passed over, each once");
    }

    private record Read(List<ImportTable.Row> rows, int opens) {
    }

    private static Read readEveryRow(String list) {
        byte[] bytes = list.getBytes(StandardCharsets.UTF_8);
        AtomicInteger opens = new AtomicInteger();
        ImportTable table = ImportTable.read(() -> {
            opens.incrementAndGet();
            return new ByteArrayInputStream(bytes);
        });
        int before = opens.get();
        List<ImportTable.Row> rows = new ArrayList<>();
        try (ImportTable.Rows iterator = table.rows(0)) {
            iterator.forEachRemaining(rows::add);
        }
        return new Read(rows, opens.get() - before);
    }
}
