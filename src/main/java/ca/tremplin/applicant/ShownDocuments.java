package ca.tremplin.applicant;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The version each document of a file had as a page showed it, written into the page itself ("12:0 13:2", a hidden
 * field) and read back with a decision: accepting or refusing from a page shown before a colleague decided is told as
 * a conflict ({@link DocumentReviewService#accept}), whatever became of the page's state on the server meanwhile.
 */
public final class ShownDocuments implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The version of a document the page did not show: no document has it, so a decision on it is a conflict. */
    static final long NOT_SHOWN = -1;

    private final Map<Long, Long> versions;

    private ShownDocuments(Map<Long, Long> versions) {
        this.versions = versions;
    }

    /** The documents as a page shows them now. */
    public static ShownDocuments of(List<LeadDocument> documents) {
        Map<Long, Long> versions = new LinkedHashMap<>();
        documents.forEach(document -> versions.put(document.getId(), document.getVersion()));
        return new ShownDocuments(versions);
    }

    /** What a page sent back; a pair it cannot read (a page of another release, a hand-made post) is left out. */
    public static ShownDocuments read(String written) {
        Map<Long, Long> versions = new LinkedHashMap<>();
        if (written != null) {
            for (String pair : written.strip().split("\\s+")) {
                String[] idAndVersion = pair.split(":", -1);
                if (idAndVersion.length == 2) {
                    try {
                        versions.put(Long.parseLong(idAndVersion[0]), Long.parseLong(idAndVersion[1]));
                    } catch (NumberFormatException unreadable) {
                        // Left out: a decision on that document is then a conflict, and the page is shown again.
                    }
                }
            }
        }
        return new ShownDocuments(versions);
    }

    /** As the page carries it. */
    public String written() {
        return versions.entrySet().stream().map(shown -> shown.getKey() + ":" + shown.getValue())
                .collect(Collectors.joining(" "));
    }

    /** The version the page showed of the document, or {@link #NOT_SHOWN}. */
    public long versionOf(long documentId) {
        return versions.getOrDefault(documentId, NOT_SHOWN);
    }
}
