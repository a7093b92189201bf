package ca.tremplin.pipeline;

import ca.tremplin.kernel.BusinessRuleException;

/**
 * A colleague chosen for a lead or a task from a menu drawn before their account was deactivated (or someone who is
 * not of the centre's staff): refused with what to do, never a "page not found" for a person who can choose again.
 * Pages that catch it read their staff menus again.
 */
public class ColleagueGoneException extends BusinessRuleException {

    ColleagueGoneException() {
        super("lead.colleagueGone");
    }
}
