package ca.tremplin.pipeline;

import ca.tremplin.kernel.MissingValue;
import ca.tremplin.inquiry.ReplyTemplate;
import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.kernel.TableSort;
import ca.tremplin.person.LeadStage;
import ca.tremplin.web.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The lead list: filtered, sorted and paged in SQL, saved filters, and bulk actions on the checked leads.
 */
@Named
@ViewScoped
public class LeadListPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final TableSort LATEST_FIRST = new TableSort("lastInquiryAt", false);

    @Inject
    LeadListService list;

    @Inject
    LeadService leads;

    @Inject
    PageMessages messages;

    private final LeadFilterForm filterForm = new LeadFilterForm();
    private LazyDataModel<LeadRow> rows;
    private List<LeadRow> selected = new ArrayList<>();
    /** The whole filtered list chosen for a bulk action, not only the rows ticked. */
    private boolean allOfTheList;
    private Map<Long, String> staff;
    private List<ProgramInterest> programs;
    private List<LostReason> lostReasons;
    private List<ReplyTemplate> templates;
    private String filterName;
    private Long bulkOwner;
    /**
     * The colleague a bulk assignment was refused for, their account deactivated since the menu was drawn: still the
     * menu's choice, by name and said gone, beside the refusal. A menu put back on "nobody" showed a choice the person
     * never made, which a second click would have made, taking the leads from whoever followed them.
     */
    private StaffChoice refusedOwner;
    private LeadStage bulkStage;
    private String bulkReason;
    private Long bulkLostReason;
    private String bulkTag;
    private Long bulkTemplate;
    /** The version for those who read the other language; none: everyone gets {@link #bulkTemplate}. */
    private Long bulkOtherLanguage;

    @PostConstruct
    void init() {
        staff = leads.staffNames();
        programs = list.programChoices();
        lostReasons = leads.lostReasons();
        templates = list.templates();
        rows = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) service().count(filterForm.filter());
            }

            @Override
            public List<LeadRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                      Map<String, FilterMeta> filterBy) {
                TableSort sort = TableSort.of(sortBy);
                return service().page(filterForm.filter(), first, pageSize, sort.field() == null ? LATEST_FIRST : sort);
            }

            /** The lead and the owner it is shown with: a bulk assignment leaves a lead taken since to its taker. */
            @Override
            public String getRowKey(LeadRow row) {
                return ShownOwners.key(row.id(), row.ownerId());
            }

            @Override
            public LeadRow getRowData(String rowKey) {
                return new LeadRow(ShownOwners.leadId(rowKey), null, null, null, null, null, null, null,
                        ShownOwners.ownerId(rowKey), null);
            }
        };
    }

    /** A row's key, as the list's model gives it: the lead and the owner it is shown with ({@link ShownOwners}). */
    public String rowKey(LeadRow row) {
        return ShownOwners.key(row.id(), row.ownerId());
    }

    /** "Leads: 1,234", or "more than 10,000" when counting stopped there. */
    public String countLabel() {
        int count = rows.getRowCount();
        return count > PipelineRepository.COUNT_LIMIT
                ? ca.tremplin.kernel.Messages.get(messages.locale(), "leads.countMore", PipelineRepository.COUNT_LIMIT)
                : ca.tremplin.kernel.Messages.get(messages.locale(), "leads.count", count);
    }

    public void saveFilter() {
        try {
            service().saveFilter(filterName, filterForm.filter());
            messages.info("leads.filterSaved");
            filterName = null;
        } catch (BusinessRuleException broken) {
            messages.explain(broken);
        }
    }

    public void clearFilter() {
        filterForm.clear();
    }

    /**
     * Gives the leads chosen to the owner chosen, except those whose owner changed since the list showed them: a
     * colleague who took one meanwhile keeps it, and the page says which and why.
     */
    public void assign() {
        List<Long> ids = selectedIds();
        ShownOwners shown = shownOwners();
        if (bulk(() -> service().assign(ids, shown, bulkOwner))) {
            refusedOwner = null;
        }
    }

    /**
     * The owners the leads chosen were shown with: the rows ticked name theirs in their keys, as the page drew them;
     * the whole list, read again for the action ({@link #selectedIds}), as it was read.
     */
    private ShownOwners shownOwners() {
        String ticked = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap().get("leads:table_selection");
        if (allOfTheList || ALL_ROWS.equals(ticked)) {
            return wholeListShown != null ? wholeListShown : ShownOwners.NONE;
        }
        return ShownOwners.read(ticked);
    }

    /** The owners of the whole list as {@link #selectedIds} last read it for this request's action. */
    private transient ShownOwners wholeListShown;

    /** A member of staff as a menu names them. */
    record StaffChoice(long id, String name) implements Serializable {
    }

    /**
     * The owners a bulk assignment offers: nobody, the centre's active staff, and the colleague an assignment was just
     * refused for, still chosen, said to have no access any longer.
     */
    public List<jakarta.faces.model.SelectItem> getOwnerChoices() {
        List<jakarta.faces.model.SelectItem> choices = new ArrayList<>();
        staff.forEach((id, name) -> choices.add(new jakarta.faces.model.SelectItem(id, name)));
        if (refusedOwner != null && !staff.containsKey(refusedOwner.id())) {
            choices.add(new jakarta.faces.model.SelectItem(refusedOwner.id(), ca.tremplin.kernel.Messages.get(
                    messages.locale(), "leads.ownerNoLongerActive", refusedOwner.name())));
        }
        return choices;
    }

    public void changeStage() {
        try {
            moveStages(new BulkStageMove(new ArrayList<>(selectedIds()), bulkStage, bulkReason, bulkLostReason),
                    false);
        } catch (BusinessRuleException broken) {
            messages.explain(broken);
        }
    }

    /**
     * "Yes" to the question of a move past an admission never recorded: the leads chosen then, as it was asked.
     * Synchronized, as {@link #sendEmail} is: the two posts of a double click reach this page's one instance at once,
     * and only the first finds the move waiting; the second, which the browser shows, says the move was made.
     */
    public synchronized void confirmMoveWithoutAdmission() {
        java.util.Optional<BulkStageMove> waiting = unconfirmed.confirmed();
        if (waiting.isPresent()) {
            lastConfirmedMove = waiting.get();
            moveStages(waiting.get(), true);
        } else if (lastConfirmedMove != null) {
            messages.info("leads.moveAlreadyConfirmed", lastConfirmedMove.leadIds().size());
        }
    }

    /** The bulk move last confirmed on this page, for a second click's answer to name it. */
    private BulkStageMove lastConfirmedMove;

    /** "No" to that question: the leads stay ticked. */
    public void cancelMoveWithoutAdmission() {
        unconfirmed.decline(messages);
    }

    /** A bulk move as it was asked, kept while its question waits for an answer. */
    record BulkStageMove(ArrayList<Long> leadIds, LeadStage stage, String reason, Long lostReasonId)
            implements java.io.Serializable {
    }

    /** The bulk move past an admission never recorded that waits for "Yes" or "No". */
    private final UnconfirmedMove<BulkStageMove> unconfirmed = new UnconfirmedMove<>();
    /** The question the last bulk action was answered with, for {@link #moveStages} to keep with its move. */
    private transient AdmissionNotRecordedException asked;

    public String getAdmissionQuestion() { return unconfirmed.question(); }

    private void moveStages(BulkStageMove move, boolean withoutAdmission) {
        unconfirmed.forget();
        asked = null;
        bulk(() -> service().changeStage(move.leadIds(), move.stage(), move.reason(), move.lostReasonId(),
                withoutAdmission));
        if (asked != null) {
            unconfirmed.ask(move, asked.localizedMessage(messages.locale()));
        }
    }

    public void tag() {
        bulk(() -> service().tag(selectedIds(), bulkTag));
    }

    /** The bulk e-mail as it would go out, shown before it is sent; null while the recruiter chooses. */
    private BulkEmailPreview emailPreview;

    /**
     * When this page last sent a bulk e-mail that went out: a second click on "Send" (a double click, or a click again
     * while the page is still sending) finds the preview already sent and sends nothing twice.
     */
    private java.time.Instant lastSent;

    /** How long a "Send" without a preview is taken for a second click rather than a post of an old page. */
    private static final java.time.Duration SECOND_CLICK = java.time.Duration.ofMinutes(2);

    /**
     * The first step of a bulk e-mail: how many will receive it, who is left out and why, and the message as the first
     * of them reads it. Nothing is sent until "Send".
     */
    public void previewEmail() {
        if (bulkTemplate == null) {
            messages.error("inbox.chooseTemplate");
            return;
        }
        try {
            show(service().previewEmail(selectedIds(), bulkTemplate, bulkOtherLanguage));
        } catch (BusinessRuleException broken) {
            messages.explain(broken);
        }
    }

    /**
     * Which showing of a preview the page holds, in a hidden field of the form: a "Send" confirms the preview the
     * person saw, and the second post of a double click whose first found the recipients changed (and showed the new
     * preview) carries the old one, and sends nothing. A post without the field (no browser) is taken as it comes.
     */
    private String emailPreviewShown;

    private void show(BulkEmailPreview preview) {
        emailPreview = preview;
        emailPreviewShown = java.util.UUID.randomUUID().toString();
    }

    public String getEmailPreviewShown() { return emailPreviewShown; }

    /** Back to the choices, as they were: the template, the other language's version, the leads ticked. */
    public void editEmail() {
        emailPreview = null;
    }

    /**
     * Sends the e-mail previewed, to the people it counted, whatever was ticked since — or, when the sending would no
     * longer be the one previewed (someone else merged a lead, a person withdrew their consent or unsubscribed, a
     * colleague edited the template: consents and the rest are read again at sending, CASL), sends nothing and shows
     * the new preview with what changed, for the recruiter to confirm in turn. Synchronized: the two posts of a double
     * click reach this page's one instance at the same moment. Only a sending that went through makes a second click
     * "just sent": one refused, stopped, or rolled back, sent nothing.
     */
    public synchronized void sendEmail() {
        sendingAsked = true;
        BulkEmailPreview previewed = emailPreview;
        if (previewed == null) {
            sayNothingWasSent();
            return;
        }
        String confirmed = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap().get(PREVIEW_SHOWN);
        if (confirmed != null && !confirmed.equals(emailPreviewShown)) {
            messages.error("leads.emailPreviewNotSeen");
            return;
        }
        emailPreview = null;
        LeadListService.EmailSending sending;
        try {
            sending = service().sendPreviewed(previewed);
        } catch (BusinessRuleException broken) {
            messages.explain(broken);
            return;
        }
        if (sending.newPreview() != null) {
            show(sending.newPreview());
            RecipientChange change = RecipientChange.between(previewed.recipientIds(), emailPreview.recipientIds());
            if (change.any()) {
                messages.error("leads.emailChangedSincePreview", change.notReached(), change.added());
            } else {
                messages.error("leads.emailMessageChangedSincePreview");
            }
            return;
        }
        lastSent = java.time.Instant.now();
        report(sending.sent(), "leads.emailSent", "leads.emailLeftOut");
    }

    /** The hidden field that names the preview a "Send" confirms. */
    private static final String PREVIEW_SHOWN = "email-preview-shown";

    /** Whether "Send" reached {@link #sendEmail} in this request; read and cleared as the page is rendered. */
    private transient boolean sendingAsked;

    /**
     * The "Send" of a preview that went with an earlier sending (the second post of a double click, the page sent
     * again from the browser's history) finds no button to press: the preview and its button left with the first
     * sending, and Faces calls no action. Its answer says why nothing was sent, instead of showing the list as if
     * nothing had been asked.
     */
    public synchronized void sayWhyASendingSentNothing() {
        jakarta.faces.context.FacesContext faces = jakarta.faces.context.FacesContext.getCurrentInstance();
        boolean sendPosted = faces.isPostback()
                && faces.getExternalContext().getRequestParameterMap().containsKey("leads:send-email");
        if (sendPosted && !sendingAsked && emailPreview == null) {
            sayNothingWasSent();
        }
        sendingAsked = false;
    }

    private void sayNothingWasSent() {
        messages.error(lastSent != null && lastSent.plus(SECOND_CLICK).isAfter(java.time.Instant.now())
                ? "leads.emailJustSent" : "leads.emailPreviewFirst");
    }

    /** How the people a sending would now reach differ from those its preview counted: by person, not by count. */
    record RecipientChange(int notReached, int added) {

        static RecipientChange between(java.util.Collection<Long> previewed, java.util.Collection<Long> now) {
            java.util.Set<Long> counted = new java.util.HashSet<>(previewed);
            java.util.Set<Long> reached = new java.util.HashSet<>(now);
            return new RecipientChange((int) counted.stream().filter(id -> !reached.contains(id)).count(),
                    (int) reached.stream().filter(id -> !counted.contains(id)).count());
        }

        boolean any() {
            return notReached > 0 || added > 0;
        }
    }

    /**
     * Runs a bulk action and says how many it changed and how many it skipped, and why; false when it was refused or
     * asked about, nothing done, the choices made for it kept as they were.
     */
    private boolean bulk(java.util.function.Supplier<LeadListService.BulkResult> action) {
        try {
            report(action.get(), "leads.bulkDone", "leads.bulkLeftOut");
            return true;
        } catch (AdmissionNotRecordedException question) {
            // Not refused but asked: nothing moved, the page shows the question with "No" first.
            asked = question;
        } catch (ColleagueGoneException gone) {
            // Deactivated since the menu was drawn: said, and the menus read again; the colleague stays the choice,
            // named as gone (getOwnerChoices), and the leads chosen stay chosen, for the person to choose another.
            messages.explain(gone);
            if (bulkOwner != null && staff.containsKey(bulkOwner)) {
                refusedOwner = new StaffChoice(bulkOwner, staff.get(bulkOwner));
            }
            staff = leads.staffNames();
        } catch (BusinessRuleException broken) {
            messages.explain(broken);
        }
        return false;
    }

    /**
     * Says what a bulk action did: how many it changed (or sent to) and how many it skipped, then each reason with how
     * many, and the names of those it refused; the leads it acted on are no longer ticked.
     */
    private void report(LeadListService.BulkResult result, String doneMessage, String leftOutMessage) {
        messages.info(doneMessage, result.done(), result.skipped());
        java.util.Locale locale = messages.locale();
        result.whyLeftOut().forEach((reason, count) -> messages.error("casl.leftOut", count,
                ca.tremplin.kernel.Messages.get(locale, reason)));
        if (!result.leftOut().isEmpty()) {
            messages.error(leftOutMessage, String.join(", ", result.leftOut()));
        }
        selected = new ArrayList<>();
        allOfTheList = false;
    }

    /** "Send to 23 people": the button says how many the preview counted. */
    public String sendLabel() {
        return emailPreview == null ? "" : ca.tremplin.kernel.Messages.get(messages.locale(), "leads.emailSend",
                emailPreview.recipients());
    }

    public BulkEmailPreview getEmailPreview() { return emailPreview; }

    /**
     * The leads chosen: every lead of the filtered list when the person chose the whole list (the box above the bulk
     * actions, which says how many; the header's box ticks the page shown: a choice of "all" that the table kept as
     * the rows of one page once a row was unticked acted on 24 of 37 without a word of the others), else the rows
     * ticked, on any page. A list longer than a bulk action takes is refused with the limit named.
     */
    private List<Long> selectedIds() {
        if (allOfTheList || ALL_ROWS.equals(jakarta.faces.context.FacesContext.getCurrentInstance()
                .getExternalContext().getRequestParameterMap().get("leads:table_selection"))) {
            // One more than a bulk action takes, so that a list too long for one is refused with the limit named.
            List<LeadRow> whole = service().page(filterForm.filter(), 0, LeadListService.BULK_LIMIT + 1,
                    LATEST_FIRST);
            wholeListShown = ShownOwners.of(whole);
            return whole.stream().map(LeadRow::id).toList();
        }
        return selected == null ? List.of() : selected.stream().map(LeadRow::id).toList();
    }

    /** "The whole list … (67 leads)", the count as the list says it (stopped at 10,000). */
    public String allOfTheListLabel() {
        int count = rows.getRowCount();
        return count > PipelineRepository.COUNT_LIMIT
                ? ca.tremplin.kernel.Messages.get(messages.locale(), "leads.bulkAllMore", PipelineRepository.COUNT_LIMIT)
                : ca.tremplin.kernel.Messages.get(messages.locale(), "leads.bulkAll", count);
    }

    /** The most leads a bulk action takes, for the busy line not to claim more (bulk-progress.js). */
    public int getBulkLimit() { return LeadListService.BULK_LIMIT; }
    public boolean isAllOfTheList() { return allOfTheList; }
    public void setAllOfTheList(boolean allOfTheList) { this.allOfTheList = allOfTheList; }

    /** What the table's header box sends for "every row of every page". */
    private static final String ALL_ROWS = "@all";

    private LeadListService service() {
        return list != null ? list : jakarta.enterprise.inject.spi.CDI.current().select(LeadListService.class).get();
    }

    public String staffName(Long userId) {
        return userId == null ? MissingValue.MARK : staff.getOrDefault(userId, MissingValue.MARK);
    }

    public List<SavedLeadFilter> getSavedFilters() { return service().savedFilters(); }
    /** What the address narrows the list to beyond the filter fields (an event, campaigns), in words. */
    public String getNarrowing() {
        LeadFilter filter = filterForm.filter();
        return !filter.narrowsBeyondFields() ? ""
                : service().narrowing(filter, jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot()
                        .getLocale());
    }

    public LeadFilterForm getFilterForm() { return filterForm; }

    /** Whether a search or a filter narrows the list: an empty list then says that nobody matches, not that none came yet. */
    public boolean isFiltered() { return !filterForm.filter().toQuery().isEmpty(); }
    public LazyDataModel<LeadRow> getRows() { return rows; }
    public List<LeadRow> getSelected() { return selected; }
    public void setSelected(List<LeadRow> selected) { this.selected = selected; }
    public Map<Long, String> getStaff() { return staff; }
    public List<jakarta.faces.model.SelectItem> getProgramMenu() {
        return ProgramInterest.menu(programs, jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot()
                .getLocale());
    }
    public List<LostReason> getLostReasons() { return lostReasons; }
    public List<ReplyTemplate> getTemplates() { return templates; }
    public LeadStage[] getStages() { return LeadStage.values(); }
    public String getFilterName() { return filterName; }
    public void setFilterName(String filterName) { this.filterName = filterName; }
    public Long getBulkOwner() { return bulkOwner; }
    public void setBulkOwner(Long bulkOwner) { this.bulkOwner = bulkOwner; }
    public LeadStage getBulkStage() { return bulkStage; }
    public void setBulkStage(LeadStage bulkStage) { this.bulkStage = bulkStage; }
    public String getBulkReason() { return bulkReason; }
    public void setBulkReason(String bulkReason) { this.bulkReason = bulkReason; }
    public Long getBulkLostReason() { return bulkLostReason; }
    public void setBulkLostReason(Long bulkLostReason) { this.bulkLostReason = bulkLostReason; }
    public String getBulkTag() { return bulkTag; }
    public void setBulkTag(String bulkTag) { this.bulkTag = bulkTag; }
    public Long getBulkTemplate() { return bulkTemplate; }
    public void setBulkTemplate(Long bulkTemplate) { this.bulkTemplate = bulkTemplate; }
    public Long getBulkOtherLanguage() { return bulkOtherLanguage; }
    public void setBulkOtherLanguage(Long bulkOtherLanguage) { this.bulkOtherLanguage = bulkOtherLanguage; }
}
