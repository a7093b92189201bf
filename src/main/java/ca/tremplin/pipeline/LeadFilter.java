package ca.tremplin.pipeline;

import ca.tremplin.person.HeardFrom;
import ca.tremplin.person.LeadStage;
import java.io.Serializable;

/**
 * What the lead list and the board are narrowed to; every part is optional. The program is one the person asked
 * about in any of their requests or was captured with at one of the centre's events; the intake one that a request
 * asked for; the source how the person said they heard of the centre in any of their requests (all three read
 * from {@link LeadInterest}s); the event one the person registered for or was captured at; the campaigns those of
 * the person's first and last campaign touch; the cohort the leads behind a report's figure (a report's figure opens
 * the list with it and the report's filters); the text a name, an e-mail or a phone typed in the search box
 * ({@link ca.tremplin.kernel.PersonSearch}); {@code handedOverFrom}, a member of staff who left, the leads their
 * departure handed over (the link of the summary the colleague taking them over receives). Kept as a plain query
 * string for saved filters ({@link #toQuery()} and {@link #parse(String)}), so that a saved filter is also an address.
 */
public record LeadFilter(LeadStage stage, Long ownerId, String country, String tag, Long programId, String intake,
                         HeardFrom source, Long eventId, Long firstCampaignId, Long lastCampaignId,
                         FunnelCohort cohort, String text, Long handedOverFrom)
        implements Serializable {

    public static final LeadFilter NONE = new LeadFilter(null, null, null, null, null, null, null);

    /** The owner "nobody": leads that no member of staff follows (those of someone who left, for one). */
    public static final long NOBODY = 0L;

    /** The "counting" parameter of a cohort counted to the furthest stage reached (a report's way of counting). */
    static final String FURTHEST = "FURTHEST";

    /** A filter of the list's own fields, without event or campaigns. */
    public LeadFilter(LeadStage stage, Long ownerId, String country, String tag, Long programId, String intake,
                      HeardFrom source) {
        this(stage, ownerId, country, tag, programId, intake, source, null, null, null, null);
    }

    /** A filter of what the list's fields and the reports name, without a hand-over. */
    public LeadFilter(LeadStage stage, Long ownerId, String country, String tag, Long programId, String intake,
                      HeardFrom source, Long eventId, Long firstCampaignId, Long lastCampaignId, FunnelCohort cohort,
                      String text) {
        this(stage, ownerId, country, tag, programId, intake, source, eventId, firstCampaignId, lastCampaignId, cohort,
                text, null);
    }

    /** A filter without a text to search for. */
    public LeadFilter(LeadStage stage, Long ownerId, String country, String tag, Long programId, String intake,
                      HeardFrom source, Long eventId, Long firstCampaignId, Long lastCampaignId, FunnelCohort cohort) {
        this(stage, ownerId, country, tag, programId, intake, source, eventId, firstCampaignId, lastCampaignId, cohort,
                null);
    }

    public LeadFilter {
        text = blankToNull(text);
        if (text != null && text.length() > ca.tremplin.kernel.PersonSearch.MOST_CHARACTERS) {
            text = text.substring(0, ca.tremplin.kernel.PersonSearch.MOST_CHARACTERS);
        }
        country = blankToNull(country);
        tag = blankToNull(tag) == null ? null : LeadTags.normalize(tag);
        intake = blankToNull(intake);
    }

    public LeadFilter withStage(LeadStage newStage) {
        return new LeadFilter(newStage, ownerId, country, tag, programId, intake, source, eventId, firstCampaignId,
                lastCampaignId, cohort, text, handedOverFrom);
    }

    public LeadFilter withCohort(FunnelCohort newCohort) {
        return new LeadFilter(stage, ownerId, country, tag, programId, intake, source, eventId, firstCampaignId,
                lastCampaignId, newCohort, text, handedOverFrom);
    }

    public boolean followedByNobody() {
        return ownerId != null && ownerId == NOBODY;
    }

    /**
     * Whether the filter holds what the filter fields do not show: an event, campaigns, a report's cohort, a
     * colleague's hand-over.
     */
    public boolean narrowsBeyondFields() {
        return eventId != null || firstCampaignId != null || lastCampaignId != null || cohort != null
                || handedOverFrom != null;
    }

    public String toQuery() {
        StringBuilder query = new StringBuilder();
        append(query, "q", text);
        append(query, "stage", stage == null ? null : stage.name());
        append(query, "owner", ownerId == null ? null : ownerId.toString());
        append(query, "country", country);
        append(query, "tag", tag);
        append(query, "program", programId == null ? null : programId.toString());
        append(query, "intake", intake);
        append(query, "source", source == null ? null : source.name());
        append(query, "event", eventId == null ? null : eventId.toString());
        append(query, "firstCampaign", firstCampaignId == null ? null : firstCampaignId.toString());
        append(query, "lastCampaign", lastCampaignId == null ? null : lastCampaignId.toString());
        if (cohort != null) {
            append(query, "from", cohort.from().toString());
            append(query, "to", cohort.to().toString());
            append(query, "asOf", cohort.asOf().toString());
            append(query, "reached", cohort.reached() == null ? null : cohort.reached().name());
            append(query, "counting", cohort.furthest() ? FURTHEST : null);
        }
        append(query, "handedOverFrom", handedOverFrom == null ? null : handedOverFrom.toString());
        return query.toString();
    }

    /** Reads what {@link #toQuery()} wrote; unreadable parts are left out. */
    public static LeadFilter parse(String query) {
        java.util.Map<String, String> values = new java.util.HashMap<>();
        if (query != null) {
            for (String pair : query.split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    values.put(pair.substring(0, equals), decoded(pair.substring(equals + 1)));
                }
            }
        }
        return new LeadFilter(named(LeadStage.class, values.get("stage")), number(values.get("owner")),
                values.get("country"), values.get("tag"), number(values.get("program")), values.get("intake"),
                named(HeardFrom.class, values.get("source")), number(values.get("event")),
                number(values.get("firstCampaign")), number(values.get("lastCampaign")),
                cohort(date(values.get("from")), date(values.get("to")), date(values.get("asOf")),
                        named(LeadStage.class, values.get("reached")), values.get("counting")), values.get("q"),
                number(values.get("handedOverFrom")));
    }

    /**
     * The cohort of a period ({@code from} and {@code to} both given), "as of" its end unless said, or none; the
     * leads that reached {@code reached} by then, counting as recorded or ({@code counting} FURTHEST) to the
     * furthest stage. A cohort that cannot be (the period reversed, a stage reached of LOST, a year out of
     * {@link FunnelCohort#plausible}) is none.
     */
    public static FunnelCohort cohort(java.time.LocalDate from, java.time.LocalDate to, java.time.LocalDate asOf,
                                      LeadStage reached, String counting) {
        if (from == null || to == null || to.isBefore(from) || reached == LeadStage.LOST
                || !FunnelCohort.plausible(from) || !FunnelCohort.plausible(to)
                || (asOf != null && !FunnelCohort.plausible(asOf))) {
            return null;
        }
        return new FunnelCohort(from, to, asOf == null ? to : asOf, reached, FURTHEST.equalsIgnoreCase(counting));
    }

    /**
     * The parameters of {@code query} that {@link #parse} would leave out for being unreadable (an unknown stage or
     * source, an id that is not a number), in the order given: an export must not widen silently to every lead.
     */
    public static java.util.List<String> unreadable(String query) {
        java.util.List<String> unread = new java.util.ArrayList<>();
        if (query == null) {
            return unread;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                continue;
            }
            String name = pair.substring(0, equals);
            String value = decoded(pair.substring(equals + 1)).strip();
            boolean unreadable = switch (name) {
                case "stage" -> !value.isEmpty() && named(LeadStage.class, value) == null;
                case "source" -> !value.isEmpty() && named(HeardFrom.class, value) == null;
                case "owner", "program", "event", "firstCampaign", "lastCampaign", "handedOverFrom" ->
                        !value.isEmpty() && number(value) == null;
                case "from", "to", "asOf" -> !value.isEmpty() && date(value) == null;
                case "reached" -> !value.isEmpty() && (named(LeadStage.class, value) == null
                        || LeadStage.LOST.name().equals(value));
                case "counting" -> !value.isEmpty() && !FURTHEST.equalsIgnoreCase(value)
                        && !"REACHED".equalsIgnoreCase(value);
                default -> false;
            };
            if (unreadable) {
                unread.add(name);
            }
        }
        // Each date readable, the period itself may not be (its end before its start, its start alone): the list
        // then says it holds every lead; an export would hold them all without saying it.
        boolean namesCohort = java.util.Arrays.stream(query.split("&")).map(pair -> pair.split("=", 2))
                .anyMatch(pair -> pair.length == 2 && !pair[1].isBlank()
                        && java.util.Set.of("from", "to", "asOf", "reached", "counting").contains(pair[0]));
        if (unread.isEmpty() && namesCohort && parse(query).cohort() == null) {
            unread.add("from, to");
        }
        return unread;
    }

    /** A parameter's value as sent; one with a stray "%" (a careless paste) is taken as typed. */
    private static String decoded(String value) {
        try {
            return java.net.URLDecoder.decode(value, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return value;
        }
    }

    private static <E extends Enum<E>> E named(Class<E> type, String name) {
        try {
            return name == null ? null : Enum.valueOf(type, name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static java.time.LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : java.time.LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException unreadable) {
            return null;
        }
    }

    private static Long number(String text) {
        try {
            return text == null ? null : Long.valueOf(text);
        } catch (NumberFormatException unreadable) {
            return null;
        }
    }

    private static void append(StringBuilder query, String name, String value) {
        if (value != null) {
            query.append(query.length() == 0 ? "" : "&").append(name).append('=')
                    .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
