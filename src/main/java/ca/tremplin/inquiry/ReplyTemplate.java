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

    /** The text with each {field} replaced; unknown fields stay as typed, so a typo shows in the preview. */
    public static String merge(String text, Map<String, String> fields) {
        String merged = text;
        for (Map.Entry<String, String> field : fields.entrySet()) {
            merged = merged.replace("{" + field.getKey() + "}", field.getValue() == null ? "" : field.getValue());
        }
        return merged;
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
