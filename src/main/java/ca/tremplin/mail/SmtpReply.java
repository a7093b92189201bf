package ca.tremplin.mail;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the mail server answered when a message was refused: its reply code (RFC 5321), the enhanced status code after
 * it when it gave one (RFC 3463, "5.1.1"), and the command it answered. Read from the failure the mail provider reports
 * (Angus Mail's SMTP exceptions carry {@code getReturnCode()} and {@code getCommand()}), by reflection, as the
 * application compiles against Jakarta Mail's API alone. The server's words never reach the log: many write the
 * recipient's address in them.
 *
 * <p>Only a permanent refusal of this message gives it up ({@link #refusesTheMessageForGood}): a 5xx reply to its
 * recipient or its content. A 5xx reply to the sender or the session, or one about the relay's own policy
 * (authentication, 530 or 535, relaying refused, 5.7.x), says the server is not set up to take our mail at all: every
 * message would get it, so none is given up for it before its time.
 */
record SmtpReply(int code, String enhancedCode, String command) {

    private static final Pattern ENHANCED = Pattern.compile("^\\d{3}[ -]([245]\\.\\d{1,3}\\.\\d{1,3})\\b");

    /** The server's reply found in {@code failure} or what it wraps; empty when no server answered (no connection). */
    static Optional<SmtpReply> of(Throwable failure) {
        Deque<Throwable> toRead = new ArrayDeque<>();
        Map<Throwable, Boolean> read = new IdentityHashMap<>();
        toRead.add(failure);
        while (!toRead.isEmpty() && read.size() < 20) {
            Throwable next = toRead.poll();
            if (read.put(next, Boolean.TRUE) != null) {
                continue;
            }
            Integer code = invoke(next, "getReturnCode", Integer.class);
            if (code != null && code > 0) {
                return Optional.of(new SmtpReply(code, enhanced(next.getMessage()),
                        invoke(next, "getCommand", String.class)));
            }
            if (next instanceof jakarta.mail.MessagingException messaging && messaging.getNextException() != null) {
                toRead.add(messaging.getNextException());
            }
            if (next.getCause() != null) {
                toRead.add(next.getCause());
            }
        }
        return Optional.empty();
    }

    /** A 5xx reply to the message's recipient or content, which no later attempt would change. */
    boolean refusesTheMessageForGood() {
        return code / 100 == 5 && aboutTheMessage() && !aboutThePolicy();
    }

    /**
     * A reply to this message's recipient or content, after which the connection serves the next message; not one to
     * the session (the sender, authentication), nor 421, the server closing the connection.
     */
    boolean aboutTheMessage() {
        String said = command == null ? "" : command.strip().toUpperCase(Locale.ROOT);
        return code != 421 && !said.startsWith("MAIL") && !said.startsWith("AUTH") && !said.startsWith("EHLO")
                && !said.startsWith("HELO") && !said.startsWith("STARTTLS");
    }

    private boolean aboutThePolicy() {
        return code == 530 || code == 535 || (enhancedCode != null && enhancedCode.startsWith("5.7."));
    }

    /** The reply as the outbox records and logs it: the codes, never the server's words. */
    String said() {
        return "SMTP " + code + (enhancedCode == null ? "" : " " + enhancedCode);
    }

    private static String enhanced(String reply) {
        if (reply == null) {
            return null;
        }
        Matcher found = ENHANCED.matcher(reply.strip());
        return found.find() ? found.group(1) : null;
    }

    private static <T> T invoke(Throwable failure, String method, Class<T> type) {
        try {
            Object value = failure.getClass().getMethod(method).invoke(failure);
            return type.isInstance(value) ? type.cast(value) : null;
        } catch (ReflectiveOperationException | RuntimeException notSaid) {
            return null;
        }
    }
}
