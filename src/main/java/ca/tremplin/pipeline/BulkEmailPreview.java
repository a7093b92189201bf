package ca.tremplin.pipeline;

import java.io.Serializable;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A bulk e-mail as it would go out now, before anything is sent: the leads chosen and the templates, kept so that
 * "Send" sends these and no others; who would receive it; who is left out, grouped by why (a message key), with the
 * first names of each group; and the message as the first recipient of each version receives it, as the outbox would
 * post it (subject, and the text with the centre's footer and the unsubscribe and consent links, their tokens shown
 * "…": each person gets links of their own).
 *
 * @param recipientIds the leads who would receive it, in the order of their ids
 * @param leftOut      the groups of those left out, leads merged or erased since they were chosen included, in the
 *                     order their reasons first came
 * @param versions     one per version someone would receive, the first recipient's first; empty when nobody would
 */
public record BulkEmailPreview(List<Long> chosen, long templateId, Long otherLanguageId, List<Long> recipientIds,
                               List<LeftOut> leftOut, List<Version> versions) implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * The people left out for one reason: how many, and the first of them by name (none for leads no longer in the
     * list, who have no name left to give).
     */
    public record LeftOut(String reason, int count, List<Named> named) implements Serializable {

        private static final long serialVersionUID = 1L;

        /** How many of the group are counted and not named. */
        public int unnamed() {
            return count - named.size();
        }
    }

    /** A lead named in the preview, with its id for a link to its page. */
    public record Named(long leadId, String name) implements Serializable {

        private static final long serialVersionUID = 1L;
    }

    /**
     * One version of the message, as the first of those who receive it will read it.
     *
     * @param language   "fr" or "en"
     * @param recipients how many receive this version
     */
    public record Version(String language, int recipients, String firstRecipient, String address, String subject,
                          String text) implements Serializable {

        private static final long serialVersionUID = 1L;
    }

    /** How many would receive it. */
    public int recipients() {
        return recipientIds.size();
    }

    /** How many are left out, whatever the reason: those named, and those no longer in the list. */
    public int leftOutCount() {
        return leftOut.stream().mapToInt(LeftOut::count).sum();
    }

    /** How many are left out for each reason, in the order the reasons came. */
    public Map<String, Integer> whyLeftOut() {
        Map<String, Integer> why = new LinkedHashMap<>();
        leftOut.forEach(group -> why.put(group.reason(), group.count()));
        return why;
    }

    /** Whether nobody would receive it: the preview then offers no "Send". */
    public boolean reachesNobody() {
        return recipientIds.isEmpty();
    }

    /** The message as the first recipient receives it; null when nobody would. */
    public Version first() {
        return versions.isEmpty() ? null : versions.get(0);
    }

    /**
     * Whether sending now, as worked out in {@code now}, sends what this preview showed: the same people, and in each
     * version the same message. Anything else — a consent withdrawn, a lead merged, a template or a name edited by
     * someone meanwhile — is for the recruiter to see again before it goes.
     */
    public boolean sendsAsPreviewed(BulkEmailPreview now) {
        return new HashSet<>(recipientIds).equals(new HashSet<>(now.recipientIds)) && versions.equals(now.versions);
    }
}
