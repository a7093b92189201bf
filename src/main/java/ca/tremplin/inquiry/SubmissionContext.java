package ca.tremplin.inquiry;

import java.util.Locale;

/**
 * What comes with a request besides its fields: the key that makes a resubmission harmless (the form's token or
 * the API's Idempotency-Key, kept apart by channel), where it came from, the campaign touches the visitor's browser carried, and the language to answer in.
 */
public record SubmissionContext(String idempotencyKey, Inquiry.Channel channel, String ipAddress, Locale language,
                                ca.tremplin.web.CampaignTouches touches) {

    /** A request that came with no campaign touch. */
    public SubmissionContext(String idempotencyKey, Inquiry.Channel channel, String ipAddress, Locale language) {
        this(idempotencyKey, channel, ipAddress, language, ca.tremplin.web.CampaignTouches.NONE);
    }

    public String storedKey() {
        return channel.name().toLowerCase(Locale.ROOT) + ":" + idempotencyKey;
    }
}
