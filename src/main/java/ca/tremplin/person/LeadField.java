package ca.tremplin.person;

import java.util.function.BiConsumer;
import java.util.function.Function;

/** The personal fields of a lead that staff may correct, each audited when it changes. */
public enum LeadField {
    FIRST_NAME(Lead::getFirstName, Lead::setFirstName),
    LAST_NAME(Lead::getLastName, Lead::setLastName),
    EMAIL(Lead::getEmail, Lead::setEmail),
    PHONE(Lead::getPhoneE164, Lead::setPhoneE164),
    COUNTRY(Lead::getCountryOfResidence, Lead::setCountryOfResidence),
    CITIZENSHIP(Lead::getCitizenship, Lead::setCitizenship),
    LANGUAGE(Lead::getLanguage, Lead::setLanguage);

    private final Function<Lead, String> reader;
    private final BiConsumer<Lead, String> writer;

    LeadField(Function<Lead, String> reader, BiConsumer<Lead, String> writer) {
        this.reader = reader;
        this.writer = writer;
    }

    public String of(Lead lead) {
        return reader.apply(lead);
    }

    void write(Lead lead, String value) {
        writer.accept(lead, value);
    }

    public String messageKey() {
        return "lead.field." + name();
    }
}
