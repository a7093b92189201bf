package ca.tremplin.event;

/**
 * The answer to a registration: its id, whether the person already had a place (then nothing new was written
 * and no second confirmation sent) and whether their lead was created by it; {@code waiting}, that the place is on
 * the event's waiting list, at {@code position} (1 for the next seat freed; 0 when not waiting).
 */
public record RegistrationReceipt(long registrationId, long leadId, boolean alreadyRegistered, boolean newLead,
                                  boolean waiting, int position) implements java.io.Serializable {

    /** A seat. */
    public RegistrationReceipt(long registrationId, long leadId, boolean alreadyRegistered, boolean newLead) {
        this(registrationId, leadId, alreadyRegistered, newLead, false, 0);
    }
}
