package ca.tremplin.pipeline;

import java.util.List;
import java.util.Map;

/**
 * A bulk e-mail as it would go out now, before anything is sent: the leads chosen and the templates, kept so that
 * "Send" sends these and no others; how many will receive it and how many are left out, by why (a message key); and
 * the message the first of them receives, as the outbox would post it (subject, and the text with the centre's footer
 * and the unsubscribe and consent links, their tokens shown "…": each person gets links of their own).
 *
 * @param firstRecipient the name of the person the message is shown for, null when nobody would receive it
 */
public record BulkEmailPreview(List<Long> chosen, long templateId, Long otherLanguageId, int recipients,
                               List<String> leftOut, Map<String, Integer> whyLeftOut, String firstRecipient,
                               String address, String subject, String text) implements java.io.Serializable {

    /** Whether nobody would receive it: the preview then offers no "Send". */
    public boolean reachesNobody() {
        return recipients == 0;
    }
}
