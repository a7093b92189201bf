package ca.tremplin.pipeline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import org.hibernate.annotations.TenantId;

/** A free label a recruiter puts on a lead ("salon-paris-2027", "bourse"), to filter and act on groups. */
@Entity
@Table(name = "lead_tag")
@IdClass(LeadTag.Key.class)
public class LeadTag {

    @Id
    @Column(name = "lead_id")
    private Long leadId;

    @Id
    private String tag;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private Long tenantId;

    protected LeadTag() {
    }

    LeadTag(long leadId, String tag) {
        this.leadId = leadId;
        this.tag = tag;
    }

    public Long getLeadId() { return leadId; }
    public String getTag() { return tag; }

    public record Key(Long leadId, String tag) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
