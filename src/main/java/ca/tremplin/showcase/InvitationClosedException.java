package ca.tremplin.showcase;

import ca.tremplin.kernel.BusinessRuleException;

/** The invitation's link is known but no longer opens the form: expired, or used as often as it allows. */
public class InvitationClosedException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    InvitationClosedException(String messageKey) {
        super(messageKey);
    }
}
