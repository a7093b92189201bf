package ca.tremplin.pipeline;

import java.util.List;
import java.util.Map;

/**
 * A bulk e-mail as it would go out now, before anything is sent: the leads chosen and the templates, kept so that
 * "Send" sends these and no others; how many will receive it and how many are left out, by why (a message key); and
 * the message the first of them receives, as the outbox would post it (subject, and the text with the centre's footer
 * and the unsubscribe and consent links, their tokens shown "…": each person gets links of their own).
 *
 * @param recipientIds the leads who would receive it, so that the sending can say whether others did
 * @param whyLeftOut how many are left out for each reason, leads merged or erased since they were chosen included
 * @param firstRecipient the name of the person the message is shown for, null when nobody would receive it
 */
public record BulkEmailPreview(List<Long> chosen, long templateId, Long otherLanguageId, List<Long> recipientIds,
                               List<String> leftOut, Map<String, Integer> whyLeftOut, String firstRecipient,
                               String address, String subject, String text) implements java.io.Serializable {

    /** How many would receive it. */
    public int recipients() {
        return recipientIds.size();
    }

    /** How many are left out, whatever the reason: those named, and those no longer in the list. */
    public int leftOutCount() {
        return whyLeftOut.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Whether nobody would receive it: the preview then offers no "Send". */
    public boolean reachesNobody() {
        return recipientIds.isEmpty();
    }
}
