package ca.tremplin.pipeline;

import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.person.ContactDetails;
import ca.tremplin.person.LeadField;
import ca.tremplin.kernel.PhoneNumbers;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A value a member of staff typed into a person's details, checked and put in the form the record keeps: the same
 * rules as the public forms (names and addresses cleaned of invisible characters and composed, lengths the columns
 * hold, a phone read as a number of the country of residence or an international one and kept in E.164, a country
 * as its ISO code whatever its case). What cannot be kept is refused with a message naming the field, never cut
 * short or stored as typed.
 */
final class StaffEdits {

    static final int NAME_MAX = 100;
    static final int EMAIL_MAX = 254;

    /**
     * Control characters in a name (a tab, a line break pasted with it) become a blank; formatting characters are left
     * out first, as for any name ({@link ContactDetails#withoutFormatting}), the joiners that shape letters kept.
     */
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    private static final Pattern EMAIL = Pattern.compile(ca.tremplin.kernel.EmailAddresses.ADDRESS);
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private StaffEdits() {
    }

    /**
     * @param typed        the value typed, trimmed; null when the field was emptied
     * @param phoneCountry the country of residence the phone is read in when it has no international prefix
     * @return the value to keep (null: none; a name emptied is "")
     * @throws BusinessRuleException when it cannot be kept, saying why
     */
    static String checked(LeadField field, String typed, String phoneCountry) {
        String value = ContactDetails.cleanText(typed);
        if (value != null && value.isEmpty()) {
            value = null;
        }
        if (value == null) {
            if (field == LeadField.PHONE) {
                return null;
            }
            if (field == LeadField.FIRST_NAME || field == LeadField.LAST_NAME) {
                // A person may have one name only, in either field, as the forms and imports keep them; that one
                // of the two remains is checked with both (LeadService.updateDetails).
                return "";
            }
            throw new BusinessRuleException("lead.fieldRequired." + field.name());
        }
        return switch (field) {
            case FIRST_NAME, LAST_NAME -> name(field, value);
            case EMAIL -> email(value);
            case PHONE -> PhoneNumbers.toE164(value, phoneCountry)
                    .orElseThrow(() -> new BusinessRuleException("lead.phoneInvalid", typed));
            case COUNTRY, CITIZENSHIP -> country(value);
            case LANGUAGE -> language(value);
        };
    }

    /** Whether the names as they will be after an edit still name the person: one of the two is enough. */
    static boolean named(String firstName, String lastName) {
        return !(firstName == null || firstName.isBlank()) || !(lastName == null || lastName.isBlank());
    }

    private static String name(LeadField field, String value) {
        String name = CONTROL.matcher(ContactDetails.withoutFormatting(value)).replaceAll(" ").replaceAll("\\s+", " ")
                .strip();
        if (name.codePointCount(0, name.length()) > NAME_MAX) {
            throw new BusinessRuleException("lead.tooLong." + field.name(), NAME_MAX);
        }
        return name;
    }

    private static String email(String value) {
        String address = ContactDetails.cleanEmail(value);
        if (address == null || !EMAIL.matcher(address).matches()) {
            throw new BusinessRuleException("lead.emailInvalid");
        }
        if (address.codePointCount(0, address.length()) > EMAIL_MAX) {
            throw new BusinessRuleException("lead.tooLong.EMAIL", EMAIL_MAX);
        }
        return address;
    }

    private static String country(String value) {
        String code = value.toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(code)) {
            throw new BusinessRuleException("lead.countryInvalid");
        }
        return code;
    }

    private static String language(String value) {
        String code = value.toLowerCase(Locale.ROOT);
        if (!code.equals("fr") && !code.equals("en")) {
            throw new BusinessRuleException("lead.languageInvalid");
        }
        return code;
    }
}
