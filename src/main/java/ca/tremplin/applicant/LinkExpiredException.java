package ca.tremplin.applicant;

import ca.tremplin.kernel.BusinessRuleException;

/** The link existed but has expired: the page says so and tells the person how to get a new one. */
public class LinkExpiredException extends BusinessRuleException {

    public LinkExpiredException() {
        super("applicant.linkExpired");
    }
}
