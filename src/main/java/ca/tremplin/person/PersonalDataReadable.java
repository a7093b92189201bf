package ca.tremplin.person;

import ca.tremplin.kernel.Languages;
import ca.tremplin.kernel.Messages;
import ca.tremplin.kernel.MissingValue;
import ca.tremplin.kernel.QuebecTime;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person's data as they can read it: one HTML page in their language, a section per table that holds something
 * about them, its name and its columns' in words, times in Québec's time as the centre's pages show them, codes said
 * in words (a stage, a level of French, a country), yes and no. The person has the right to their data in an
 * intelligible form; the JSON, the CSV files and the workbook beside it stay the complete, structured copy for
 * another service (portability). Left out here only what says nothing to a person: the centre's number, a row's
 * version, the search and matching keys a database computes from the name and address, campaign numbers.
 */
public final class PersonalDataReadable {

    /** The labels of tables and columns: {@code ca/tremplin/i18n/personaldata_*.properties}. */
    static final String LABELS = "ca.tremplin.i18n.personaldata";

    /** The file in each language, French first. */
    public static final Map<Locale, String> FILE_NAMES = Map.of(Languages.FRENCH, "vos-donnees.html",
            Languages.ENGLISH, "your-data.html");

    /** Columns that say nothing to a person: kept in the JSON, CSV and workbook, left out of this page. */
    static final Set<String> NOT_SHOWN = Set.of("tenant_id", "version", "email_normalized", "search_name",
            "request_hash", "idempotency_key", "to_stage_rank", "standing_change_id", "change_id", "etag",
            "photo_key", "token_hash", "first_touch_campaign_id", "first_touch_activity_id",
            "last_touch_campaign_id", "last_touch_activity_id", "body_html", "calendar_sequence_offset",
            "news_held_id", "email_repeat");

    /** Columns that name a member of staff by id: shown by their name. */
    public static final Set<String> STAFF_COLUMNS = Set.of("owner_id", "assigned_to", "actor_id", "created_by",
            "decided_by", "reviewed_by", "moderated_by", "answered_by", "erased_by", "recorded_by", "user_id",
            "cancelled_by", "handed_over_from", "reported_by");

    /** The codes said in words, by column: the prefix of their message in the application's texts. */
    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("stage", "pipeline.stage."), Map.entry("from_stage", "pipeline.stage."),
            Map.entry("to_stage", "pipeline.stage."), Map.entry("standing_stage", "pipeline.stage."),
            Map.entry("french_level", "inquiry.frenchLevel."), Map.entry("education", "inquiry.education."),
            Map.entry("heard_from", "inquiry.heardFrom."), Map.entry("purpose", "consent.purpose."));

    /** The codes of one table's column said in words: an event of the record's history, a document's kind. */
    private static final Map<String, String> TABLE_CODES = Map.ofEntries(Map.entry("lead_event.kind", "inbox.event."),
            Map.entry("lead_document.kind", "document.kind."), Map.entry("routed_inquiry.status", "inquiry.status."),
            Map.entry("lead_document.status", "document.status."),
            Map.entry("offer_application.status", "application.status."),
            Map.entry("interview.answer", "interview.answer."),
            Map.entry("offer_application.news_told", "application.status."),
            Map.entry("showcase_decision.kind", "showcase.decision."),
            Map.entry("showcase_decision.from_status", "showcase.status."),
            Map.entry("showcase_decision.to_status", "showcase.status."));

    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?Z");
    private static final Pattern COUNTRY_COLUMNS = Pattern.compile("country_of_residence|citizenship");

    private PersonalDataReadable() {
    }

    /** The page, in {@code language}, of the set; {@code files} names each stored file's place in the zip. */
    public static String html(PersonalDataSet data, Locale language, Map<byte[], String> files) {
        Locale locale = Languages.supported(language);
        ResourceBundle labels = ResourceBundle.getBundle(LABELS, locale);
        String centre = locale.getLanguage().equals("en") && data.centreEn() != null ? data.centreEn()
                : data.centreFr();
        StringBuilder page = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(locale.getLanguage())
                .append("\"><head><meta charset=\"utf-8\"><title>")
                .append(escaped(Messages.get(locale, "personalData.readable.title", centre)))
                .append("</title><style>body{font-family:sans-serif;max-width:70rem;margin:1rem auto;padding:0 1rem;"
                        + "color:#1b1b1b;line-height:1.4}table{border-collapse:collapse;margin-bottom:1.5rem}"
                        + "th,td{border:1px solid #767676;padding:.3rem .5rem;text-align:left;vertical-align:top}"
                        + "th{background:#eef}td{white-space:pre-wrap}.visually-hidden{position:absolute;width:1px;"
                        + "height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}</style></head><body>\n<h1>")
                .append(escaped(Messages.get(locale, "personalData.readable.title", centre))).append("</h1>\n<p>")
                .append(escaped(Messages.get(locale, "personalData.readable.exportedAt", time(
                        data.exportedAt().toString(), locale)))).append("</p>\n<p>")
                .append(escaped(Messages.get(locale, "personalData.readable.files"))).append("</p>\n<p>")
                .append(escaped(Messages.get(locale, "personalData.readable.leftOut"))).append("</p>\n");
        PersonalDataSet.Table children = data.tables().get(PersonalDataExport.GUARDIAN_OF);
        if (children != null && !children.rows().isEmpty()) {
            // A parent's or guardian's answer says, before any table, why the children's own records are not in it.
            page.append("<p class=\"guardian\">")
                    .append(escaped(Messages.get(locale, "personalData.readable.guardian"))).append("</p>\n");
        }
        List<String> empty = new ArrayList<>();
        for (Map.Entry<String, PersonalDataSet.Table> table : data.tables().entrySet()) {
            String name = label(labels, "table." + table.getKey(), table.getKey());
            if (table.getValue().rows().isEmpty()) {
                empty.add(name);
                continue;
            }
            List<String> shown = table.getValue().columns().stream().filter(c -> !NOT_SHOWN.contains(c)).toList();
            page.append("<h2>").append(escaped(name)).append("</h2>\n<table><thead><tr>");
            for (String column : shown) {
                page.append("<th scope=\"col\">").append(escaped(label(labels, "column." + column, column)))
                        .append("</th>");
            }
            page.append("</tr></thead><tbody>\n");
            for (Map<String, Object> row : table.getValue().rows()) {
                page.append("<tr>");
                for (String column : shown) {
                    String value = said(table.getKey(), column, row, locale, files, labels, data.names());
                    page.append("<td>").append(MissingValue.isMark(value) ? MissingValue.html(locale)
                            : escaped(value)).append("</td>");
                }
                page.append("</tr>\n");
            }
            page.append("</tbody></table>\n");
        }
        if (!empty.isEmpty()) {
            page.append("<h2>").append(escaped(Messages.get(locale, "personalData.readable.nothing")))
                    .append("</h2>\n<ul>");
            empty.forEach(name -> page.append("<li>").append(escaped(name)).append("</li>"));
            page.append("</ul>\n");
        }
        return page.append("</body></html>\n").toString();
    }

    /**
     * A value as the person reads it: a member of staff or a program by name, a code in words (the labels' own
     * {@code value.table.column.CODE}, else the application's texts), a time in Québec's time.
     */
    static String said(String table, String column, Map<String, Object> row, Locale locale,
                       Map<byte[], String> files, ResourceBundle labels, PersonalDataSet.Names names) {
        Object value = row.get(column);
        if (value == null) {
            return MissingValue.MARK;
        }
        if (value instanceof Number id && STAFF_COLUMNS.contains(column)) {
            String name = names.staff().get(id.longValue());
            return name != null ? name : Messages.get(locale, "personalData.readable.staffMember", id.toString());
        }
        if (value instanceof Number id && column.equals("program_id")) {
            return program(names, id.longValue(), locale);
        }
        if (table.equals("lead_interest") && column.equals("value") && row.get("kind") != null) {
            String kind = row.get("kind").toString();
            if (kind.equals("PROGRAM") && value.toString().matches("\\d{1,18}")) {
                return program(names, Long.parseLong(value.toString()), locale);
            }
            if (kind.equals("SOURCE")) {
                String words = Messages.get(locale, "inquiry.heardFrom." + value);
                return words.startsWith("???") ? value.toString() : words;
            }
        }
        String words = label(labels, "value." + table + "." + column + "." + value, null);
        if (words != null) {
            return words;
        }
        return said(table, column, value, locale, files);
    }

    private static String program(PersonalDataSet.Names names, long id, Locale locale) {
        String[] titles = names.programs().get(id);
        if (titles == null) {
            return Messages.get(locale, "personalData.readable.program", String.valueOf(id));
        }
        return locale.getLanguage().equals("en") && titles[1] != null ? titles[1] : titles[0];
    }

    /** A value as the person reads it, whatever its row. */
    static String said(String table, String column, Object value, Locale locale, Map<byte[], String> files) {
        if (value == null) {
            return MissingValue.MARK;
        }
        if (value instanceof byte[] bytes) {
            String place = files == null ? null : files.get(bytes);
            return Messages.get(locale, "personalData.readable.file", place == null ? "" : place);
        }
        if (value instanceof Boolean truth) {
            return Messages.get(locale, truth ? "personalData.readable.yes" : "personalData.readable.no");
        }
        String text = value.toString();
        if (INSTANT.matcher(text).matches()) {
            return time(text, locale);
        }
        String codes = TABLE_CODES.getOrDefault(table + "." + column, CODES.get(column));
        if (codes != null) {
            String words = Messages.get(locale, codes + text);
            return words.startsWith("???") ? text : words;
        }
        if (COUNTRY_COLUMNS.matcher(column).matches() && text.matches("[A-Z]{2}")) {
            String country = new Locale("", text).getDisplayCountry(locale);
            return country.isEmpty() || country.equals(text) ? text : country + " (" + text + ")";
        }
        if (column.equals("language") && text.matches("[a-z]{2}")) {
            String name = Locale.forLanguageTag(text).getDisplayLanguage(locale);
            return name.isEmpty() ? text : name;
        }
        return text;
    }

    /** An instant of the data (UTC) as Québec's time: "5 déc. 2026 à 12 h 51" or "Dec 5, 2026 at 12:51 PM". */
    static String time(String instant, Locale locale) {
        try {
            ZonedDateTime quebec = Instant.parse(instant).atZone(QuebecTime.ZONE);
            DateTimeFormatter format = locale.getLanguage().equals("en")
                    ? DateTimeFormatter.ofPattern("MMM d, yyyy 'at' h:mm a", Locale.CANADA)
                    : DateTimeFormatter.ofPattern("d MMM yyyy 'à' H 'h' mm", Locale.CANADA_FRENCH);
            return format.format(quebec);
        } catch (DateTimeParseException unreadable) {
            return instant;
        }
    }

    private static String label(ResourceBundle labels, String key, String fallback) {
        try {
            return labels.getString(key);
        } catch (MissingResourceException none) {
            return fallback;
        }
    }

    private static String escaped(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
