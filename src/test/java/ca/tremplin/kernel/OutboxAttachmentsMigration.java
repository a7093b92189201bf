package ca.tremplin.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

/**
 * What V98 does to the outbox a database holds ({@code EmbeddedDatabaseTest} migrates to V86, writes {@link #before},
 * migrates the rest and checks): every file a message carried is moved, byte for byte, to the table of files under its
 * message's key, and the message keeps everything else — its text, its file's name and type, its status —; a message
 * without a file gets none; the message's row holds no bytes any more.
 */
final class OutboxAttachmentsMigration {

    private OutboxAttachmentsMigration() {
    }

    /**
     * Message 9801 sent with a calendar file holding every byte value and a CRLF, 9802 waiting with a workbook of 1.2 MB
     * made by the server, 9803 without a file, 9804 erased (emptied, its file gone).
     */
    static void before(String url) throws Exception {
        String message = "insert into outbox_message (id, tenant_id, recipient, subject, body_text, status, attempts,"
                + " next_attempt_at, created_at, sent_at, attachment_name, attachment_type, attachment_content) values ";
        InvitedInterviewsAndMergedOptOutsMigration.writeAsBefore(url,
                message + "(9801, null, 'awa@v98.example', 'Inscription confirmée', 'Bonjour Awa', 'SENT', 1,"
                        + " '2026-05-01 10:00:00', '2026-05-01 10:00:00', '2026-05-01 10:00:01', 'event-41.ics',"
                        + " 'text/calendar; charset=UTF-8', concat(x'" + everyByte() + "', 'BEGIN:VCALENDAR\\r\\n'))",
                message + "(9802, null, 'binta@v98.example', 'Rapport hebdomadaire', 'Ci-joint.', 'PENDING', 0,"
                        + " '2026-05-01 10:00:00', '2026-05-01 10:00:00', null, 'rapport.xlsx',"
                        + " 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',"
                        + " repeat('PK', 600000))",
                message + "(9803, null, 'chidi@v98.example', 'Votre demande', 'Bonjour Chidi', 'SENT', 1,"
                        + " '2026-05-01 10:00:00', '2026-05-01 10:00:00', '2026-05-01 10:00:01', null, null, null)",
                message + "(9804, null, '', '—', '', 'SENT', 1, '2026-05-01 10:00:00', '2026-05-01 10:00:00',"
                        + " '2026-05-01 10:00:01', null, null, null)");
    }

    /** After V98: the two files under their messages, the same bytes; the four messages as they were. */
    static void everyFileIsMovedWholeAndEveryMessageKept(String url) throws Exception {
        assertEquals(List.of("9801|" + (256 + 17) + "|" + md5Of("concat(x'" + everyByte()
                        + "', 'BEGIN:VCALENDAR\\r\\n')", url), "9802|1200000|" + md5Of("repeat('PK', 600000)", url)),
                InvitedInterviewsAndMergedOptOutsMigration.rows(url, "select message_id, length(content), md5(content)"
                        + " from outbox_attachment where message_id between 9801 and 9804 order by message_id"),
                "each file under its message, byte for byte; none for a message without one");
        assertEquals(List.of("9801|awa@v98.example|Inscription confirmée|SENT|event-41.ics|text/calendar; charset=UTF-8",
                        "9802|binta@v98.example|Rapport hebdomadaire|PENDING|rapport.xlsx"
                                + "|application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        "9803|chidi@v98.example|Votre demande|SENT|null|null", "9804||—|SENT|null|null"),
                InvitedInterviewsAndMergedOptOutsMigration.rows(url, "select id, recipient, subject, status,"
                        + " attachment_name, attachment_type from outbox_message where id between 9801 and 9804"
                        + " order by id"), "every message kept, its file's name and type with it");
        assertEquals(List.of("0"), InvitedInterviewsAndMergedOptOutsMigration.rows(url, "select count(*) from"
                        + " information_schema.columns where table_schema = database() and table_name = 'outbox_message'"
                        + " and column_name = 'attachment_content'"), "the message's row holds no bytes any more");
        InvitedInterviewsAndMergedOptOutsMigration.writeAsBefore(url, "set foreign_key_checks = 1",
                "delete from outbox_message where id = 9801");
        assertEquals(List.of("9802"), InvitedInterviewsAndMergedOptOutsMigration.rows(url, "select message_id from"
                + " outbox_attachment where message_id between 9801 and 9804"), "a file goes with its message");
    }

    /** The 256 byte values, in hexadecimal. */
    private static String everyByte() {
        StringBuilder hex = new StringBuilder();
        for (int value = 0; value < 256; value++) {
            hex.append(String.format("%02x", value));
        }
        return hex.toString();
    }

    private static String md5Of(String expression, String url) throws Exception {
        return InvitedInterviewsAndMergedOptOutsMigration.rows(url, "select md5(" + expression + ")").get(0);
    }
}
