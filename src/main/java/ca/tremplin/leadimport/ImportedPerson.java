package ca.tremplin.leadimport;

import ca.tremplin.inquiry.FieldProblem;
import ca.tremplin.inquiry.InquiryValidator;
import ca.tremplin.inquiry.InvalidInquiryException;
import ca.tremplin.person.ConsentPurpose;
import ca.tremplin.person.ConsentTexts;
import ca.tremplin.person.ContactDetails;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One row read as a person, by the rules of information requests (names, e-mail, phone for the country), with
 * whether they came and the consents the file proves — a consent column's value with its header as the proof.
 * A row that cannot be read carries the reasons, in the staff member's language.
 */
public record ImportedPerson(long line, ContactDetails person, boolean attended,
                             Map<ConsentPurpose, ConsentTexts.Shown> consents, Map<ConsentPurpose, Boolean> granted,
                             String problems) {

    private static final Set<String> YES = Set.of("yes", "oui", "true", "1", "y", "o", "x", "checked in",
            "attended", "present");

    public boolean isValid() {
        return problems == null;
    }

    public static ImportedPerson read(ImportTable.Row row, ColumnMapping mapping, List<String> headers,
                                      ImportFormat format, String fileName, Locale staffLanguage) {
        String first = value(row, mapping, ImportField.FIRST_NAME);
        String last = value(row, mapping, ImportField.LAST_NAME);
        String full = value(row, mapping, ImportField.FULL_NAME);
        if ((first == null || last == null) && full != null) {
            String[] parts = full.strip().split("\\s+", 2);
            first = first == null ? parts[0] : first;
            last = last == null ? (parts.length > 1 ? parts[1] : null) : last;
        }
        String countryText = value(row, mapping, ImportField.COUNTRY);
        Optional<String> country = CountryNames.code(countryText);
        // An unknown country is said first: the phone may be refused only because its country is not known.
        List<FieldProblem> countryProblem = countryText != null && country.isEmpty()
                ? List.of(new FieldProblem("countryOfResidence", "inquiry.invalid.country")) : List.of();
        try {
            ContactDetails person = InquiryValidator.validateContact(first, last, value(row, mapping,
                    ImportField.EMAIL), value(row, mapping, ImportField.PHONE), country.orElse(null), false,
                    ca.tremplin.kernel.Languages.FRENCH);
            if (!countryProblem.isEmpty()) {
                throw new InvalidInquiryException(List.of());
            }
            String attendedText = value(row, mapping, ImportField.ATTENDED);
            boolean attended = format == ImportFormat.TEAMS_ATTENDANCE
                    || (attendedText != null && YES.contains(ImportField.normalize(attendedText)));
            Map<ConsentPurpose, ConsentTexts.Shown> consents = new EnumMap<>(ConsentPurpose.class);
            Map<ConsentPurpose, Boolean> granted = new EnumMap<>(ConsentPurpose.class);
            proven(row, mapping, headers, ImportField.CONSENT_CONTACT, ConsentPurpose.CONTACT, fileName, consents,
                    granted);
            proven(row, mapping, headers, ImportField.CONSENT_NEWS, ConsentPurpose.NEWS, fileName, consents,
                    granted);
            return new ImportedPerson(row.line(), person, attended, consents, granted, null);
        } catch (InvalidInquiryException invalid) {
            List<FieldProblem> all = new java.util.ArrayList<>(countryProblem);
            all.addAll(invalid.problems());
            String reasons = all.stream().map(problem -> fieldName(problem.field(), staffLanguage)
                    + " : " + problem.message(staffLanguage)).collect(Collectors.joining(" ; "));
            return new ImportedPerson(row.line(), null, false, Map.of(), Map.of(), reasons);
        }
    }

    private static void proven(ImportTable.Row row, ColumnMapping mapping, List<String> headers, ImportField field,
                               ConsentPurpose purpose, String fileName, Map<ConsentPurpose, ConsentTexts.Shown> consents,
                               Map<ConsentPurpose, Boolean> granted) {
        Optional<Integer> column = mapping.column(field);
        String answer = value(row, mapping, field);
        if (column.isEmpty() || answer == null) {
            return;
        }
        String header = column.get() < headers.size() ? headers.get(column.get()) : field.name();
        consents.put(purpose, new ConsentTexts.Shown("import", "« " + header + " » = « " + answer + " » ("
                + fileName + ", ligne " + row.line() + ")"));
        granted.put(purpose, YES.contains(ImportField.normalize(answer)));
    }

    private static String value(ImportTable.Row row, ColumnMapping mapping, ImportField field) {
        String cell = mapping.column(field).map(row::cell).orElse(null);
        return cell == null || cell.isBlank() ? null : cell.strip();
    }

    private static String fieldName(String field, Locale language) {
        return ca.tremplin.kernel.Messages.get(language, "import.field." + field);
    }
}
