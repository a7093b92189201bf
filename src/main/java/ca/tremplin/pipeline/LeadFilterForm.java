package ca.tremplin.pipeline;

import ca.tremplin.kernel.AddressParameters;
import ca.tremplin.person.LeadStage;
import java.io.Serializable;

/**
 * The filter fields of the lead list and the board, as typed or read from the address ({@code ?stage=&owner=...});
 * both pages share it so that a saved filter opens either.
 */
public class LeadFilterForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String q;
    private LeadStage stage;
    private Long owner;
    private String country;
    private String tag;
    private Long program;
    private String intake;
    private ca.tremplin.person.HeardFrom source;
    private Long event;
    private Long firstCampaign;
    private Long lastCampaign;
    private java.time.LocalDate from;
    private java.time.LocalDate to;
    private java.time.LocalDate asOf;
    private LeadStage reached;
    private String counting;
    private Long handedOverFrom;
    private final java.util.LinkedHashMap<String, String> unreadable = new java.util.LinkedHashMap<>();

    public LeadFilter filter() {
        return new LeadFilter(stage, owner, country == null ? null : country.strip().toUpperCase(java.util.Locale.ROOT),
                tag, program, intake, source, event, firstCampaign, lastCampaign,
                LeadFilter.cohort(from, to, asOf, reached, counting), q, handedOverFrom);
    }

    /**
     * Whether the address named a report's cohort that cannot be (a period without its start or end or ending before
     * it starts, "reached" LOST, an unknown way of counting): the list then holds every lead and must say so.
     */
    public boolean isCohortIgnored() {
        boolean named = from != null || to != null || asOf != null || reached != null || counting != null;
        boolean countingKnown = counting == null || counting.equalsIgnoreCase(LeadFilter.FURTHEST)
                || counting.equalsIgnoreCase("REACHED");
        return named && (filter().cohort() == null || !countingKnown);
    }

    /** What the list and the board read from their address (their view parameters), and the language switch's. */
    static final java.util.Set<String> ADDRESS_NAMES = java.util.Set.of("q", "stage", "owner", "country", "tag",
            "program", "intake", "source", "event", "firstCampaign", "lastCampaign", "from", "to", "asOf", "reached",
            "counting", "handedOverFrom", "lang");

    /**
     * The names of an address's parameters that no filter has, as typed ("contry"), in the address's order: the
     * list would otherwise show every lead as if it were the ones asked for, without a word.
     */
    public String unknownNames(java.util.Map<String, String[]> parameters, java.util.Locale language) {
        return parameters.keySet().stream().filter(name -> !ADDRESS_NAMES.contains(name))
                .filter(name -> !name.startsWith("jakarta.faces.") && !name.contains(":"))
                .map(name -> ca.tremplin.kernel.Languages.quoted(ca.tremplin.kernel.ShortenedText.of(name, 40),
                        language))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /**
     * The values of the address that could not be read ({@code stage=nouveau}, {@code owner=abc},
     * {@code from=2026-02-30}), as typed, in the filters' order: left out of the filter, and said above it, where
     * the page answered "not found" for a link with a typo in one value.
     */
    public String unreadableValues(java.util.Locale language) {
        return unreadable.entrySet().stream()
                .map(value -> ca.tremplin.kernel.Languages.quoted(value.getKey() + "="
                        + ca.tremplin.kernel.ShortenedText.of(value.getValue(), 40), language))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /**
     * The filters an address gives more than one value ({@code stage=NEW&stage=LOST}): one is read, the first; the
     * others are said, not dropped without a word.
     */
    public String repeatedNames(java.util.Map<String, String[]> parameters, java.util.Locale language) {
        return parameters.entrySet().stream().filter(parameter -> ADDRESS_NAMES.contains(parameter.getKey()))
                .filter(parameter -> java.util.Arrays.stream(parameter.getValue())
                        .filter(value -> value != null && !value.isBlank()).map(String::strip).distinct().count() > 1)
                .map(parameter -> ca.tremplin.kernel.Languages.quoted(parameter.getKey(), language))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** A value of the address read by {@code reader} (null for what it cannot read), or remembered as unreadable. */
    private <T> T read(String name, String text, java.util.function.Function<String, T> reader) {
        unreadable.remove(name);
        if (text == null || text.isBlank()) {
            return null;
        }
        T value = reader.apply(text.strip());
        if (value == null) {
            unreadable.put(name, text.strip());
        }
        return value;
    }

    /** An id of the address: digits only, as the menus send them. */
    private static Long id(String text) {
        return text.matches("\\d{1,18}") ? Long.valueOf(text) : null;
    }

    /** A day of the address, yyyy-mm-dd of a day that exists ("2026-02-30" is not read as 28 February). */
    private static java.time.LocalDate day(String text) {
        try {
            return java.time.LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException unreadable) {
            return null;
        }
    }

    private static LeadStage stageNamed(String text) {
        return AddressParameters.enumValue(LeadStage.class, text);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    // The address's view parameters: text, read here, so that a value that cannot be read is said and left out.
    public String getStageText() { return text(stage); }
    public void setStageText(String text) { stage = read("stage", text, LeadFilterForm::stageNamed); }
    public String getOwnerText() { return text(owner); }
    public void setOwnerText(String text) { owner = read("owner", text, LeadFilterForm::id); }
    public String getProgramText() { return text(program); }
    public void setProgramText(String text) { program = read("program", text, LeadFilterForm::id); }
    public String getSourceText() { return text(source); }
    public void setSourceText(String text) {
        source = read("source", text, value -> AddressParameters.enumValue(ca.tremplin.person.HeardFrom.class, value));
    }
    public String getEventText() { return text(event); }
    public void setEventText(String text) { event = read("event", text, LeadFilterForm::id); }
    public String getFirstCampaignText() { return text(firstCampaign); }
    public void setFirstCampaignText(String text) { firstCampaign = read("firstCampaign", text, LeadFilterForm::id); }
    public String getLastCampaignText() { return text(lastCampaign); }
    public void setLastCampaignText(String text) { lastCampaign = read("lastCampaign", text, LeadFilterForm::id); }
    public String getFromText() { return text(from); }
    public void setFromText(String text) { from = read("from", text, LeadFilterForm::day); }
    public String getToText() { return text(to); }
    public void setToText(String text) { to = read("to", text, LeadFilterForm::day); }
    public String getAsOfText() { return text(asOf); }
    public void setAsOfText(String text) { asOf = read("asOf", text, LeadFilterForm::day); }
    public String getReachedText() { return text(reached); }
    public void setReachedText(String text) { reached = read("reached", text, LeadFilterForm::stageNamed); }
    public String getHandedOverFromText() { return text(handedOverFrom); }
    public void setHandedOverFromText(String text) {
        handedOverFrom = read("handedOverFrom", text, LeadFilterForm::id);
    }

    /** The filter as address parameters, for links and saved filters. */
    public String query() {
        return filter().toQuery();
    }

    public void clear() {
        unreadable.clear();
        q = null;
        stage = null;
        owner = null;
        country = null;
        tag = null;
        program = null;
        intake = null;
        source = null;
        event = null;
        firstCampaign = null;
        lastCampaign = null;
        from = null;
        to = null;
        asOf = null;
        reached = null;
        counting = null;
        handedOverFrom = null;
    }

    public ca.tremplin.person.HeardFrom[] getSources() { return ca.tremplin.person.HeardFrom.values(); }
    public ca.tremplin.person.HeardFrom getSource() { return source; }
    public void setSource(ca.tremplin.person.HeardFrom source) { this.source = source; }

    /** What was typed in the search box: a name, an e-mail or a phone. */
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public LeadStage getStage() { return stage; }
    public void setStage(LeadStage stage) { this.stage = stage; }
    public Long getOwner() { return owner; }
    public void setOwner(Long owner) { this.owner = owner; }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public String getTag() { return tag; }
    public void setTag(String tag) { this.tag = tag; }
    public Long getProgram() { return program; }
    public void setProgram(Long program) { this.program = program; }
    public String getIntake() { return intake; }
    public void setIntake(String intake) { this.intake = intake; }
    public Long getEvent() { return event; }
    public void setEvent(Long event) { this.event = event; }
    public Long getFirstCampaign() { return firstCampaign; }
    public void setFirstCampaign(Long firstCampaign) { this.firstCampaign = firstCampaign; }
    public Long getLastCampaign() { return lastCampaign; }
    public void setLastCampaign(Long lastCampaign) { this.lastCampaign = lastCampaign; }
    public java.time.LocalDate getFrom() { return from; }
    public void setFrom(java.time.LocalDate from) { this.from = from; }
    public java.time.LocalDate getTo() { return to; }
    public void setTo(java.time.LocalDate to) { this.to = to; }
    public java.time.LocalDate getAsOf() { return asOf; }
    public void setAsOf(java.time.LocalDate asOf) { this.asOf = asOf; }
    public LeadStage getReached() { return reached; }
    public void setReached(LeadStage reached) { this.reached = reached; }
    public Long getHandedOverFrom() { return handedOverFrom; }
    public void setHandedOverFrom(Long handedOverFrom) { this.handedOverFrom = handedOverFrom; }
    public String getCounting() { return counting; }
    public void setCounting(String counting) { this.counting = counting; }
}
