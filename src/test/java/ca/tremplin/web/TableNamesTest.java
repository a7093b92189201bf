package ca.tremplin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What a screen reader says of the pages' tables, read in the views' sources: each data table has a name, so that a
 * person listing a page's tables hears "Personnes suivies" rather than "tableau" alone, and a yes or no shown as a
 * mark is said in words.
 */
class TableNamesTest {

    private static final Pattern DATA_TABLE = Pattern.compile("<([ph]):dataTable\\b([^>]*)>(.*?)</\\1:dataTable>",
            Pattern.DOTALL);
    private static final Pattern TABLE = Pattern.compile(
            "<table\\b([^>]*)>\\s*(<caption\\b[^>]*>\\s*[^<\\s][^<]*</caption>)?", Pattern.DOTALL);
    private static final Pattern COMPONENT_NAME = Pattern.compile(
            "<f:attribute\\s+name=\"(" + NamedDataTables.NAME_ATTRIBUTE + "|" + NamedDataTables.TITLE_ATTRIBUTE
                    + ")\"\\s+value=\"([^\"]+)\"\\s*/>");
    private static final Pattern LABELLED_BY = Pattern.compile("\\baria-labelledby=\"([^\"]+)\"");
    private static final Pattern LABEL = Pattern.compile("\\baria-label=\"\\s*[^\"\\s][^\"]*\"");
    private static final Pattern MARK = Pattern.compile("[✓✔✗✘]");
    private static final Pattern CELL = Pattern.compile("<(td|th|p:column)\\b[^>]*>(.*?)</\\1>", Pattern.DOTALL);

    /**
     * A recruiter using a screen reader opens the lead list, the inbox or a lead's page and moves from table to table:
     * every table of data is named — a {@code <caption>}, visually hidden where the page shows no title, an
     * {@code aria-labelledby} that points at the title the page shows above it, or, for a PrimeFaces data table, whose
     * {@code <table>} the page does not write, the name or title's id that {@link NamedDataTables} writes on it.
     */
    @Test
    void everyDataTableHasANameAScreenReaderSays() throws IOException {
        List<String> unnamed = new ArrayList<>();
        int tables = 0;
        for (Path view : PageSourcesTest.views()) {
            String source = withoutComments(Files.readString(view));
            Matcher component = DATA_TABLE.matcher(source);
            while (component.find()) {
                tables++;
                Matcher name = COMPONENT_NAME.matcher(component.group(3));
                boolean named = false;
                while (name.find()) {
                    named |= name.group(1).equals(NamedDataTables.NAME_ATTRIBUTE) || hasId(source, name.group(2));
                }
                if (!named) {
                    unnamed.add(PageSourcesTest.name(view) + ": " + component.group(1) + ":dataTable" + idOf(component.group(2)));
                }
            }
            Matcher table = TABLE.matcher(source);
            while (table.find()) {
                tables++;
                String attributes = table.group(1);
                Matcher labelledBy = LABELLED_BY.matcher(attributes);
                boolean named = table.group(2) != null || LABEL.matcher(attributes).find()
                        || (labelledBy.find() && hasId(source, labelledBy.group(1)));
                if (!named) {
                    unnamed.add(PageSourcesTest.name(view) + ": table" + idOf(attributes));
                }
            }
        }
        assertTrue(tables >= 45, "the tables are found: " + tables);
        assertEquals(List.of(), unnamed, "tables without a name: a caption (class visually-hidden where no title"
                + " shows), aria-labelledby naming the title above, or for a data table"
                + " <f:attribute name=\"tableTitleId\"> or <f:attribute name=\"tableName\">");
    }

    /**
     * A coordinator reading an import's preview with a screen reader hears "Présent : oui", not "coche", nor nothing
     * for a person who did not attend: a mark that says yes or no is hidden from screen readers, and a cell that shows
     * one says it in words they read.
     */
    @Test
    void aMarkThatSaysYesOrNoIsSaidInWords() throws IOException {
        List<String> unsaid = new ArrayList<>();
        int marks = 0;
        for (Path view : PageSourcesTest.views()) {
            String source = withoutComments(Files.readString(view));
            Matcher mark = MARK.matcher(source);
            while (mark.find()) {
                marks++;
                String before = source.substring(0, mark.start());
                String openTag = before.substring(before.lastIndexOf('<'));
                if (!openTag.contains("aria-hidden=\"true\"") || openTag.startsWith("</")) {
                    unsaid.add(PageSourcesTest.name(view) + ": " + lineOf(source, mark.start()) + " (not aria-hidden)");
                }
            }
            Matcher cell = CELL.matcher(source);
            while (cell.find()) {
                if (MARK.matcher(cell.group(2)).find() && !cell.group(2).contains("class=\"visually-hidden\"")) {
                    unsaid.add(PageSourcesTest.name(view) + ": " + lineOf(source, cell.start()) + " (no words in the cell)");
                }
            }
        }
        assertTrue(marks >= 4, "the marks are found: " + marks);
        assertEquals(List.of(), unsaid, "marks a screen reader reads as a symbol: <span aria-hidden=\"true\">✓</span>"
                + " and, in a table's cell, the yes or no in a <span class=\"visually-hidden\">");
    }

    /**
     * A person moving along a table's header row with a screen reader hears what each column holds: "Actions", not
     * "tiret" for a column headed "—", nor nothing at all. A column of buttons is headed in words (visually hidden
     * where the buttons say enough to the eye); a PrimeFaces column is headed by its {@code headerText}, a header facet
     * or an {@code ariaHeaderText}. The corner of a table whose rows are headed too is a {@code <td>}, no header.
     */
    @Test
    void noColumnIsHeadedByADashASymbolOrNothing() throws IOException {
        List<String> unsaid = new ArrayList<>();
        int headers = 0;
        for (Path view : PageSourcesTest.views()) {
            String source = withoutComments(Files.readString(view));
            Matcher th = HEADER_CELL.matcher(source);
            while (th.find()) {
                headers++;
                if (!saysSomething(th.group(1))) {
                    unsaid.add(PageSourcesTest.name(view) + ": " + lineOf(source, th.start()) + " <th>" + th.group(1).strip());
                }
            }
            Matcher column = COLUMN.matcher(source);
            while (column.find()) {
                headers++;
                Matcher headerText = HEADER_TEXT.matcher(column.group(1));
                Matcher ariaHeaderText = ARIA_HEADER_TEXT.matcher(column.group(1));
                Matcher facet = HEADER_FACET.matcher(column.group(3) == null ? "" : column.group(3));
                String header = headerText.find() ? headerText.group(1)
                        : ariaHeaderText.find() ? ariaHeaderText.group(1)
                        : facet.lookingAt() ? facet.group(1) : "";
                if (!saysSomething(header)) {
                    unsaid.add(PageSourcesTest.name(view) + ": " + lineOf(source, column.start()) + " p:column " + header);
                }
            }
        }
        assertTrue(headers >= 100, "the column headers are found: " + headers);
        assertEquals(List.of(), unsaid, "columns headed by a dash, a symbol or nothing: head them in words,"
                + " <span class=\"visually-hidden\">#{msg['table.actions']}</span> for a column of buttons");
    }

    /** Words from the bundles or typed, not a mark alone: "—", "#", "✓", "". */
    private static boolean saysSomething(String header) {
        String text = header.replaceAll("<[^>]*>", "");
        return text.contains("#{") || text.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    private static final Pattern HEADER_CELL = Pattern.compile("<th\\b[^>]*>(.*?)</th>", Pattern.DOTALL);
    private static final Pattern COLUMN = Pattern.compile("<p:column\\b([^>]*?)(/>|>(.*?)</p:column>)", Pattern.DOTALL);
    private static final Pattern HEADER_TEXT = Pattern.compile("\\bheaderText=\"([^\"]*)\"");
    private static final Pattern ARIA_HEADER_TEXT = Pattern.compile("\\bariaHeaderText=\"([^\"]*)\"");
    private static final Pattern HEADER_FACET = Pattern.compile("\\s*<f:facet\\s+name=\"header\"\\s*>(.*?)</f:facet>",
            Pattern.DOTALL);

    private static boolean hasId(String source, String id) {
        return source.contains("id=\"" + id + "\"");
    }

    private static String idOf(String attributes) {
        Matcher id = Pattern.compile("\\bid=\"([^\"]+)\"").matcher(attributes);
        return id.find() ? " #" + id.group(1) : "";
    }

    private static String lineOf(String source, int at) {
        return "line " + (source.substring(0, at).split("\n", -1).length);
    }

    /** The source without its comments, each kept as the line ends it held so that lines keep their numbers. */
    private static String withoutComments(String source) {
        Matcher comment = Pattern.compile("(?s)<!--.*?-->").matcher(source);
        StringBuilder kept = new StringBuilder();
        while (comment.find()) {
            comment.appendReplacement(kept, comment.group().replaceAll("[^\n]", ""));
        }
        return comment.appendTail(kept).toString();
    }
}
