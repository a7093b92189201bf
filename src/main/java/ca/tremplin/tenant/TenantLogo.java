package ca.tremplin.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A tenant's logo, always a PNG re-encoded by {@link LogoImages}, stored apart from the tenant row. */
@Entity
@Table(name = "tenant_logo")
public class TenantLogo {

    @Id
    @Column(name = "tenant_id")
    private Long tenantId;

    @Column(name = "image_png", nullable = false)
    private byte[] imagePng;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected TenantLogo() {
    }

    TenantLogo(long tenantId, byte[] imagePng, Instant updatedAt) {
        this.tenantId = tenantId;
        this.imagePng = imagePng;
        this.updatedAt = updatedAt;
    }

    void replace(byte[] png, Instant when) {
        this.imagePng = png;
        this.updatedAt = when;
    }

    public byte[] getImagePng() {
        return imagePng;
    }
}
