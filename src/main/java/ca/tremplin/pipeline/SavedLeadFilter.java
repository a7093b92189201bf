package ca.tremplin.pipeline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

/** A recruiter's named filter of the lead list, kept as {@link LeadFilter#toQuery()}. */
@Entity
@Table(name = "lead_saved_filter")
public class SavedLeadFilter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private Long tenantId;

    @Column(name = "owner_id")
    private Long ownerId;

    private String name;

    private String query;

    protected SavedLeadFilter() {
    }

    SavedLeadFilter(long ownerId, String name, LeadFilter filter) {
        this.ownerId = ownerId;
        this.name = name;
        this.query = filter.toQuery();
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getQuery() { return query; }
    public LeadFilter filter() { return LeadFilter.parse(query); }
}
