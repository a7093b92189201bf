package ca.tremplin.inquiry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.List;

/**
 * A centre's settings for information requests: how new ones are shared among recruiters, how many business
 * hours it gives itself to answer, and which web origins may post requests to the API from their pages.
 * Keyed by the tenant's id; read across tenants by the intake, hence not a {@code @TenantId} entity.
 */
@Entity
@Table(name = "inquiry_settings")
public class InquirySettings implements java.io.Serializable {

    public static final int DEFAULT_RESPONSE_HOURS = 8;

    @Id
    @Column(name = "tenant_id")
    private Long tenantId;

    @Enumerated(EnumType.STRING)
    @Column(name = "routing_rule")
    private RoutingRule routingRule = RoutingRule.ROUND_ROBIN;

    @Column(name = "response_business_hours")
    private int responseBusinessHours = DEFAULT_RESPONSE_HOURS;

    /** One origin a line, e.g. https://www.css-du-fjord.example. */
    @Column(name = "allowed_origins")
    private String allowedOrigins;

    @Version
    private long version;

    protected InquirySettings() {
    }

    public List<String> allowedOriginList() {
        return allowedOrigins == null ? List.of() : Arrays.stream(allowedOrigins.split("\\R"))
                .map(String::strip).filter(origin -> !origin.isEmpty()).toList();
    }

    public Long getTenantId() { return tenantId; }
    public RoutingRule getRoutingRule() { return routingRule; }
    public void setRoutingRule(RoutingRule routingRule) { this.routingRule = routingRule; }
    public int getResponseBusinessHours() { return responseBusinessHours; }
    public void setResponseBusinessHours(int hours) { this.responseBusinessHours = hours; }
    public String getAllowedOrigins() { return allowedOrigins; }
    public void setAllowedOrigins(String allowedOrigins) { this.allowedOrigins = allowedOrigins; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
