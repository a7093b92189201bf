package ca.tremplin.pipeline;

import ca.tremplin.inquiry.ReplyTemplate;
import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.kernel.NotFoundException;
import ca.tremplin.kernel.TableSort;
import ca.tremplin.mail.Outbox;
import ca.tremplin.person.Lead;
import ca.tremplin.person.LeadEventKind;
import ca.tremplin.person.LeadStage;
import ca.tremplin.person.MailingConsents;
import ca.tremplin.security.SignedInUser;
import ca.tremplin.tenant.Tenant;
import ca.tremplin.tenant.TenantContext;
import ca.tremplin.tenant.TenantRepository;
import ca.tremplin.unsubscribe.Unsubscriptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The recruiter's day over many leads: the filtered list and the board (counts per stage, cards on demand), saved
 * filters, and bulk actions on chosen leads — assign, change stage (by the same rules as one lead: refused leads
 * are reported, never skipped silently), tag, and a templated e-mail through the outbox to those who consented.
 */
@ApplicationScoped
public class LeadListService {

    /** The most leads one bulk action touches. */
    public static final int BULK_LIMIT = 500;
    private static final TableSort OLDEST_IN_STAGE_FIRST = new TableSort("stageSince", true);

    @Inject
    PipelineRepository pipeline;

    @Inject
    LeadService leads;

    @Inject
    Outbox outbox;

    @Inject
    SignedInUser signedInUser;

    @Inject
    Clock clock;

    @Inject
    Unsubscriptions unsubscriptions;

    @Inject
    MailingConsents mailingConsents;

    @Inject
    ca.tremplin.campaign.CampaignNames campaignNames;

    @Inject
    TenantRepository tenants;

    @Transactional
    public List<LeadRow> page(LeadFilter filter, int first, int size, TableSort sort) {
        leads.requireStaff();
        return pipeline.page(filter, first, size, sort);
    }

    @Transactional
    public long count(LeadFilter filter) {
        leads.requireStaff();
        return pipeline.count(filter);
    }

    @Transactional
    public Map<LeadStage, Long> stageCounts(LeadFilter filter) {
        leads.requireStaff();
        return pipeline.stageCounts(filter);
    }

    /**
     * The board: every stage's count under the filter (one grouped query) and the first {@code perColumn} cards of
     * each non-empty stage, longest in the stage first; the cards' programs are read once for the whole board.
     */
    @Transactional
    public Board board(LeadFilter filter, int perColumn) {
        leads.requireStaff();
        Map<LeadStage, Long> counts = pipeline.stageCounts(filter);
        PipelineRepository.PageAccess access = pipeline.pageAccess(filter);
        Map<LeadStage, List<LeadRow>> rows = new java.util.EnumMap<>(LeadStage.class);
        List<Long> ids = new ArrayList<>();
        for (LeadStage stage : LeadStage.values()) {
            List<LeadRow> column = counts.get(stage) == 0 || (filter.stage() != null && filter.stage() != stage)
                    ? List.of() : pipeline.page(filter.withStage(stage), access, 0, perColumn, OLDEST_IN_STAGE_FIRST);
            rows.put(stage, column);
            ids.addAll(PipelineRepository.idsOf(column));
        }
        Map<Long, String[]> interest = pipeline.latestInterest(ids);
        Map<LeadStage, List<LeadCard>> cards = new java.util.EnumMap<>(LeadStage.class);
        rows.forEach((stage, column) -> cards.put(stage, cards(column, interest)));
        return new Board(counts, cards);
    }

    /** More cards of one column, after the {@code first} already shown. */
    @Transactional
    public List<LeadCard> column(LeadFilter filter, LeadStage stage, int first, int size) {
        leads.requireStaff();
        List<LeadRow> rows = pipeline.page(filter.withStage(stage), first, size, OLDEST_IN_STAGE_FIRST);
        return cards(rows, pipeline.latestInterest(PipelineRepository.idsOf(rows)));
    }

    private List<LeadCard> cards(List<LeadRow> rows, Map<Long, String[]> interest) {
        Instant now = clock.instant();
        List<LeadCard> cards = new ArrayList<>();
        for (LeadRow row : rows) {
            String[] about = interest.getOrDefault(row.id(), new String[3]);
            long days = row.stageSince() == null ? 0 : Duration.between(row.stageSince(), now).toDays();
            cards.add(new LeadCard(row, about[0], about[1], about[2], days));
        }
        return cards;
    }

    /** Counts per stage and the cards shown so far. */
    public record Board(Map<LeadStage, Long> counts, Map<LeadStage, List<LeadCard>> cards)
            implements java.io.Serializable {
    }

    /**
     * What a filter narrows to beyond the list's own fields, in words (empty when nothing): the event and the first
     * and last campaign a report's figure opened the list with, the colleague whose departure handed the leads over.
     * An id the centre does not hold is named by its number.
     */
    @Transactional
    public String narrowing(LeadFilter filter, java.util.Locale locale) {
        List<String> parts = new java.util.ArrayList<>();
        if (filter.eventId() != null) {
            parts.add(ca.tremplin.kernel.Messages.get(locale, "leads.narrowedTo.event", pipeline.event(filter.eventId())
                    .map(event -> event.title(locale)).orElseGet(() -> numbered(filter.eventId(), locale))));
        }
        if (filter.firstCampaignId() != null) {
            parts.add(ca.tremplin.kernel.Messages.get(locale, "leads.narrowedTo.firstCampaign",
                    campaignName(filter.firstCampaignId(), locale)));
        }
        if (filter.lastCampaignId() != null) {
            parts.add(ca.tremplin.kernel.Messages.get(locale, "leads.narrowedTo.lastCampaign",
                    campaignName(filter.lastCampaignId(), locale)));
        }
        if (filter.cohort() != null) {
            parts.add(cohortNarrowing(filter.cohort(), locale));
        }
        if (filter.handedOverFrom() != null) {
            parts.add(ca.tremplin.kernel.Messages.get(locale, "leads.narrowedTo.handedOverFrom",
                    pipeline.staffName(filter.handedOverFrom())
                            .orElseGet(() -> numbered(filter.handedOverFrom(), locale))));
        }
        return String.join(" · ", parts);
    }

    /** Days written out as the reader writes them ("1er septembre 2026"), by {@code Messages}. */
    private static String cohortNarrowing(FunnelCohort cohort, java.util.Locale locale) {
        if (cohort.reached() == null) {
            return ca.tremplin.kernel.Messages.get(locale, "leads.narrowedTo.cohort", cohort.from(), cohort.to());
        }
        return ca.tremplin.kernel.Messages.get(locale, cohort.furthest() ? "leads.narrowedTo.cohortFurthest"
                        : "leads.narrowedTo.cohortReached", cohort.from(), cohort.to(),
                ca.tremplin.kernel.Messages.get(locale, cohort.reached().messageKey()), cohort.asOf());
    }

    /**
     * The campaign as the report that opened the list names it: the centre's own, or a coordinator's campaign that
     * names the centre (its report's rows and filters name them: the list must not say "n° 57" of the same one).
     */
    private String campaignName(long id, java.util.Locale locale) {
        String name = campaignNames.visible(List.of(id)).get(id);
        return name != null ? name : numbered(id, locale);
    }

    /** A record the reader may not see, by its number as the reader's language writes one ("n° 57", "no. 57"). */
    private static String numbered(long id, java.util.Locale locale) {
        return ca.tremplin.kernel.Messages.get(locale, "leads.narrowedTo.numbered", id);
    }

    @Transactional
    public List<ProgramInterest> programChoices() {
        leads.requireStaff();
        return pipeline.programChoices();
    }

    @Transactional
    public List<ReplyTemplate> templates() {
        leads.requireStaff();
        return pipeline.templates();
    }

    @Transactional
    public List<SavedLeadFilter> savedFilters() {
        leads.requireStaff();
        return pipeline.savedFilters(signedInUser.getUserId());
    }

    @Transactional
    public void saveFilter(String name, LeadFilter filter) {
        leads.requireStaff();
        if (name == null || name.isBlank()) {
            throw new BusinessRuleException("leads.filterNameRequired");
        }
        String clean = name.strip().length() > 100 ? name.strip().substring(0, 100) : name.strip();
        if (pipeline.savedFilters(signedInUser.getUserId()).stream().anyMatch(f -> f.getName().equals(clean))) {
            throw new BusinessRuleException("leads.filterNameTaken");
        }
        pipeline.persist(new SavedLeadFilter(signedInUser.getUserId(), clean, filter));
    }

    /**
     * Gives the chosen leads to {@code ownerId}, whatever owner each has now; see
     * {@link #assign(List, ShownOwners, Long)}.
     */
    @Transactional
    public BulkResult assign(List<Long> leadIds, Long ownerId) {
        return assign(leadIds, ShownOwners.NONE, ownerId);
    }

    /**
     * Gives the chosen leads to {@code ownerId}; those who already had that owner are left as they were and counted,
     * those whose owner changed since the list showed them ({@code shown}: a colleague took them by hand, or gave
     * them to someone by a bulk assignment of their own) are left to whoever has them now, counted and named, those
     * merged into another record or gone since they were chosen are left out and counted, the others assigned (never
     * a refusal of the whole action for one lead). The leads are locked first, as a stage change and a save lock
     * one: two assignments of the same leads at once are made one after the other, and the second sees the first's.
     */
    @Transactional
    public BulkResult assign(List<Long> leadIds, ShownOwners shown, Long ownerId) {
        leads.requireStaff();
        Map<Long, String> staff = pipeline.staffNames();
        if (ownerId != null) {
            // Refused whole, before any lead is read: a colleague deactivated since the menu was drawn follows no one.
            LeadService.requireColleague(ownerId, staff);
        }
        Instant now = clock.instant();
        List<Lead> found = stillListed(leadIds);
        int changed = 0;
        List<String> takenMeanwhile = new ArrayList<>();
        for (Lead lead : found) {
            if (!java.util.Objects.equals(lead.getOwnerId(), ownerId)
                    && shown.changedSince(lead.getId(), lead.getOwnerId())) {
                takenMeanwhile.add(lead.fullName());
                continue;
            }
            changed += leads.reassign(lead, ownerId, staff, now) ? 1 : 0;
        }
        Map<String, Integer> why = new LinkedHashMap<>(
                unchanged(ALREADY_OWNED, found.size() - changed - takenMeanwhile.size()));
        why.putAll(unchanged(OWNER_CHANGED, takenMeanwhile.size()));
        return new BulkResult(changed, takenMeanwhile, withGone(why, found, leadIds));
    }

    /**
     * Tags the chosen leads; those that had the tag already are counted as left as they were, and those gone since
     * they were chosen are left out and counted, as {@link #assign} does.
     */
    @Transactional
    public BulkResult tag(List<Long> leadIds, String tag) {
        leads.requireStaff();
        Instant now = clock.instant();
        List<Lead> found = stillListed(leadIds);
        int changed = 0;
        for (Lead lead : found) {
            changed += leads.tag(lead, tag, now) ? 1 : 0;
        }
        return new BulkResult(changed, List.of(), withGone(unchanged(ALREADY_TAGGED, found.size() - changed), found,
                leadIds));
    }

    /** Why a lead was left as it was by a bulk assignment: it already had that owner. */
    static final String ALREADY_OWNED = "leads.leftOut.alreadyOwned";

    /**
     * Why a lead was left as it was by a bulk assignment: its owner changed since the list showed it, and whoever
     * has it now keeps it.
     */
    static final String OWNER_CHANGED = "leads.leftOut.ownerChanged";

    /** Why a lead was left as it was by a bulk tag: it already had the tag. */
    static final String ALREADY_TAGGED = "leads.leftOut.alreadyTagged";

    private static Map<String, Integer> unchanged(String reason, int count) {
        return count == 0 ? Map.of() : Map.of(reason, count);
    }

    /**
     * Moves each chosen lead that the rules allow; the others are named in the result, unchanged, and those gone since
     * they were chosen are counted, as {@link #assign} does. A move past "admitted" for leads never admitted is asked
     * about first, as {@link #changeStage(List, LeadStage, String, Long, boolean)} says.
     */
    @Transactional
    public BulkResult changeStage(List<Long> leadIds, LeadStage target, String reason, Long lostReasonId) {
        return changeStage(leadIds, target, reason, lostReasonId, false);
    }

    /**
     * As above, {@code withoutAdmission} saying whether the person confirmed moving past "admitted" the leads whose
     * admission was never recorded. Unconfirmed, when any chosen lead would move so, nothing moves: the question
     * ({@link AdmissionNotRecordedException}) says how many and which stages they skip, and the same choice is sent
     * again with the answer.
     */
    @Transactional
    public BulkResult changeStage(List<Long> leadIds, LeadStage target, String reason, Long lostReasonId,
                                  boolean withoutAdmission) {
        leads.requireStaff();
        Instant now = clock.instant();
        int moved = 0;
        List<String> refused = new ArrayList<>();
        Map<String, Integer> why = new LinkedHashMap<>();
        List<Lead> found = stillListed(leadIds);
        Map<Long, java.util.Set<LeadStage>> reached = UnrecordedAdmission.concerns(target)
                ? pipeline.stagesReached(PipelineRepository.idsOfLeads(found)) : Map.of();
        int unadmitted = 0;
        List<LeadStage> skipped = new ArrayList<>();
        for (Lead lead : found) {
            try {
                leads.moveStage(lead, target, reason, lostReasonId, new LeadService.AdmissionCheck(
                        reached.getOrDefault(lead.getId(), java.util.Set.of()), withoutAdmission), now);
                moved++;
            } catch (AdmissionNotRecordedException asked) {
                unadmitted++;
                skipped.addAll(asked.skipped());
            } catch (BusinessRuleException broken) {
                refused.add(lead.fullName());
                // Said once per reason, without the name the one-lead message carries ("….bulk" keys).
                why.merge(broken.messageKey() + ".bulk", 1, Integer::sum);
            }
        }
        if (unadmitted > 0) {
            // Asked, not partly done: the transaction rolls back the moves of the others, made again with the answer.
            throw AdmissionNotRecordedException.ofLeads(unadmitted, target, skipped);
        }
        return new BulkResult(moved, refused, withGone(why, found, leadIds));
    }

    /**
     * Sends the template, merged for each person, to the chosen leads whose consent is valid at the time of sending
     * (CASL, {@link MailingConsents}: express, or implied by a request, a registration or an application in the last
     * six months) and who have not unsubscribed from the centre's bulk e-mail; the others are left out, counted by
     * why, as are the leads chosen that were merged or erased since (never a refusal of the whole sending). Each
     * message names the centre and carries its own unsubscribe link; each sent e-mail is on the lead's timeline.
     * Without a preview: the lead list sends what it previewed, by {@link #sendPreviewed}.
     */
    @Transactional
    public BulkResult email(List<Long> leadIds, long templateId) {
        return email(leadIds, templateId, null);
    }

    /**
     * As {@link #email(List, long)}, each person getting the version in the language they read (the language of
     * their request, registration or application): {@code otherLanguageId}, a template in the other language, for
     * those who read it, the template for everyone else. Without it, everyone gets the template.
     */
    @Transactional
    public BulkResult email(List<Long> leadIds, long templateId, Long otherLanguageId) {
        leads.requireStaff();
        Instant now = clock.instant();
        // Leads merged or erased since they were chosen are left out and counted, the others sent to: a sending is
        // not refused whole for one lead gone.
        List<Lead> found = stillListed(leadIds);
        return send(found, bulkEmailing(found, templateId, otherLanguageId, now), leadIds, now);
    }

    /**
     * What {@link #email(List, long, Long)} would do now, nothing written and nothing locked: who of the chosen leads
     * would receive it, who is left out and why, and the message the first recipient of each version would receive,
     * rendered by the same code as the sending (the centre's footer, its unsubscribe and consent links shown with
     * "…" for their tokens). Refused for the same reasons as the sending (no lead chosen, too many, the centre's
     * mailing address missing, two versions in one language).
     */
    @Transactional
    public BulkEmailPreview previewEmail(List<Long> leadIds, long templateId, Long otherLanguageId) {
        leads.requireStaff();
        checkChoice(leadIds);
        // In the sending's order, which locks the leads in the order of their ids: the first recipient is the same.
        List<Lead> chosen = pipeline.leads(leadIds).stream().sorted(java.util.Comparator.comparing(Lead::getId))
                .toList();
        return preview(leadIds, templateId, otherLanguageId,
                bulkEmailing(chosen, templateId, otherLanguageId, clock.instant()));
    }

    /**
     * Sends the e-mail {@code previewed} showed, once the recruiter confirmed it: to the same people, the same message.
     * The leads are locked and everything is read again (consents, unsubscriptions, the templates, the list); when the
     * sending would now reach other people or send another message — someone else merged a lead, a person withdrew
     * their consent or unsubscribed, a colleague edited the template —, nothing is sent and the new preview is
     * returned instead, for the recruiter to confirm in turn.
     */
    @Transactional
    public EmailSending sendPreviewed(BulkEmailPreview previewed) {
        leads.requireStaff();
        Instant now = clock.instant();
        List<Lead> found = stillListed(previewed.chosen());
        BulkEmailing sending = bulkEmailing(found, previewed.templateId(), previewed.otherLanguageId(), now);
        BulkEmailPreview current = preview(previewed.chosen(), previewed.templateId(), previewed.otherLanguageId(),
                sending);
        if (!previewed.sendsAsPreviewed(current)) {
            return new EmailSending(null, current);
        }
        return new EmailSending(send(found, sending, previewed.chosen(), now), null);
    }

    /**
     * A bulk e-mail sent after its preview ({@code sent}), or not sent because it would no longer be the one previewed
     * ({@code newPreview}, what it would be now).
     */
    public record EmailSending(BulkResult sent, BulkEmailPreview newPreview) implements java.io.Serializable {
    }

    private BulkEmailPreview preview(List<Long> leadIds, long templateId, Long otherLanguageId,
                                     BulkEmailing sending) {
        return sending.preview(leadIds, templateId, otherLanguageId, unsubscriptions::shownLink,
                content -> outbox.preview(TenantContext.currentTenantId(), content));
    }

    private BulkResult send(List<Lead> found, BulkEmailing sending, List<Long> leadIds, Instant now) {
        Map<Long, Lead> byId = new java.util.HashMap<>();
        found.forEach(lead -> byId.put(lead.getId(), lead));
        List<Long> reached = new ArrayList<>();
        for (BulkEmailRules.Addressee person : sending.recipients()) {
            Lead lead = byId.get(person.id());
            // CASL: bulk e-mail names its sender and carries a working way to unsubscribe, in the message's language.
            ca.tremplin.mail.MailContent message = sending.composedFor(person, language -> unsubscriptions.newLink(
                    lead.getTenantId(), lead.getEmailNormalized(), language));
            outbox.enqueue(lead.getTenantId(), message.bySomeoneOfStaff());
            leads.record(lead, LeadEventKind.EMAIL_SENT, message.subject(), now);
            reached.add(lead.getId());
        }
        return new BulkResult(reached.size(), sending.leftOutNames(), sending.whyLeftOut(leadIds), reached);
    }

    /**
     * The reasons people were left out for, with the leads chosen that are no longer in the list (merged into another
     * record, or erased) counted under a reason of their own: they have no name left to give.
     */
    private static Map<String, Integer> withGone(Map<String, Integer> whyLeftOut, List<Lead> found,
                                                 List<Long> leadIds) {
        int gone = new HashSet<>(leadIds).size() - found.size();
        if (gone <= 0) {
            return whyLeftOut;
        }
        Map<String, Integer> why = new LinkedHashMap<>(whyLeftOut);
        why.put(GONE, gone);
        return why;
    }

    /** Why a lead chosen for a bulk action was left out: it was merged into another record or removed since. */
    static final String GONE = "leads.leftOut.gone";

    /**
     * A bulk e-mail worked out for the chosen leads at {@code now}: who receives it (CASL and unsubscriptions, by
     * {@link BulkEmailRules}), the sender, and each recipient's merged message.
     */
    private BulkEmailing bulkEmailing(List<Lead> chosen, long templateId, Long otherLanguageId, Instant now) {
        ReplyTemplate main = template(templateId);
        ReplyTemplate other = otherLanguageId == null ? null : template(otherLanguageId);
        Map<Long, MailingConsents.Standing> consent = mailingConsents.standing(PipelineRepository.idsOfLeads(chosen),
                now);
        Set<String> unsubscribed = unsubscriptions.optedOut(chosen.stream().map(Lead::getEmailNormalized)
                .filter(java.util.Objects::nonNull).toList());
        Tenant sender = tenants.findById(TenantContext.currentTenantId()).orElseThrow();
        // Refused here, before anything is sent, for two versions in one language or a sender without its address.
        // {programTitle}, as in a reply: the program each person asked about last, in the message's language.
        return new BulkEmailing(chosen.stream().map(BulkEmailRules.Addressee::of).toList(), consent, unsubscribed,
                main, other, sender, signedInUser.getDisplayName(), signedInUser::tenantName,
                pipeline::latestInterest);
    }

    private ReplyTemplate template(long id) {
        ReplyTemplate template = pipeline.findTemplate(id).orElseThrow(() -> new NotFoundException("template " + id));
        ReplyTemplate.requireKnownFields(template);
        return template;
    }

    /**
     * The chosen leads still in the list, locked in the order of their ids: a lead merged into another record or gone
     * since the list was shown (by a colleague, an import undone) is not among them, and {@link #withGone} counts it.
     */
    private List<Lead> stillListed(List<Long> leadIds) {
        checkChoice(leadIds);
        return pipeline.lockedLeads(leadIds);
    }

    private static void checkChoice(List<Long> leadIds) {
        if (leadIds == null || leadIds.isEmpty()) {
            throw new BusinessRuleException("leads.chooseLeads");
        }
        if (leadIds.size() > BULK_LIMIT) {
            throw new BusinessRuleException("leads.tooMany", BULK_LIMIT);
        }
    }

    /**
     * How many leads an action changed, the names of those it left as they were, and how many it left out for each
     * reason (a message key: bulk e-mail's consents, a stage move's rules, a lead gone since it was chosen).
     *
     * @param reached the leads the action reached, by id, where it says (a bulk e-mail's recipients; else empty)
     */
    public record BulkResult(int done, List<String> leftOut, Map<String, Integer> whyLeftOut, List<Long> reached)
            implements java.io.Serializable {

        public BulkResult(int done, List<String> leftOut, Map<String, Integer> whyLeftOut) {
            this(done, leftOut, whyLeftOut, List.of());
        }

        public BulkResult(int done, List<String> leftOut) {
            this(done, leftOut, Map.of());
        }

        /** How many were left as they were or left out, whatever the reason. */
        public int skipped() {
            return whyLeftOut.values().stream().mapToInt(Integer::intValue).sum();
        }
    }
}
