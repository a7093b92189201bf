package ca.tremplin.leadimport;

import java.io.Serializable;
import java.time.Instant;

/**
 * An import's undo as its page shows it: where the undo job is (registrations dealt with of those the import
 * wrote), how many people it kept, who asked for it and when it ended. {@code stopped}: the job ended without
 * finishing (a failure, a server restart not yet resumed), so staff may resume it.
 */
public record UndoProgress(long importId, LeadImport.Status status, int total, int done, int kept, String undoneBy,
                           Instant startedAt, Instant undoneAt, boolean stopped) implements Serializable {

    public int percentDone() {
        if (status == LeadImport.Status.UNDONE) {
            return 100;
        }
        return total == 0 ? 0 : (int) Math.min(100, done * 100L / total);
    }

    /**
     * 1 when French elides the "de" before the name of who asked for the undo (« à la demande d’Isabelle »), else
     * 0: the page gives it to the message, whose choice writes « d’ » or « de ».
     */
    public int undoneByElides() {
        if (undoneBy == null || undoneBy.isBlank()) {
            return 0;
        }
        String first = java.text.Normalizer.normalize(undoneBy.strip().substring(0, 1), java.text.Normalizer.Form.NFD);
        return "aeiouAEIOU".indexOf(first.charAt(0)) >= 0 ? 1 : 0;
    }

    UndoProgress asStopped() {
        return new UndoProgress(importId, status, total, done, kept, undoneBy, startedAt, undoneAt, true);
    }
}
