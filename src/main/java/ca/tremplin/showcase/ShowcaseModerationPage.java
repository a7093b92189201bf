package ca.tremplin.showcase;

import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.kernel.Languages;
import ca.tremplin.web.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The moderation queue ({@code admin/showcase.xhtml}): each waiting profile with its wait, and the three answers. */
@Named
@ViewScoped
public class ShowcaseModerationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ShowcaseModeration moderation;

    @Inject
    PageMessages messages;

    private transient List<ShowcaseModeration.Moderated> queue;
    private transient List<ShowcaseModeration.Moderated> others;
    private final Map<Long, String> notes = new HashMap<>();
    private final Map<Long, String> outcomes = new HashMap<>();
    /** The version of each profile as first shown on this page, which every answer names (kept with the session). */
    private final Map<Long, Long> shownVersions = new HashMap<>();
    private transient Map<Long, long[]> counts;

    public List<ShowcaseModeration.Moderated> getQueue() {
        if (queue == null) {
            queue = shown(moderation.queue());
        }
        return queue;
    }

    public List<ShowcaseModeration.Moderated> getOthers() {
        if (others == null) {
            others = shown(moderation.others());
        }
        return others;
    }

    private List<ShowcaseModeration.Moderated> shown(List<ShowcaseModeration.Moderated> profiles) {
        profiles.forEach(item -> shownVersions.putIfAbsent(item.profile().getId(), item.profile().getVersion()));
        return profiles;
    }

    public void approve(long id) {
        act(id, () -> moderation.approve(id, shownVersion(id)), "showcase.moderation.approved");
    }

    public void requestChanges(long id) {
        act(id, () -> moderation.requestChanges(id, shownVersion(id), notes.get(id)),
                "showcase.moderation.changesRequested");
    }

    public void refuse(long id) {
        act(id, () -> moderation.refuse(id, shownVersion(id), notes.get(id)), "showcase.moderation.refused");
    }

    /** A published profile taken off the showcase at once, back in the queue with the reason (after a reload). */
    public void takeDown(long id) {
        act(id, () -> moderation.takeDown(id, shownVersion(id), notes.get(id)), "showcase.moderation.takenDown");
    }

    /**
     * The lists stay as they were shown for the life of the page: the buttons of a row are found again by its
     * position, and a list read again after an answer (one profile fewer) would give a second click, sent before the
     * first answer came back, to the next profile. An answered profile shows its answer instead of its buttons; a
     * reload brings the lists up to date.
     */
    private void act(long id, Runnable action, String doneKey) {
        if (outcomes.containsKey(id)) {
            return;
        }
        try {
            action.run();
            messages.info(doneKey);
            outcomes.put(id, doneKey);
        } catch (BusinessRuleException refused) {
            messages.explain(refused);
        }
    }

    /** The version shown of a profile this page listed; a forged id, never listed here, matches no version. */
    private long shownVersion(long id) {
        return shownVersions.getOrDefault(id, -1L);
    }

    /** The answer given to this profile on this page, as a message key; null while none was. */
    public String outcome(long id) {
        return outcomes.get(id);
    }

    /** How long a profile has waited, in hours under two days, else in days. */
    public String waited(Duration waiting) {
        if (waiting == null) {
            return "";
        }
        long hours = waiting.toHours();
        return hours < 48 ? ca.tremplin.kernel.Messages.get(messages.locale(), "showcase.moderation.hours", hours)
                : ca.tremplin.kernel.Messages.get(messages.locale(), "showcase.moderation.days", waiting.toDays());
    }

    public String photo(ShowcaseModeration.Moderated item) {
        return item.photoSizes().isEmpty() ? null : ShowcasePaths.photo(item.profile().getPhotoKey(),
                item.photoSizes().get(item.photoSizes().size() - 1).width());
    }

    public String program(ShowcaseModeration.Moderated item) {
        return Languages.isEnglish(messages.locale()) ? item.programEn() : item.programFr();
    }

    /** A profile's views and clicks, as "views · program · offers · requests". */
    public String counts(long profileId) {
        if (counts == null) {
            counts = moderation.counts();
        }
        long[] c = counts.getOrDefault(profileId, new long[4]);
        return c[0] + " · " + c[1] + " · " + c[2] + " · " + c[3];
    }

    public Map<Long, String> getNotes() { return notes; }
}
