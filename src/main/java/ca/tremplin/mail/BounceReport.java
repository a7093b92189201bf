package ca.tremplin.mail;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a mail server reported back about a message: the addresses the report was sent to (where a {@link ReturnPath}
 * names the message) and, per recipient, whether delivery failed for good (5.x.x) or for now (4.x.x), with the
 * diagnostic. Read with Jakarta Mail from a delivery status notification (RFC 3464: {@code multipart/report} with a
 * {@code message/delivery-status} part, or RFC 6533's {@code message/global-delivery-status}), as Postfix, Sendmail,
 * Gmail and Google Workspace, Microsoft 365 and Exchange send them, and from the plain-text reports of Exim and qmail,
 * which carry none. A message that is neither is no report: {@link #failures()} empty.
 */
public record BounceReport(Set<String> sentTo, List<Failure> failures) {

    /** One recipient the report says was not delivered. */
    public record Failure(String recipient, boolean permanent, String status, String diagnostic) {
    }

    /** Most bytes read of a report: a bounce carrying back a large message is read for its report alone. */
    static final int MOST_BYTES = 10 * 1024 * 1024;

    /** The headers naming where the report was delivered: the return path it was sent to. */
    private static final List<String> ADDRESSED_TO = List.of("X-Original-To", "Delivered-To", "Envelope-To",
            "X-Envelope-To", "X-Rcpt-To", "To");

    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>\"'(),;:]+@[^\\s<>\"'(),;:]+");
    private static final Pattern STATUS = Pattern.compile("\\b([245])\\.(\\d{1,3})\\.(\\d{1,3})\\b");
    private static final Pattern SMTP_CODE = Pattern.compile("(?:^|\\s)([45])\\d\\d(?:[\\s-]|$)");

    /** The report in {@code raw}, an RFC 5322 message as the mailbox or a relay hands it over. */
    public static BounceReport read(InputStream raw) throws MessagingException, IOException {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(raw.readNBytes(MOST_BYTES)));
        return read(message);
    }

    static BounceReport read(MimeMessage message) throws MessagingException, IOException {
        Set<String> sentTo = new LinkedHashSet<>();
        for (String header : ADDRESSED_TO) {
            String[] values = message.getHeader(header);
            if (values != null) {
                for (String value : values) {
                    Matcher address = ADDRESS.matcher(value);
                    while (address.find()) {
                        sentTo.add(address.group());
                    }
                }
            }
        }
        String status = statusPart(message);
        List<Failure> failures = status != null ? fromDeliveryStatus(status) : fromPlainText(firstText(message));
        return new BounceReport(sentTo, failures);
    }

    /** The first permanent failure, else the first temporary one. */
    public java.util.Optional<Failure> worst() {
        return failures.stream().filter(Failure::permanent).findFirst().or(() -> failures.stream().findFirst());
    }

    /** The text of the delivery-status part, wherever it sits in the report's tree; null when there is none. */
    private static String statusPart(Part part) throws MessagingException, IOException {
        if (part.isMimeType("message/delivery-status") || part.isMimeType("message/global-delivery-status")) {
            return text(part);
        }
        if (part.isMimeType("multipart/*")) {
            Object content = part.getContent();
            if (content instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    // The returned message (message/rfc822, text/rfc822-headers) is the original, not the report.
                    if (child.isMimeType("message/rfc822") || child.isMimeType("text/rfc822-headers")) {
                        continue;
                    }
                    String found = statusPart(child);
                    if (found != null) {
                        return found;
                    }
                }
            }
        }
        return null;
    }

    /** The first text/plain of the report, for the reports that carry no delivery-status. */
    private static String firstText(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return text(part);
        }
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                if (child.isMimeType("message/rfc822")) {
                    continue;
                }
                String found = firstText(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static String text(Part part) throws MessagingException, IOException {
        String charset = null;
        try {
            charset = new ContentType(part.getContentType()).getParameter("charset");
        } catch (MessagingException unreadable) {
            // The default below.
        }
        try (InputStream in = part.getInputStream()) {
            byte[] bytes = in.readNBytes(MOST_BYTES);
            try {
                return new String(bytes, charset == null ? StandardCharsets.UTF_8
                        : java.nio.charset.Charset.forName(MimeUtility.javaCharset(charset)));
            } catch (IllegalArgumentException unknownCharset) {
                return new String(bytes, StandardCharsets.ISO_8859_1);
            }
        }
    }

    /**
     * RFC 3464 §2: a block of per-message fields, then a block per recipient, separated by blank lines; a field
     * continues on the lines that start with a blank. A recipient whose action is "failed" or "delayed" is one
     * failure; "delivered", "relayed" and "expanded" are not.
     */
    static List<Failure> fromDeliveryStatus(String status) {
        List<Failure> failures = new ArrayList<>();
        for (Map<String, String> fields : blocks(status)) {
            String action = fields.getOrDefault("action", "").toLowerCase(Locale.ROOT);
            String recipient = fields.containsKey("final-recipient") ? fields.get("final-recipient")
                    : fields.get("original-recipient");
            if (recipient == null || !(action.startsWith("failed") || action.startsWith("delayed"))) {
                continue;
            }
            String diagnostic = withoutType(fields.getOrDefault("diagnostic-code", ""));
            Matcher code = STATUS.matcher(fields.getOrDefault("status", ""));
            String statusCode = code.find() ? code.group() : action.startsWith("failed") ? "5.0.0" : "4.0.0";
            boolean permanent = statusCode.startsWith("5") && action.startsWith("failed");
            failures.add(new Failure(withoutType(recipient), permanent, statusCode, diagnostic));
        }
        return failures;
    }

    /** "rfc822; ana@example.org" as "ana@example.org", "smtp; 550 5.1.1 …" as "550 5.1.1 …". */
    private static String withoutType(String value) {
        int semicolon = value.indexOf(';');
        return (semicolon >= 0 ? value.substring(semicolon + 1) : value).strip();
    }

    private static List<Map<String, String>> blocks(String status) {
        List<Map<String, String>> blocks = new ArrayList<>();
        Map<String, String> block = new LinkedHashMap<>();
        String field = null;
        for (String line : status.replace("\r\n", "\n").split("\n", -1)) {
            if (line.isBlank()) {
                if (!block.isEmpty()) {
                    blocks.add(block);
                    block = new LinkedHashMap<>();
                }
                field = null;
            } else if ((line.charAt(0) == ' ' || line.charAt(0) == '\t') && field != null) {
                block.merge(field, " " + line.strip(), String::concat);
            } else {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    field = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                    block.put(field, line.substring(colon + 1).strip());
                }
            }
        }
        if (!block.isEmpty()) {
            blocks.add(block);
        }
        return blocks;
    }

    private static final Pattern EXIM_FAILED = Pattern.compile(
            "could not be delivered to one or more of its\\s+recipients", Pattern.CASE_INSENSITIVE);
    private static final Pattern EXIM_DELAYED = Pattern.compile(
            "has not yet been delivered to one or more of its\\s+recipients", Pattern.CASE_INSENSITIVE);
    private static final Pattern QMAIL = Pattern.compile("This is the qmail-send program", Pattern.CASE_INSENSITIVE);
    private static final Pattern QMAIL_RECIPIENT = Pattern.compile("^<([^<>\\s]+@[^<>\\s]+)>:\\s*$");

    /**
     * The plain-text reports of servers that send no delivery-status: Exim's ("This message was created
     * automatically by mail delivery software … could not be delivered …", the addresses indented below, each followed
     * by what the remote server said, further indented) and qmail's ("<address>:" then the diagnostic).
     */
    static List<Failure> fromPlainText(String text) {
        if (text == null) {
            return List.of();
        }
        List<String> lines = List.of(text.replace("\r\n", "\n").split("\n", -1));
        if (EXIM_FAILED.matcher(text).find() || EXIM_DELAYED.matcher(text).find()) {
            boolean delayed = !EXIM_FAILED.matcher(text).find();
            return exim(lines, !delayed && !text.toLowerCase(Locale.ROOT).contains("temporary error"));
        }
        if (QMAIL.matcher(text).find()) {
            return qmail(lines);
        }
        return List.of();
    }

    private static List<Failure> exim(List<String> lines, boolean permanent) {
        List<Failure> failures = new ArrayList<>();
        String recipient = null;
        int recipientIndent = -1;
        StringBuilder diagnostic = new StringBuilder();
        for (String line : lines) {
            if (line.startsWith("------ This is a copy") || line.startsWith("------ This is a copy of")) {
                break;
            }
            int indent = line.length() - line.stripLeading().length();
            String stripped = line.strip();
            if (indent > 0 && (recipient == null || indent <= recipientIndent) && isAddress(stripped)) {
                if (recipient != null) {
                    failures.add(failure(recipient, permanent, diagnostic.toString()));
                }
                recipient = stripped.replaceAll("^<|>$", "");
                recipientIndent = indent;
                diagnostic.setLength(0);
            } else if (recipient != null && indent > recipientIndent && !stripped.isEmpty()) {
                diagnostic.append(diagnostic.isEmpty() ? "" : " ").append(stripped);
            } else if (recipient != null && !stripped.isEmpty() && indent == 0) {
                failures.add(failure(recipient, permanent, diagnostic.toString()));
                recipient = null;
            }
        }
        if (recipient != null) {
            failures.add(failure(recipient, permanent, diagnostic.toString()));
        }
        return failures;
    }

    private static List<Failure> qmail(List<String> lines) {
        List<Failure> failures = new ArrayList<>();
        String recipient = null;
        StringBuilder diagnostic = new StringBuilder();
        for (String line : lines) {
            if (line.startsWith("--- Below this line is a copy")) {
                break;
            }
            Matcher named = QMAIL_RECIPIENT.matcher(line.strip());
            if (named.matches()) {
                if (recipient != null) {
                    failures.add(failure(recipient, true, diagnostic.toString()));
                }
                recipient = named.group(1);
                diagnostic.setLength(0);
            } else if (recipient != null && !line.isBlank()) {
                diagnostic.append(diagnostic.isEmpty() ? "" : " ").append(line.strip());
            }
        }
        if (recipient != null) {
            failures.add(failure(recipient, true, diagnostic.toString()));
        }
        return failures;
    }

    /**
     * A failure of a plain-text report: its status from the diagnostic's enhanced code, else from the SMTP reply's
     * class, else from what the report says of itself ("permanent error").
     */
    private static Failure failure(String recipient, boolean saidPermanent, String diagnostic) {
        Matcher enhanced = STATUS.matcher(diagnostic);
        String status;
        if (enhanced.find()) {
            status = enhanced.group();
        } else {
            Matcher reply = SMTP_CODE.matcher(diagnostic);
            status = reply.find() ? reply.group(1) + ".0.0" : saidPermanent ? "5.0.0" : "4.0.0";
        }
        return new Failure(recipient, status.startsWith("5"), status, diagnostic.strip());
    }

    private static boolean isAddress(String text) {
        return ADDRESS.matcher(text).matches() || (text.startsWith("<") && text.endsWith(">")
                && ADDRESS.matcher(text.substring(1, text.length() - 1)).matches());
    }
}
