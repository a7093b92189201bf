package ca.tremplin.leadimport;

import java.io.Serializable;
import java.time.Instant;

/** A person an undo kept because someone else touched them since the import: who, why, and since when. */
public record KeptPerson(long leadId, String firstName, String lastName, String email, LaterTouches.Reason reason,
                         Instant since) implements Serializable {

    /** The bundles' key of the reason. */
    public String reasonKey() {
        return "import.kept." + reason.name();
    }
}
