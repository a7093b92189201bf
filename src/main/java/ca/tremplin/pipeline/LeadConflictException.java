package ca.tremplin.pipeline;

import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.kernel.Messages;
import ca.tremplin.person.LeadField;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Someone else saved the same lead while it was being edited: says which fields they changed and their values now.
 * Nothing of the refused edit is saved.
 */
public class LeadConflictException extends BusinessRuleException {

    private final transient List<Change> changes;

    LeadConflictException(List<Change> changes) {
        super("lead.conflict");
        this.changes = List.copyOf(changes);
    }

    public List<Change> changes() {
        return changes;
    }

    @Override
    public String localizedMessage(Locale locale) {
        String what = changes.stream()
                .map(change -> Messages.get(locale, change.field().messageKey()) + " « "
                        + (change.now() == null ? "—" : change.now()) + " »")
                .collect(Collectors.joining(", "));
        return Messages.get(locale, "lead.conflict", what);
    }

    public record Change(LeadField field, String now) {
    }
}
