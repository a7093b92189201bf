package ca.tremplin.showcase;

import ca.tremplin.kernel.MissingValue;
import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.kernel.Languages;
import ca.tremplin.web.PageMessages;
import ca.tremplin.web.ServerPagedRows;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The moderation page ({@code admin/showcase.xhtml}): the queue, each waiting profile with its wait and the three
 * answers, each public one with reports to answer with a take-down or a keep online, and every profile of the centre,
 * a page at a time, with a take-down, a withdrawal at the apprentice's request and an erasure; both narrowed by what
 * the address asks ({@code ?q=}, a part of a name or an address; {@code ?status=}), so that any profile, however old,
 * is found.
 */
@Named
@ViewScoped
public class ShowcaseModerationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ShowcaseModeration moderation;

    @Inject
    ModeratedProfiles profiles;

    @Inject
    PageMessages messages;

    @Inject
    ca.tremplin.person.ApprenticeErasure apprentices;

    /** What the address asked for: a part of a name or an address, a status by its code. */
    private String q;
    private String statusText;
    /**
     * The queue and the list, each page read once and kept as shown for the life of the page: the buttons of a row are
     * found again by its position, and a page read again after an answer (one profile fewer in the queue) would give a
     * second click, sent before the first answer came back, to the next profile. An answered profile shows its answer
     * instead of its buttons and its new status; a reload, or another page of the list, reads them again.
     */
    private ServerPagedRows<ModeratedProfiles.Moderated> queue;
    private ServerPagedRows<ModeratedProfiles.Moderated> list;
    private final Map<Long, String> notes = new HashMap<>();
    /** How each apprentice asked the centre to withdraw their profile, typed beside it. */
    private final Map<Long, String> withdrawals = new HashMap<>();
    private final Map<Long, String> outcomes = new HashMap<>();
    /** Where each profile answered on this page stands now: its row says so in the same answer, not after a reload. */
    private final Map<Long, ProfileStatus> answeredStatuses = new HashMap<>();

    @PostConstruct
    void init() {
        queue = ServerPagedRows.keptAsShown(() -> profiles.queueSize(search()),
                (first, size, sort) -> profiles.queue(search(), first, size), row -> row.profile().getId());
        list = ServerPagedRows.keptAsShown(() -> profiles.count(search()),
                (first, size, sort) -> profiles.matching(search(), first, size), row -> row.profile().getId());
    }

    /** The search the address asked for; a status that is none (a link typed wrong) is any status. */
    ModeratedProfiles.Search search() {
        return new ModeratedProfiles.Search(q, getChosenStatus());
    }

    /** The status the address chose, null for any. */
    public ProfileStatus getChosenStatus() {
        for (ProfileStatus status : ProfileStatus.values()) {
            if (status.name().equals(statusText)) {
                return status;
            }
        }
        return null;
    }

    public boolean isSearching() {
        return search().narrows();
    }

    public ProfileStatus[] getStatuses() {
        return ProfileStatus.values();
    }

    public ServerPagedRows<ModeratedProfiles.Moderated> getQueue() {
        return queue;
    }

    public ServerPagedRows<ModeratedProfiles.Moderated> getList() {
        return list;
    }

    /** Whether no profile the page shows waits for a moderator (the queue then says so rather than showing nothing). */
    public boolean isQueueEmpty() {
        return queue.count(Map.of()) == 0;
    }

    public void approve(ModeratedProfiles.Moderated item) {
        act(item, () -> moderation.approve(id(item), item.profile().getVersion()), "showcase.moderation.approved");
    }

    public void requestChanges(ModeratedProfiles.Moderated item) {
        act(item, () -> moderation.requestChanges(id(item), item.profile().getVersion(), notes.get(id(item))),
                "showcase.moderation.changesRequested");
    }

    public void refuse(ModeratedProfiles.Moderated item) {
        act(item, () -> moderation.refuse(id(item), item.profile().getVersion(), notes.get(id(item))),
                "showcase.moderation.refused");
    }

    /** A published profile taken off the showcase at once, back in the queue with the reason (after a reload). */
    public void takeDown(ModeratedProfiles.Moderated item) {
        act(item, () -> moderation.takeDown(id(item), item.profile().getVersion(), notes.get(id(item))),
                "showcase.moderation.takenDown");
    }

    /** A public profile's reports read, and the profile kept online: it leaves the queue (after a reload). */
    public void keepOnline(ModeratedProfiles.Moderated item) {
        act(item, () -> moderation.keepOnline(id(item), item.profile().getVersion(), notes.get(id(item))),
                "showcase.moderation.keptOnline");
    }

    /** The profile withdrawn at its apprentice's request, said to the centre as the note says. */
    public void withdrawAtRequest(ModeratedProfiles.Moderated item) {
        act(item, () -> moderation.withdrawAtRequest(id(item), item.profile().getVersion(), withdrawals.get(id(item))),
                "showcase.moderation.withdrawnAtRequest");
    }

    /**
     * The apprentice of this profile, whom the centre knows only by the showcase, erased at their request by the
     * centre's admin after a confirmation: the page is shown again, with the same search, without them (the lists,
     * kept as shown, would still hold what was erased). Refused with the reason (followed as a lead since, say), the
     * page stays.
     */
    public String erase(ModeratedProfiles.Moderated item) {
        try {
            apprentices.eraseOnRequest(id(item));
        } catch (BusinessRuleException refused) {
            messages.explain(refused);
            return null;
        }
        messages.info("erasure.apprentice.erased");
        messages.keepForNextPage();
        return "/admin/showcase.xhtml?faces-redirect=true&includeViewParams=true";
    }

    /**
     * A profile is answered once on this page: a second click on the same row, or on the same profile in the queue
     * and the list, finds the answer given and changes nothing.
     */
    private void act(ModeratedProfiles.Moderated item, java.util.function.Supplier<ProfileStatus> action,
                     String doneKey) {
        long id = id(item);
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

    private static long id(ModeratedProfiles.Moderated item) {
        return item.profile().getId();
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

    public String photo(ModeratedProfiles.Moderated item) {
        return item.photoSizes().isEmpty() ? null : ShowcasePaths.photo(item.profile().getPhotoKey(),
                item.photoSizes().get(item.photoSizes().size() - 1).width());
    }

    public String program(ModeratedProfiles.Moderated item) {
        return Languages.isEnglish(messages.locale()) ? item.programEn() : item.programFr();
    }

    /** A profile's views and clicks, as "views · program · offers · requests". */
    public String counts(ModeratedProfiles.Moderated item) {
        ModeratedProfiles.Audience a = item.audience();
        return a.views() + " · " + a.programClicks() + " · " + a.offerClicks() + " · " + a.requestClicks();
    }

    /** Who made a move of a profile's trail: the member of staff by name ("—" for an account since removed), else in words. */
    public String who(ShowcaseDecisions.Line line) {
        if (line.byStaff()) {
            return line.staffName() == null ? MissingValue.MARK : line.staffName();
        }
        return ca.tremplin.kernel.Messages.get(messages.locale(), line.othersKey());
    }

    public Map<Long, String> getNotes() { return notes; }
    public Map<Long, String> getWithdrawals() { return withdrawals; }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public String getStatusText() { return statusText; }
    public void setStatusText(String statusText) { this.statusText = statusText; }
}
