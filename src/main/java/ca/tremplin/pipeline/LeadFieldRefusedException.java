package ca.tremplin.pipeline;

import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.person.LeadField;

/** A value staff typed into one of a person's details that cannot be kept: the rule broken, and which field. */
public class LeadFieldRefusedException extends BusinessRuleException {

    private final LeadField field;

    LeadFieldRefusedException(LeadField field, BusinessRuleException refused) {
        super(refused.messageKey(), refused.arguments());
        this.field = field;
    }

    LeadFieldRefusedException(LeadField field, String messageKey) {
        super(messageKey);
        this.field = field;
    }

    /** The field to mark and to correct. */
    public LeadField field() {
        return field;
    }
}
