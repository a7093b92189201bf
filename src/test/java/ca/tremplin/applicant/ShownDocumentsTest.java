package ca.tremplin.applicant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The versions of a file's documents travel in the page and come back with a decision: read as written, and anything
 * the page did not show, or that cannot be read, answers a version no document has, so that the decision is refused
 * as a conflict rather than taken on a document nobody saw.
 */
class ShownDocumentsTest {

    @Test
    void theVersionsWrittenInThePageAreReadBack() {
        ShownDocuments shown = ShownDocuments.read("12:0 13:2");

        assertEquals(0, shown.versionOf(12));
        assertEquals(2, shown.versionOf(13));
        assertEquals("12:0 13:2", shown.written());
    }

    @Test
    void aDocumentThePageDidNotShowHasNoVersion() {
        assertEquals(ShownDocuments.NOT_SHOWN, ShownDocuments.read("12:0").versionOf(14));
        assertEquals(ShownDocuments.NOT_SHOWN, ShownDocuments.read(null).versionOf(12), "a post without the field");
        assertEquals(ShownDocuments.NOT_SHOWN, ShownDocuments.read("").versionOf(12));
    }

    @Test
    void pairsThatCannotBeReadAreLeftOutAndTheOthersKept() {
        ShownDocuments shown = ShownDocuments.read("  12:x 13 14:1:2 15:3  abc:4 16:5 ");

        assertEquals(ShownDocuments.NOT_SHOWN, shown.versionOf(12));
        assertEquals(ShownDocuments.NOT_SHOWN, shown.versionOf(13));
        assertEquals(ShownDocuments.NOT_SHOWN, shown.versionOf(14));
        assertEquals(3, shown.versionOf(15));
        assertEquals(5, shown.versionOf(16));
        assertEquals("15:3 16:5", shown.written());
    }
}
