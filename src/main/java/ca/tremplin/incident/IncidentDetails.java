package ca.tremplin.incident;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * An incident as its form edits it, with the version it was read at, and the rules an entry of the register must
 * follow ({@link #check}): what the regulation asks for is there, the dates hold together and none is in the future,
 * and a serious risk has both notices answered — a date, or the reason there was none.
 *
 * <p>The number of people concerned is left empty while it is not known (the page says "unknown"); once known or
 * estimated it is a number of zero or more, and {@code peopleEstimated} says it is an approximation, as the
 * regulation allows.
 */
public class IncidentDetails implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int TEXT_LENGTH = 4000;
    static final int REASON_LENGTH = 2000;

    private String informationConcerned;
    private String circumstances;
    private LocalDate startedOn;
    private LocalDate endedOn;
    private LocalDate learnedOn;
    private Integer peopleConcerned;
    private boolean peopleEstimated;
    private RiskAssessment risk = RiskAssessment.BEING_ASSESSED;
    private String riskReasons;
    private LocalDate commissionNotifiedOn;
    private String commissionNotNotifiedBecause;
    private LocalDate peopleNotifiedOn;
    private String peopleNotNotifiedBecause;
    private String measuresTaken;
    private IncidentStatus status = IncidentStatus.OPEN;
    private long version;

    /** Texts stripped, blank ones emptied, so that "  " is no answer and a trailing space no change. */
    IncidentDetails normalised() {
        informationConcerned = text(informationConcerned);
        circumstances = text(circumstances);
        riskReasons = text(riskReasons);
        commissionNotNotifiedBecause = text(commissionNotNotifiedBecause);
        peopleNotNotifiedBecause = text(peopleNotNotifiedBecause);
        measuresTaken = text(measuresTaken);
        return this;
    }

    /** Throws the first rule this entry breaks, naming its field; {@code today} is the day in Québec. */
    void check(LocalDate today) {
        normalised();
        required(IncidentField.INFORMATION_CONCERNED, informationConcerned, TEXT_LENGTH);
        required(IncidentField.CIRCUMSTANCES, circumstances, TEXT_LENGTH);
        if (startedOn == null) {
            throw new IncidentRuleException(IncidentField.STARTED_ON, "incident.invalid.startRequired");
        }
        notFuture(IncidentField.STARTED_ON, startedOn, today);
        if (endedOn != null) {
            if (endedOn.isBefore(startedOn)) {
                throw new IncidentRuleException(IncidentField.ENDED_ON, "incident.invalid.endBeforeStart");
            }
            notFuture(IncidentField.ENDED_ON, endedOn, today);
        }
        if (learnedOn == null) {
            throw new IncidentRuleException(IncidentField.LEARNED_ON, "incident.invalid.learnedRequired");
        }
        if (learnedOn.isBefore(startedOn)) {
            throw new IncidentRuleException(IncidentField.LEARNED_ON, "incident.invalid.learnedBeforeStart");
        }
        notFuture(IncidentField.LEARNED_ON, learnedOn, today);
        if (peopleConcerned != null && peopleConcerned < 0) {
            throw new IncidentRuleException(IncidentField.PEOPLE_CONCERNED, "incident.invalid.people");
        }
        if (peopleConcerned == null && peopleEstimated) {
            throw new IncidentRuleException(IncidentField.PEOPLE_CONCERNED, "incident.invalid.estimateWithoutNumber");
        }
        if (risk == null) {
            throw new IncidentRuleException(IncidentField.RISK, "incident.invalid.riskRequired");
        }
        if (risk.assessed() && riskReasons == null) {
            throw new IncidentRuleException(IncidentField.RISK_REASONS, "incident.invalid.reasonsRequired");
        }
        longest(IncidentField.RISK_REASONS, riskReasons, TEXT_LENGTH);
        notice(IncidentField.COMMISSION_NOTIFIED_ON, commissionNotifiedOn,
                IncidentField.COMMISSION_NOT_NOTIFIED_BECAUSE, commissionNotNotifiedBecause, today);
        notice(IncidentField.PEOPLE_NOTIFIED_ON, peopleNotifiedOn,
                IncidentField.PEOPLE_NOT_NOTIFIED_BECAUSE, peopleNotNotifiedBecause, today);
        longest(IncidentField.MEASURES_TAKEN, measuresTaken, TEXT_LENGTH);
        if (status == null) {
            status = IncidentStatus.OPEN;
        }
        if (status == IncidentStatus.CLOSED) {
            if (!risk.assessed()) {
                throw new IncidentRuleException(IncidentField.STATUS, "incident.invalid.closeUnassessed");
            }
            if (measuresTaken == null) {
                throw new IncidentRuleException(IncidentField.MEASURES_TAKEN, "incident.invalid.closeWithoutMeasures");
            }
        }
    }

    /**
     * A notice: a date or the reason there was none, not both; with a serious risk, one of them. A date cannot come
     * before the day the organisation learned of the incident, nor after today.
     */
    private void notice(IncidentField dateField, LocalDate on, IncidentField reasonField, String because,
                        LocalDate today) {
        if (on != null && because != null) {
            throw new IncidentRuleException(reasonField, "incident.invalid.dateOrReason");
        }
        if (risk == RiskAssessment.SERIOUS && on == null && because == null) {
            throw new IncidentRuleException(dateField, dateField == IncidentField.COMMISSION_NOTIFIED_ON
                    ? "incident.invalid.commissionRequired" : "incident.invalid.peopleNoticeRequired");
        }
        if (on != null) {
            if (on.isBefore(learnedOn)) {
                throw new IncidentRuleException(dateField, "incident.invalid.noticeBeforeLearned");
            }
            notFuture(dateField, on, today);
        }
        longest(reasonField, because, REASON_LENGTH);
    }

    private static void required(IncidentField field, String value, int length) {
        if (value == null) {
            throw new IncidentRuleException(field, "incident.invalid.required");
        }
        longest(field, value, length);
    }

    private static void longest(IncidentField field, String value, int length) {
        if (value != null && value.length() > length) {
            throw new IncidentRuleException(field, "incident.invalid.tooLong", length);
        }
    }

    private static void notFuture(IncidentField field, LocalDate day, LocalDate today) {
        if (day.isAfter(today)) {
            throw new IncidentRuleException(field, "incident.invalid.future");
        }
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getInformationConcerned() { return informationConcerned; }
    public void setInformationConcerned(String informationConcerned) { this.informationConcerned = informationConcerned; }
    public String getCircumstances() { return circumstances; }
    public void setCircumstances(String circumstances) { this.circumstances = circumstances; }
    public LocalDate getStartedOn() { return startedOn; }
    public void setStartedOn(LocalDate startedOn) { this.startedOn = startedOn; }
    public LocalDate getEndedOn() { return endedOn; }
    public void setEndedOn(LocalDate endedOn) { this.endedOn = endedOn; }
    public LocalDate getLearnedOn() { return learnedOn; }
    public void setLearnedOn(LocalDate learnedOn) { this.learnedOn = learnedOn; }
    public Integer getPeopleConcerned() { return peopleConcerned; }
    public void setPeopleConcerned(Integer peopleConcerned) { this.peopleConcerned = peopleConcerned; }
    public boolean isPeopleEstimated() { return peopleEstimated; }
    public void setPeopleEstimated(boolean peopleEstimated) { this.peopleEstimated = peopleEstimated; }
    public RiskAssessment getRisk() { return risk; }
    public void setRisk(RiskAssessment risk) { this.risk = risk; }
    public String getRiskReasons() { return riskReasons; }
    public void setRiskReasons(String riskReasons) { this.riskReasons = riskReasons; }
    public LocalDate getCommissionNotifiedOn() { return commissionNotifiedOn; }
    public void setCommissionNotifiedOn(LocalDate commissionNotifiedOn) { this.commissionNotifiedOn = commissionNotifiedOn; }
    public String getCommissionNotNotifiedBecause() { return commissionNotNotifiedBecause; }
    public void setCommissionNotNotifiedBecause(String because) { this.commissionNotNotifiedBecause = because; }
    public LocalDate getPeopleNotifiedOn() { return peopleNotifiedOn; }
    public void setPeopleNotifiedOn(LocalDate peopleNotifiedOn) { this.peopleNotifiedOn = peopleNotifiedOn; }
    public String getPeopleNotNotifiedBecause() { return peopleNotNotifiedBecause; }
    public void setPeopleNotNotifiedBecause(String because) { this.peopleNotNotifiedBecause = because; }
    public String getMeasuresTaken() { return measuresTaken; }
    public void setMeasuresTaken(String measuresTaken) { this.measuresTaken = measuresTaken; }
    public IncidentStatus getStatus() { return status; }
    public void setStatus(IncidentStatus status) { this.status = status; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
