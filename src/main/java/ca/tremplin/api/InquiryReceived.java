package ca.tremplin.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;

/** The answer to a recorded request: its number and when it was received; the same for a retried request. */
@JsonbPropertyOrder({"id", "receivedAt", "status"})
public record InquiryReceived(long id, Instant receivedAt, String status) {
}
