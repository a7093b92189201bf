package ca.tremplin.mail;

import java.time.Instant;

/** A message held for an undeliverable address, as the person's page lists it. */
public record HeldMail(long id, String subject, Instant writtenAt) implements java.io.Serializable {
}
