package ca.tremplin.pipeline;

import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.person.RetentionRule;
import ca.tremplin.person.RetentionService;
import ca.tremplin.web.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A centre admin's privacy page: how long the centre keeps people per situation, and what was anonymised (by the
 * nightly job) or erased (on request) and when, as counts.
 */
@Named
@ViewScoped
public class PrivacyPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int REPORTED_DAYS = 90;

    @Inject
    RetentionService retention;

    @Inject
    PageMessages messages;

    @Inject
    ca.tremplin.person.AccessLog accessLog;

    @Inject
    LeadService leads;

    @Inject
    ca.tremplin.access.AccessRequests accessRequests;

    @Inject
    ca.tremplin.web.LanguagePreference language;

    @Inject
    ca.tremplin.web.Formats formats;

    /** The hidden field of the requests' form that carries its showing's token. */
    static final String SENDING = "accessSending";
    /** The hidden field of each row naming the request it was shown with, followed by the row's number. */
    static final String PART_OF_ROW = "accessPart-";
    private final ca.tremplin.web.SubmissionTokens sendings = new ca.tremplin.web.SubmissionTokens();

    /** Whose accesses to show: a person (lead id) or a member of staff (user id), from the address. */
    private Long lead;
    private Long user;
    private Map<Long, String> staff;
    private transient List<ca.tremplin.person.PersonalDataAccess> accesses;

    /** Months per rule's name, as the form edits them. */
    private HashMap<String, Integer> months;
    private transient List<RetentionService.Anonymised> report;
    private transient List<ca.tremplin.access.AccessRequests.Row> requests;

    public void load() {
        if (staff == null) {
            staff = leads.staffNamesIncludingDeparted(language.getLocale());
        }
        if (months == null) {
            months = new HashMap<>();
            retention.policy().forEach((rule, value) -> months.put(rule.name(), value));
        }
    }

    public void save() {
        Map<RetentionRule, Integer> chosen = new EnumMap<>(RetentionRule.class);
        for (RetentionRule rule : RetentionRule.values()) {
            chosen.put(rule, months.get(rule.name()));
        }
        try {
            retention.save(chosen);
            messages.info("retention.saved");
        } catch (BusinessRuleException broken) {
            messages.explain(broken);
        }
    }

    public List<RetentionService.Anonymised> getReport() {
        if (report == null) {
            report = retention.report(REPORTED_DAYS);
        }
        return report;
    }

    /** The access log of the person or the member of staff the address names; none when it names neither. */
    public List<ca.tremplin.person.PersonalDataAccess> getAccesses() {
        if (accesses == null) {
            accesses = lead != null ? accessLog.ofPerson(lead) : user != null ? accessLog.byUser(user) : List.of();
        }
        return accesses;
    }

    /** Who did it: a member of staff, or (for a download of their own data) the person themselves. */
    public String staffName(Long userId) {
        return userId == null ? ca.tremplin.kernel.Messages.get(language.getLocale(), "access.thePerson")
                : staff.getOrDefault(userId, ca.tremplin.kernel.Messages.numbered(language.getLocale(), userId));
    }

    /** Requests for access and portability, those still to answer first, by deadline. */
    public List<ca.tremplin.access.AccessRequests.Row> getRequests() {
        if (requests == null) {
            requests = accessRequests.ofCentre();
        }
        return requests;
    }

    /** Whether a request is past its legal deadline without an answer. */
    public boolean late(ca.tremplin.access.AccessRequests.Row row) {
        return row.late(java.time.LocalDate.now(ca.tremplin.kernel.QuebecTime.ZONE));
    }

    /**
     * Sends the centre's part of a request to the person, the data attached. The form's showing carries a token
     * ({@link #SENDING}): the same showing sent again for the same part — a double click, the browser sending the post
     * again — mails the person nothing more and says it was sent already; sending again on purpose is done from the
     * page shown after, once confirmed.
     */
    public void sendRow(int row) {
        java.util.Map<String, String> sent = jakarta.faces.context.FacesContext.getCurrentInstance()
                .getExternalContext().getRequestParameterMap();
        Long partId = shownPart(sent.get(PART_OF_ROW + row));
        if (partId == null) {
            messages.error("access.sent.unknown");
            requests = null;
            return;
        }
        send(partId, sent.get(SENDING));
    }

    /**
     * The request a row of the form was shown with ({@link #PART_OF_ROW}): the list is read again for each post, and a
     * request answered since the form was shown has moved below the open ones, so the row's number alone would name
     * another person's request — a double click sent the next person their file. Null when the post carries none.
     */
    static Long shownPart(String value) {
        if (value == null || !value.matches("[0-9]{1,18}")) {
            return null;
        }
        return Long.valueOf(value);
    }

    void send(long partId, String sent) {
        if (sendings.alreadySaved(sent, partId)) {
            messages.info("access.sent.already");
        } else {
            try {
                accessRequests.send(partId);
                sendings.saved(sent, partId);
                messages.info("access.sent.done");
            } catch (BusinessRuleException broken) {
                messages.explain(broken);
            }
        }
        requests = null;
    }

    /**
     * What the confirmation of sending a request's answer again says: to whom, what, and when it was answered (a
     * request not answered yet is sent without one: that is what the person asked for).
     */
    public String sendAgainQuestion(ca.tremplin.access.AccessRequests.Row row) {
        return sendAgainQuestion(row, language.getLocale(), formats.dateTime(row.answeredAt()));
    }

    static String sendAgainQuestion(ca.tremplin.access.AccessRequests.Row row, java.util.Locale locale,
                                    String answeredAt) {
        return ca.tremplin.kernel.Messages.get(locale, "access.requests.sendAgainConfirm", row.email(),
                ca.tremplin.kernel.Messages.get(locale, row.answer().messageKey()), answeredAt);
    }

    /** The showings of the requests' form, each sent once (see {@link #send}). */
    public ca.tremplin.web.SubmissionTokens getSendings() { return sendings; }

    public Long getLead() { return lead; }
    public void setLead(Long lead) { this.lead = lead; }
    public Long getUser() { return user; }
    public void setUser(Long user) { this.user = user; }
    public Map<Long, String> getStaff() { return staff; }
    public RetentionRule[] getRules() { return RetentionRule.values(); }
    public Map<String, Integer> getMonths() { return months; }
}
