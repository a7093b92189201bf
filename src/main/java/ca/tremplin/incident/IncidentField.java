package ca.tremplin.incident;

import ca.tremplin.kernel.Messages;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * The fields of an incident that its history follows, each with the id of its control on the incident page, how its
 * value is written in the history (text, an ISO day, a number, a yes or no, a value of an enumeration) and read back
 * in the reader's language.
 */
public enum IncidentField {
    INFORMATION_CONCERNED("information", Kind.TEXT, IncidentDetails::getInformationConcerned),
    CIRCUMSTANCES("circumstances", Kind.TEXT, IncidentDetails::getCircumstances),
    STARTED_ON("started", Kind.DAY, IncidentDetails::getStartedOn),
    ENDED_ON("ended", Kind.DAY, IncidentDetails::getEndedOn),
    LEARNED_ON("learned", Kind.DAY, IncidentDetails::getLearnedOn),
    PEOPLE_CONCERNED("people", Kind.NUMBER, IncidentDetails::getPeopleConcerned),
    PEOPLE_ESTIMATED("estimated", Kind.YES_NO, IncidentDetails::isPeopleEstimated),
    RISK("risk", Kind.RISK, IncidentDetails::getRisk),
    RISK_REASONS("riskReasons", Kind.TEXT, IncidentDetails::getRiskReasons),
    COMMISSION_NOTIFIED_ON("commissionOn", Kind.DAY, IncidentDetails::getCommissionNotifiedOn),
    COMMISSION_NOT_NOTIFIED_BECAUSE("commissionWhyNot", Kind.TEXT, IncidentDetails::getCommissionNotNotifiedBecause),
    PEOPLE_NOTIFIED_ON("peopleOn", Kind.DAY, IncidentDetails::getPeopleNotifiedOn),
    PEOPLE_NOT_NOTIFIED_BECAUSE("peopleWhyNot", Kind.TEXT, IncidentDetails::getPeopleNotNotifiedBecause),
    MEASURES_TAKEN("measures", Kind.TEXT, IncidentDetails::getMeasuresTaken),
    STATUS("status", Kind.STATUS, IncidentDetails::getStatus);

    enum Kind { TEXT, DAY, NUMBER, YES_NO, RISK, STATUS }

    private final String controlId;
    private final Kind kind;
    private final Function<IncidentDetails, Object> value;

    IncidentField(String controlId, Kind kind, Function<IncidentDetails, Object> value) {
        this.controlId = controlId;
        this.kind = kind;
        this.value = value;
    }

    /** The id of the field's control in the incident form, beside which its messages are shown. */
    public String controlId() {
        return controlId;
    }

    public String messageKey() {
        return "incident.field." + controlId;
    }

    /** The value as the history keeps it: null for nothing, else text, an ISO day, digits, true or false, a name. */
    String stored(IncidentDetails details) {
        Object held = value.apply(details);
        if (held instanceof Enum<?> constant) {
            return constant.name();
        }
        return held == null ? null : held.toString();
    }

    boolean changed(IncidentDetails before, IncidentDetails after) {
        return !Objects.equals(stored(before), stored(after));
    }

    /** A value of the history as the reader reads it: days as written, enumerations and yes or no in their language. */
    public String shown(String stored, Locale language) {
        if (stored == null) {
            return kind == Kind.NUMBER ? Messages.get(language, "incident.peopleUnknown")
                    : Messages.get(language, "incident.nothing");
        }
        return switch (kind) {
            case YES_NO -> Messages.get(language, Boolean.parseBoolean(stored) ? "incident.yes" : "incident.no");
            case RISK -> Messages.get(language, RiskAssessment.valueOf(stored).messageKey());
            case STATUS -> Messages.get(language, IncidentStatus.valueOf(stored).messageKey());
            default -> stored;
        };
    }
}
