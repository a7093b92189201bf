package ca.tremplin.inquiry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.hibernate.annotations.TenantId;

/**
 * A centre's reply to an information request, in one language, with merge fields in braces:
 * {@code {firstName}}, {@code {lastName}}, {@code {programTitle}}, {@code {schoolBoard}}, {@code {recruiter}}.
 */
@Entity
@Table(name = "reply_template")
public class ReplyTemplate implements java.io.Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private Long tenantId;

    @NotBlank
    @Size(max = 100)
    private String name;

    @Pattern(regexp = "fr|en")
    private String language = "fr";

    @NotBlank
    @Size(max = 200)
    private String subject;

    @NotBlank
    @Size(max = 10000)
    private String body;

    @Version
    private long version;

    public ReplyTemplate() {
    }

    public ReplyTemplate(String name, String language, String subject, String body) {
        this.name = name;
        this.language = language;
        this.subject = subject;
        this.body = body;
    }

    /** The merge fields a template may hold, by their English names. */
    public static final java.util.List<String> FIELDS =
            java.util.List.of("firstName", "lastName", "programTitle", "schoolBoard", "recruiter");

    /** The same fields as a French text names them ("Bonjour {prénom},"), with and without accents. */
    static final Map<String, String> FRENCH_NAMES = Map.of("prénom", "firstName", "prenom", "firstName",
            "nom", "lastName", "programme", "programTitle", "centre", "schoolBoard", "recruteur", "recruiter",
            "recruteuse", "recruiter");

    /** A word in braces, as a merge field is written (a brace around a sentence or a formula is not one). */
    private static final java.util.regex.Pattern FIELD =
            java.util.regex.Pattern.compile("\\{\\s*([\\p{L}_][\\p{L}\\p{M}\\p{N}_]{0,39})\\s*\\}");
    /**
     * What was meant as a merge field but is not written as one, which a person would read as typed: a name in
     * double braces ("{{prenom}}", whose merge would leave a pair of braces around the name), a few words or a
     * hyphenated name in braces ("{first name}", "{nom-de-famille}"), a brace never closed ("{programme").
     */
    private static final java.util.regex.Pattern MISWRITTEN_FIELD = java.util.regex.Pattern.compile(
            "\\{\\{[^{}\\n]{1,40}\\}\\}|\\{\\s*[\\p{L}_][\\p{L}\\p{M}\\p{N}_ '’\\-]{0,39}\\}"
                    + "|\\{\\s*[\\p{L}_][\\p{L}\\p{M}\\p{N}_]{0,39}(?=[^\\p{L}\\p{M}\\p{N}_}\\s]|\\s*$|\\s*\\n)");

    /**
     * The text with each {field} replaced, by its English or French name, whatever its case and the blanks inside
     * the braces. A word in braces that names no field is left as typed: {@link #unknownFields} finds those before
     * anything is saved or sent.
     */
    /**
     * What {@code {programTitle}} says: the program's title, or for a person who named none, "la formation
     * professionnelle" / "vocational training" — never nothing, which left "Votre projet d'études : " in a subject.
     */
    public static String programTitle(String title, java.util.Locale language) {
        return title == null || title.isBlank()
                ? ca.tremplin.kernel.Messages.get(language, "reply.anyProgram") : title;
    }

    public static String merge(String text, Map<String, String> fields) {
        java.util.regex.Matcher found = FIELD.matcher(java.text.Normalizer.normalize(text,
                java.text.Normalizer.Form.NFC));
        StringBuilder merged = new StringBuilder();
        while (found.find()) {
            String field = known(found.group(1));
            String value = field == null ? found.group() : fields.getOrDefault(field, found.group());
            found.appendReplacement(merged, java.util.regex.Matcher.quoteReplacement(value == null ? "" : value));
        }
        found.appendTail(merged);
        return merged.toString();
    }

    /** The words in braces of these texts that name no merge field, as typed ("{prenm}"), in order, once each. */
    public static java.util.List<String> unknownFields(String... texts) {
        java.util.Set<String> unknown = new java.util.LinkedHashSet<>();
        for (String typed : texts) {
            String text = java.text.Normalizer.normalize(typed == null ? "" : typed, java.text.Normalizer.Form.NFC);
            java.util.regex.Matcher found = FIELD.matcher(text);
            while (found.find()) {
                if (known(found.group(1)) == null) {
                    unknown.add(found.group());
                }
            }
            java.util.regex.Matcher miswritten = MISWRITTEN_FIELD.matcher(text);
            while (miswritten.find()) {
                java.util.regex.Matcher field = FIELD.matcher(miswritten.group());
                boolean wellWritten = field.matches() && known(field.group(1)) != null;
                if (!wellWritten) {
                    unknown.add(miswritten.group().strip());
                }
            }
        }
        return java.util.List.copyOf(unknown);
    }

    /**
     * Refuses to send a template saved before its fields were checked whose braces name no field: the person
     * would read "{prenm}" where their name should be.
     */
    public static void requireKnownFields(ReplyTemplate template) {
        java.util.List<String> unknown = unknownFields(template.getSubject(), template.getBody());
        if (!unknown.isEmpty()) {
            throw new ca.tremplin.kernel.BusinessRuleException("inquirySettings.templateUnknownFieldSent",
                    template.getName(), String.join(", ", unknown));
        }
    }

    /** The field a name in braces stands for, or null. */
    private static String known(String typed) {
        String name = java.text.Normalizer.normalize(typed, java.text.Normalizer.Form.NFC);
        for (String field : FIELDS) {
            if (field.equalsIgnoreCase(name)) {
                return field;
            }
        }
        return FRENCH_NAMES.get(name.toLowerCase(java.util.Locale.ROOT));
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public long getVersion() { return version; }
}
