package ca.tremplin.report;

import ca.tremplin.person.HeardFrom;
import ca.tremplin.person.InterestKind;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a report can be filtered and broken down by, each with its condition on a lead (alias {@code l}, or its id
 * alone, {@code %s}, for what is kept beside the lead), the join and the value a breakdown groups by (alias {@code b}),
 * and how its address value is read. A new dimension is one more constant. A breakdown's join is an outer one: the
 * leads that have no value (no program named, no event attended) are a row of their own, "none given", so that
 * every lead of the funnel is in the breakdown.
 */
public enum ReportDimension {

    SOURCE("source", "source", InterestKind.SOURCE,
            text -> HeardFrom.valueOf(text.toUpperCase(Locale.ROOT)).name()),
    PROGRAM("program", "program", InterestKind.PROGRAM, text -> String.valueOf(Long.parseLong(text))),
    INTAKE("intake", "intake", InterestKind.INTAKE, text -> java.time.YearMonth.parse(text).toString()),
    // A registration given up (cancelled), or a place on the waiting list, does not make the person the event's
    // registrant: a seat held leaves both times empty (EventRegistration says why, without naming its status here).
    EVENT("event", "event", "exists (select 1 from EventRegistration fe where fe.leadId = %s and fe.eventId = :event"
            + " and fe.cancelledAt is null and fe.waitlistedAt is null)",
            " left join EventRegistration b on b.leadId = %s and b.cancelledAt is null and b.waitlistedAt is null",
            "b.eventId", Long::valueOf),
    COUNTRY("country", "country", "l.countryOfResidence = :country", "", "l.countryOfResidence",
            ReportDimension::countryCode),
    RECRUITER("recruiter", "owner", "l.ownerId = :recruiter", "", "l.ownerId", Long::valueOf),
    /** The campaign that first brought the person (their lead's first touch). */
    FIRST_CAMPAIGN("firstCampaign", "firstCampaign", "l.attribution.firstCampaignId = :firstCampaign", "",
            "l.attribution.firstCampaignId", Long::valueOf),
    /** The last campaign the person came through before they acted (their lead's last touch). */
    LAST_CAMPAIGN("lastCampaign", "lastCampaign", "l.attribution.lastCampaignId = :lastCampaign", "",
            "l.attribution.lastCampaignId", Long::valueOf),
    /** The coordinator's only: a centre's own report is its centre's already. */
    CENTRE("centre", null, "l.tenantId = :centre", "", "l.tenantId", Long::valueOf);

    private final String parameter;
    private final String leadListParameter;
    private final String condition;
    private final String join;
    private final String groupedValue;
    private final InterestKind interestKind;
    private final Function<String, Object> reader;

    ReportDimension(String parameter, String leadListParameter, String condition, String join, String groupedValue,
                    Function<String, Object> reader) {
        this.parameter = parameter;
        this.leadListParameter = leadListParameter;
        this.condition = condition;
        this.join = join;
        this.groupedValue = groupedValue;
        this.interestKind = null;
        this.reader = reader;
    }

    /** A dimension read from what the person said ({@code LeadInterest}s of one kind). */
    ReportDimension(String parameter, String leadListParameter, InterestKind kind, Function<String, Object> reader) {
        String alias = "f_" + parameter;
        this.parameter = parameter;
        this.leadListParameter = leadListParameter;
        this.condition = "exists (select 1 from LeadInterest " + alias + " where " + alias + ".leadId = %s and "
                + alias + ".kind = " + InterestKind.class.getName() + "." + kind.name() + " and " + alias
                + ".value = :" + parameter + ")";
        this.join = " left join LeadInterest b on b.leadId = %s and b.kind = :breakdownKind";
        this.groupedValue = "b.value";
        this.interestKind = kind;
        this.reader = reader;
    }

    /** The address parameter that filters by it (also its HQL parameter's name). */
    public String parameter() {
        return parameter;
    }

    /** The lead list's address parameter for the same filter, or {@code null} when the list has none. */
    public String leadListParameter() {
        return leadListParameter;
    }

    /**
     * Whether the report form has it typed (an intake, a month) rather than chosen from a list: every other value
     * is a record or a code the reader should not have to know.
     */
    public boolean typed() {
        return this == INTAKE;
    }

    public String messageKey() {
        return "report.dimension." + name();
    }

    /** The value of an address parameter, as the queries compare it; an unreadable text throws. */
    Object read(String text) {
        return reader.apply(text.strip());
    }

    /**
     * The HQL condition on the lead {@code l} whose id is {@code leadId}, with the parameter named
     * {@link #parameter()}.
     */
    String condition(String leadId) {
        return condition.formatted(leadId);
    }

    /**
     * The HQL join a breakdown by this dimension needs (alias {@code b}) from the lead whose id is {@code leadId},
     * empty when it reads the lead itself.
     */
    String join(String leadId) {
        return join.formatted(leadId);
    }

    /** Whether its condition or value reads the lead's own columns (alias {@code l}), not only the lead's id. */
    boolean readsLead() {
        return condition.startsWith("l.");
    }

    /**
     * Whether a lead may have several values of it: programs, sources and intakes named in several requests, events
     * registered for. A breakdown by it counts a lead in each of its values' rows.
     */
    boolean manyPerLead() {
        return interestKind != null || this == EVENT;
    }

    /** The interest kind a breakdown's join compares with {@code :breakdownKind}, for those read from interests. */
    InterestKind interestKind() {
        return interestKind;
    }

    /** The HQL expression a breakdown groups by. */
    String groupedValue() {
        return groupedValue;
    }

    /** The dimension an address parameter names, if any. */
    /** As {@link #byParameter}, whatever the case of the name ("firstcampaign" as "firstCampaign"). */
    static Optional<ReportDimension> byParameterIgnoringCase(String name) {
        for (ReportDimension dimension : values()) {
            if (dimension.parameter.equalsIgnoreCase(name)) {
                return Optional.of(dimension);
            }
        }
        return Optional.empty();
    }

    static Optional<ReportDimension> byParameter(String name) {
        for (ReportDimension dimension : values()) {
            if (dimension.parameter.equals(name)) {
                return Optional.of(dimension);
            }
        }
        return Optional.empty();
    }

    private static final java.util.Set<String> COUNTRIES = java.util.Set.of(Locale.getISOCountries());

    /** A country's ISO code, whatever its case; "ZZ" names no country and is said so, not an empty report. */
    private static Object countryCode(String text) {
        String code = text.toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(code)) {
            throw new IllegalArgumentException(text);
        }
        return code;
    }
}
