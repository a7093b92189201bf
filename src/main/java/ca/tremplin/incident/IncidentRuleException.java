package ca.tremplin.incident;

import ca.tremplin.kernel.BusinessRuleException;

/** A rule of the register that an entry breaks, with the field to show the message beside. */
public class IncidentRuleException extends BusinessRuleException {

    private final IncidentField field;

    public IncidentRuleException(IncidentField field, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.field = field;
    }

    public IncidentField field() {
        return field;
    }
}
