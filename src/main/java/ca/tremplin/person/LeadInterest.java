package ca.tremplin.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;

/**
 * One thing a lead of the centre is interested in — a program, an intake — or how they heard of us, once per lead,
 * kept apart from the requests and registrations that said it so that the lead list and the board filter by it
 * through the centre's index ({@code tenant_id, kind, value}). Written by {@link LeadInterests} only; read by the
 * filters, where Hibernate adds the tenant like everywhere else.
 */
@Entity
@Immutable
@Table(name = "lead_interest")
@IdClass(LeadInterest.Key.class)
public class LeadInterest {

    @Id
    @Enumerated(EnumType.STRING)
    private InterestKind kind;

    @Id
    private String value;

    @Id
    @Column(name = "lead_id")
    private Long leadId;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private Long tenantId;

    protected LeadInterest() {
    }

    public InterestKind getKind() { return kind; }
    public String getValue() { return value; }
    public Long getLeadId() { return leadId; }

    public record Key(InterestKind kind, String value, Long leadId) implements Serializable {
        public Key() {
            this(null, null, null);
        }
    }
}
