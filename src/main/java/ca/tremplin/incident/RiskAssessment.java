package ca.tremplin.incident;

/**
 * Whether an incident carries a risk of serious injury to the people concerned: being assessed until the assessment
 * is done, then serious (the Commission d'accès à l'information and the people must be notified) or not.
 */
public enum RiskAssessment {
    BEING_ASSESSED,
    SERIOUS,
    NOT_SERIOUS;

    public String messageKey() {
        return "incident.risk." + name();
    }

    public boolean assessed() {
        return this != BEING_ASSESSED;
    }
}
