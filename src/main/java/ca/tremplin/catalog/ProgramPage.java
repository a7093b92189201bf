package ca.tremplin.catalog;

import ca.tremplin.kernel.NotFoundException;
import ca.tremplin.web.LanguageLinks;
import ca.tremplin.web.LanguagePreference;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A program's public page; a program archived or deleted after it was public, or one of a centre closed since, answers
 * 410 ("no longer offered"); an unknown or draft one, or one archived straight from its draft, 404; an address from
 * before its title or its centre's name changed, or the one of the other language under this language's words, 301 to
 * its address of today in the address's language.
 */
@Named
@RequestScoped
public class ProgramPage {

    @Inject
    HttpServletRequest request;

    @Inject
    PublicPrograms programs;

    @Inject
    LanguagePreference language;

    @Inject
    LanguageLinks languageLinks;

    @Inject
    ProgramOffers offers;

    @Inject
    ca.tremplin.tenant.FormerSlugs formerSlugs;

    private java.util.List<ProgramOffers.OfferLink> openOffers;

    private PublicProgram shown;

    /** View action: runs before anything is written, so an unknown program is a clean 404. */
    public void load() {
        if (shown != null) {
            return;
        }
        String tenantSlug = (String) request.getAttribute(CatalogAddressFilter.TENANT_SLUG);
        String slug = (String) request.getAttribute(CatalogAddressFilter.ITEM_SLUG);
        shown = programs.findPublishedAcrossAllTenants(tenantSlug, slug).orElse(null);
        if (shown == null) {
            // An address from before its centre was renamed: the same address under the centre's name of today.
            java.util.Optional<String> centreRenamed = formerSlugs.currentSlug(tenantSlug);
            if (centreRenamed.isPresent()) {
                // In one step to the program's own address in this language when the address names one of the
                // centre's programs by either language's words; else the same words, which say what became of it.
                String itsAddress = programs.findPublishedAcrossAllTenants(centreRenamed.get(), slug)
                        .map(found -> found.program().slug(language.getLocale())).orElse(slug);
                ca.tremplin.web.MovedPermanently.to(request,
                        CatalogPaths.program(language.getLocale(), centreRenamed.get(), itsAddress));
                return;
            }
            // An address from before the title changed (a mail, a printed flyer, another site): the program keeps
            // its type and code, and the old address leads to the new one for good.
            // A program withdrawn from the catalogue, or deleted, or its centre closed, whose page a visitor was sent:
            // said so (410), with the catalogue next; an address that never named a public program is simply not found.
            Program renamed = programs.renamedAcrossAllTenants(tenantSlug, slug).orElseThrow(() -> programs
                    .goneAcrossAllTenants(tenantSlug, slug).<RuntimeException>map(gone -> gone)
                    .orElseGet(() -> new NotFoundException("program " + tenantSlug + "/" + slug)));
            ca.tremplin.web.MovedPermanently.to(request,
                    CatalogPaths.program(language.getLocale(), tenantSlug, renamed.slug(language.getLocale())));
            return;
        }
        if (!slug.equals(shown.program().slug(language.getLocale()))) {
            // The other language's address under this language's words (/en/programs/…/{French address}): one address
            // per page and language, so that search engines count one page and shared links converge.
            ca.tremplin.web.MovedPermanently.to(request, path(language.getLocale()));
            return;
        }
        languageLinks.twins(path(Locale.FRENCH), path(Locale.ENGLISH));
    }

    /** Open apprenticeship offers in this program's trade, up to five. */
    public java.util.List<ProgramOffers.OfferLink> getOpenOffers() {
        if (openOffers == null) {
            openOffers = offers.openOffers(getProgram().getId(), language.getLocale(), 5);
        }
        return openOffers;
    }

    public String offerPath(ProgramOffers.OfferLink offer) {
        return request.getContextPath() + offer.path();
    }

    public PublicProgram getShown() {
        return shown;
    }

    public Program getProgram() {
        return shown.program();
    }

    public String path(Locale locale) {
        return CatalogPaths.program(locale, shown.tenant().getSlug(), shown.program().slug(locale));
    }

    /** The address of this page in the visitor's language, absolute, for canonical and Open Graph tags. */
    public String getCanonicalAddress() {
        return ca.tremplin.kernel.PublicAddress.of(path(language.getLocale()));
    }

    public String getFrenchAddress() {
        return ca.tremplin.kernel.PublicAddress.of(path(Locale.FRENCH));
    }

    public String getEnglishAddress() {
        return ca.tremplin.kernel.PublicAddress.of(path(Locale.ENGLISH));
    }

    /**
     * The text in the reader's language; when the centre wrote it in the other language only (the admission, the
     * documents, the careers may be left empty in one), that one: a student reading in English still learns what is
     * asked of them, rather than finding no admission section at all.
     */
    public String text(String french, String english) {
        String own = english() ? english : french;
        String other = english() ? french : english;
        return (own == null || own.isBlank()) && other != null && !other.isBlank() ? other : own;
    }

    /**
     * The language of what {@link #text} shows for these, "fr" or "en", for the {@code lang} attribute of its element:
     * the other language's when the reader's is empty.
     */
    public String textLanguage(String french, String english) {
        boolean fallsBack = !java.util.Objects.equals(text(french, english), english() ? english : french);
        return english() != fallsBack ? "en" : "fr";
    }

    /** Said under a text shown in the other language only ("Written in French only."), else null. */
    public String otherLanguageNote(String french, String english) {
        if (textLanguage(french, english).equals(language.getLanguage())) {
            return null;
        }
        return ca.tremplin.kernel.Messages.get(language.getLocale(),
                english() ? "program.writtenInFrenchOnly" : "program.writtenInEnglishOnly");
    }

    private boolean english() {
        return ca.tremplin.kernel.Languages.isEnglish(language.getLocale());
    }

    /** A text kept as lines ("; " or new lines separate items), for lists of careers and documents. */
    public List<String> items(String french, String english) {
        String text = text(french, english);
        return text == null ? List.of() : Arrays.stream(text.split(";|\\R")).map(String::strip)
                .filter(item -> !item.isEmpty()).toList();
    }

    public String date(java.time.LocalDate date) {
        return ca.tremplin.web.Formats.longDay(date, language.getLocale());
    }

    /**
     * The page's title for a browser tab, a search result and a link preview: the program and the centre that
     * offers it, since several centres offer the same program at their own tuition and intakes.
     */
    public String getTitle() {
        return getProgram().title(language.getLocale()) + " — " + shown.tenant().localizedName(language.getLocale());
    }

    /**
     * A short description for search engines and link previews: where (the centre and its region), then the first
     * sentence or so, cut between characters: an emoji stays whole, where half of one showed as "?" in the preview.
     */
    public String getSummary() {
        String where = shown.tenant().localizedName(language.getLocale()) + " ("
                + ca.tremplin.kernel.Messages.get(language.getLocale(), "region." + shown.tenant().getRegion()) + ")";
        return ca.tremplin.kernel.ShortenedText.of(where + " — " + text(getProgram().getDescriptionFr(),
                getProgram().getDescriptionEn()), SUMMARY_LENGTH);
    }

    /** The most characters a search engine shows of a page's description. */
    static final int SUMMARY_LENGTH = 160;
}
