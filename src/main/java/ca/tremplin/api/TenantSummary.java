package ca.tremplin.api;

import ca.tremplin.catalog.ProgramCard;
import ca.tremplin.tenant.QuebecRegion;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** The school service centre that offers a program. */
@JsonbPropertyOrder({"slug", "nameFr", "nameEn", "region"})
public record TenantSummary(String slug, String nameFr, String nameEn, QuebecRegion region) {

    static TenantSummary of(ProgramCard card) {
        return new TenantSummary(card.tenantSlug(), card.tenantNameFr(), card.tenantNameEn(), card.region());
    }
}
