package ca.tremplin.catalog;

import ca.tremplin.kernel.Languages;
import ca.tremplin.kernel.NotFoundException;
import ca.tremplin.web.LanguageLinks;
import ca.tremplin.web.LanguagePreference;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/** A school service centre's public page: who it is, whom to contact, where it teaches, what it offers. */
@Named
@RequestScoped
public class SchoolBoardPage {

    public static final String FRENCH_BASE = "/fr/centres-de-services/";
    public static final String ENGLISH_BASE = "/en/school-service-centres/";

    @Inject
    HttpServletRequest request;

    @Inject
    PublicPrograms programs;

    @Inject
    LanguagePreference language;

    @Inject
    LanguageLinks languageLinks;

    @Inject
    ca.tremplin.tenant.FormerSlugs formerSlugs;

    private PublicPrograms.SchoolBoardCatalogue shown;

    /**
     * View action, before anything is written: an unknown school service centre answers 404; one the coordinating
     * organisation closed, whose page was public, 410 with the catalogue next; the name a centre had before it was
     * renamed, 301 to its page under its name of today.
     */
    public void load() {
        if (shown != null) {
            return;
        }
        String slug = (String) request.getAttribute(CatalogAddressFilter.TENANT_SLUG);
        shown = programs.schoolBoardAcrossAllTenants(slug).orElse(null);
        if (shown == null) {
            java.util.Optional<String> renamed = formerSlugs.currentSlug(slug);
            if (renamed.isPresent()) {
                ca.tremplin.web.MovedPermanently.to(request, path(language.getLocale(), renamed.get()));
                return;
            }
            throw programs.closedAcrossAllTenants(slug)
                    ? new ca.tremplin.kernel.GoneException(ca.tremplin.kernel.GoneException.CENTRE_CLOSED,
                            PublicPrograms.GONE_NEXT)
                    : new NotFoundException("tenant " + slug);
        }
        languageLinks.twins(FRENCH_BASE + slug, ENGLISH_BASE + slug);
    }

    public static String path(Locale locale, String tenantSlug) {
        return (Languages.isEnglish(locale) ? ENGLISH_BASE : FRENCH_BASE) + tenantSlug;
    }

    public PublicPrograms.SchoolBoardCatalogue getShown() {
        return shown;
    }

    /**
     * The centre's published programs in the order of their titles in the page's language, as a reader looks for one
     * (the English page in the order of the English titles, accents sorted as the language sorts them).
     */
    public java.util.List<Program> getPrograms() {
        Locale locale = language.getLocale();
        java.text.Collator order = java.text.Collator.getInstance(locale);
        return shown.programs().stream()
                .sorted(java.util.Comparator.comparing((Program program) -> program.title(locale), order)
                        .thenComparing(Program::getCode, java.util.Comparator.nullsLast(String::compareTo)))
                .toList();
    }

    public String programPath(Program program) {
        return request.getContextPath() + CatalogPaths.program(language.getLocale(), shown.tenant().getSlug(),
                program.slug(language.getLocale()));
    }
}
