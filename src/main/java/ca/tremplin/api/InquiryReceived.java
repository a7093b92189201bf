package ca.tremplin.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;

/**
 * The answer to a recorded request: its number and when it was received (ISO-8601, UTC, e.g.
 * "2026-11-26T14:53:54Z"); the same for a retried request.
 */
@JsonbPropertyOrder({"id", "receivedAt", "status"})
public record InquiryReceived(long id, String receivedAt, String status) {

    static InquiryReceived of(long id, Instant receivedAt) {
        return new InquiryReceived(id, receivedAt.toString(), "RECEIVED");
    }
}
