package ca.tremplin.person;

import java.time.Instant;

/**
 * Staff corrected a person's e-mail address (or accepted another one): the record's key moved from {@code formerKey}
 * to {@code newKey}, {@code email} being the address as typed. Fired by {@link LeadDetails} in the correction's
 * transaction, so that what a feature keeps by the person's address follows them there — the centre's
 * unsubscriptions, the registrations to events still to come —; the correction's audit line (before, after, who) is
 * the trace of it all.
 */
public record AddressCorrected(Lead lead, String formerKey, String newKey, String email, Long staffId, Instant at) {
}
