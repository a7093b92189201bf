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

    @Inject
    ca.tremplin.person.ApprenticeErasure apprentices;

    private transient List<ShowcaseModeration.Moderated> queue;
    private transient List<ShowcaseModeration.Moderated> others;
    private final Map<Long, String> notes = new HashMap<>();
    /** How each apprentice asked the centre to withdraw their profile, typed beside it. */
    private final Map<Long, String> withdrawals = new HashMap<>();
    private final Map<Long, String> outcomes = new HashMap<>();
    /** Where each profile answered on this page stands now: its row says so in the same answer, not after a reload. */
    private final Map<Long, ProfileStatus> answeredStatuses = new HashMap<>();
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

    /** The profile withdrawn at its apprentice's request, said to the centre as the note says. */
    public void withdrawAtRequest(long id) {
        act(id, () -> moderation.withdrawAtRequest(id, shownVersion(id), withdrawals.get(id)),
                "showcase.moderation.withdrawnAtRequest");
    }

    /**
     * The apprentice of this profile, whom the centre knows only by the showcase, erased at their request by the
     * centre's admin after a confirmation: the page is shown again without them (the lists, kept as shown, would
     * still hold what was erased). Refused with the reason (followed as a lead since, say), the page stays.
     */
    public String erase(long id) {
        if (!shownVersions.containsKey(id)) {
            // A forged id, never listed here: nothing to say about it.
            return null;
        }
        try {
            apprentices.eraseOnRequest(id);
        } catch (BusinessRuleException refused) {
            messages.explain(refused);
            return null;
        }
        messages.info("erasure.apprentice.erased");
        messages.keepForNextPage();
        return "/admin/showcase.xhtml?faces-redirect=true";
    }

    /**
     * The lists stay as they were shown for the life of the page: the buttons of a row are found again by its
     * position, and a list read again after an answer (one profile fewer) would give a second click, sent before the
     * first answer came back, to the next profile. An answered profile shows its answer instead of its buttons and
     * its new status; a reload brings the lists up to date.
     */
    private void act(long id, java.util.function.Supplier<ProfileStatus> action, String doneKey) {
        if (outcomes.containsKey(id)) {
            return;
        }
        try {
            answeredStatuses.put(id, action.get());
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

    /**
     * Where a listed profile stands, as a message key: as the answer given on this page left it, else as it was
     * listed (the list itself is kept as shown, above).
     */
    public String status(ShowcaseProfile profile) {
        return answeredStatuses.getOrDefault(profile.getId(), profile.getStatus()).messageKey();
    }

    /** The answer given to this profile on this page, as a message key; null while none was. */
    public String outcome(long id) {
        return outcomes.get(id);
    }

    /** How long a profile has waited: minutes under an hour, hours under two days, else days. */
    public String waited(Duration waiting) {
        return waiting == null ? "" : ca.tremplin.web.Formats.waited(waiting, messages.locale());
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
    public Map<Long, String> getWithdrawals() { return withdrawals; }
}
