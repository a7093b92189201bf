package ca.tremplin.inquiry;

import java.util.Locale;

/**
 * What comes with a request besides its fields: the key that makes a resubmission harmless (the form's token or
 * the API's Idempotency-Key, kept apart by channel), where it came from, and the language to answer in.
 */
public record SubmissionContext(String idempotencyKey, Inquiry.Channel channel, String ipAddress, Locale language) {

    public String storedKey() {
        return channel.name().toLowerCase(Locale.ROOT) + ":" + idempotencyKey;
    }
}
