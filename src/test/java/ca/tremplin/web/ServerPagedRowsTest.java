package ca.tremplin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A lazy table's rows: read at every drawing of the table, or, for a table whose rows carry buttons, each page read
 * once and kept as shown — a click sent before the previous answer came back reaches the row it was shown on — until
 * the page asks to read them again.
 */
class ServerPagedRowsTest {

    /** The rows the service holds now: one answered between two drawings of the table leaves them. */
    private final List<String> stored = new ArrayList<>(List.of("Awa", "Bilal", "Chloé", "Dương"));
    private int reads;

    @Test
    void rowsKeptAsShownStayWhereTheyWereShownUntilReadAgain() {
        ServerPagedRows<String> rows = ServerPagedRows.keptAsShown(stored::size, this::page, row -> row);
        assertEquals(List.of("Awa", "Bilal"), rows.load(0, 2, Map.of(), Map.of()));
        assertEquals(4, rows.count(Map.of()));

        stored.remove("Awa");

        assertEquals(List.of("Awa", "Bilal"), rows.load(0, 2, Map.of(), Map.of()),
                "drawn again after an answer, the page is the one the buttons were shown on");
        assertEquals(4, rows.count(Map.of()));
        assertEquals(1, reads, "read once");
        assertEquals(List.of("Dương"), rows.load(2, 2, Map.of(), Map.of()), "another page is read as it stands");

        rows.readAgain();

        assertEquals(List.of("Bilal", "Chloé"), rows.load(0, 2, Map.of(), Map.of()));
        assertEquals(3, rows.count(Map.of()));
    }

    @Test
    void rowsNotKeptAreReadAtEveryDrawing() {
        ServerPagedRows<String> rows = new ServerPagedRows<>(stored::size, this::page, row -> row);
        rows.load(0, 2, Map.of(), Map.of());
        stored.remove("Awa");

        assertEquals(List.of("Bilal", "Chloé"), rows.load(0, 2, Map.of(), Map.of()));
        assertEquals(3, rows.count(Map.of()));
    }

    private List<String> page(int first, int size, ca.tremplin.kernel.TableSort sort) {
        reads++;
        return List.copyOf(stored.subList(Math.min(first, stored.size()), Math.min(first + size, stored.size())));
    }
}
