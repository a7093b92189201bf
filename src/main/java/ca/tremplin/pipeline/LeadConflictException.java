package ca.tremplin.pipeline;

import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.kernel.Messages;
import ca.tremplin.person.LeadField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
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

    /**
     * The fields whose value now differs from the one the page showed, each with its value now. Blank and absent are
     * one (a person known by one name has "" for the other, which the page shows and sends back empty), and spaces
     * around a value do not count: only a value someone else actually changed is a conflict.
     */
    static List<Change> changedSince(Map<LeadField, String> shown, Map<LeadField, String> now) {
        List<Change> changed = new ArrayList<>();
        for (LeadField field : LeadField.values()) {
            if (!Objects.equals(clean(shown.get(field)), clean(now.get(field)))) {
                changed.add(new Change(field, now.get(field)));
            }
        }
        return changed;
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
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
