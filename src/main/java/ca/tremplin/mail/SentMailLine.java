package ca.tremplin.mail;

import java.time.Instant;

/**
 * One message as a list of what the outbox wrote shows it: to whom, its subject, when, where it stands and the name of
 * its file, if it has one. Never its bodies: a list of two hundred messages reads two hundred lines, not two hundred
 * letters in text and HTML; the one opened is read whole ({@link SentMail#find}).
 */
public record SentMailLine(long id, Instant writtenAt, String recipient, String subject, OutboxStatus status,
                           String attachmentName) {

    public boolean hasAttachment() {
        return attachmentName != null;
    }
}
