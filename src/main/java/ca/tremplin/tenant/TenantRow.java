package ca.tremplin.tenant;

import ca.tremplin.kernel.Languages;
import java.io.Serializable;
import java.util.Locale;

/**
 * One centre as the platform's directory of centres shows it and keeps it with its view: what the line shows, never
 * the centre itself — a view travels with the session, replicated between servers.
 */
public record TenantRow(long id, String nameFr, String nameEn, String slug, QuebecRegion region, boolean active)
        implements Serializable {

    static TenantRow of(Tenant tenant) {
        return new TenantRow(tenant.getId(), tenant.getNameFr(), tenant.getNameEn(), tenant.getSlug(),
                tenant.getRegion(), tenant.isActive());
    }

    /** The name in the reader's language, as {@link Tenant#localizedName} says it. */
    public String localizedName(Locale locale) {
        return Languages.isEnglish(locale) ? nameEn : nameFr;
    }
}
