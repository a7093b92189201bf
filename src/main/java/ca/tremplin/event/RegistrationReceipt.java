package ca.tremplin.event;

/**
 * The answer to a registration: its id, whether the person already had a place (then nothing new was written
 * and no second confirmation sent) and whether their lead was created by it.
 */
public record RegistrationReceipt(long registrationId, long leadId, boolean alreadyRegistered, boolean newLead) implements java.io.Serializable {
}
