package ca.tremplin.inquiry;

import java.time.Instant;

/** What the person is told once a request is recorded: its number and when; the same for a resubmission. */
public record SubmissionReceipt(long inquiryId, Instant receivedAt, boolean duplicate) {
}
