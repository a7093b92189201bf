package ca.tremplin.pipeline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

/** A reason a centre offers when a lead is lost ("CAQ refused", "chose another school"...). */
@Entity
@Table(name = "lost_reason")
public class LostReason implements java.io.Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private Long tenantId;

    private String label;

    private boolean active = true;

    protected LostReason() {
    }

    LostReason(String label) {
        this.label = label;
    }

    void restore() {
        active = true;
    }

    void withdraw() {
        active = false;
    }

    public Long getId() { return id; }
    public String getLabel() { return label; }
    public boolean isActive() { return active; }
}
