package ca.tremplin.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

/** Builds the "Français / English" links of the page header: the current address plus {@code lang=...}. */
@Named
@RequestScoped
public class LanguageLinks {

    @Inject
    HttpServletRequest request;

    @Inject
    LanguagePreference languagePreference;

    /**
     * The public sections' first pages, French then English. A page whose bean names its twins when it is created
     * may render its header first (the bean is created by the body): the twin is then the section's other first
     * page with the same query, rather than the internal view the request was forwarded to.
     */
    private static final List<String[]> SECTIONS = List.of(
            new String[] {"/fr", "/en"},
            new String[] {"/fr/programmes", "/en/programs"},
            new String[] {"/fr/evenements", "/en/events"},
            new String[] {"/fr/offres", "/en/offers"},
            new String[] {InquiryPaths.FRENCH_FORM, InquiryPaths.ENGLISH_FORM},
            new String[] {"/fr/vitrine", "/en/showcase"});

    private String frenchTwin;
    private String englishTwin;

    /** Pages whose address differs by language (/fr/programmes, /en/programs) name both versions. */
    public void twins(String frenchAddress, String englishAddress) {
        this.frenchTwin = frenchAddress;
        this.englishTwin = englishAddress;
    }

    public String getFrenchTwin() {
        return frenchTwin != null ? frenchTwin : sectionTwin(0);
    }

    public String getEnglishTwin() {
        return englishTwin != null ? englishTwin : sectionTwin(1);
    }

    /** Whether the page has a twin in each language (a public page), whose addresses it then names. */
    public boolean isTwinned() {
        return getFrenchTwin() != null && getEnglishTwin() != null;
    }

    /**
     * The French twin's whole address (https://…), as a search engine lists it: without what only changes how the
     * page was reached or shown (a campaign's utm_ parameters, a click identifier, the time zone chosen to read an
     * event's times, {@code tz}), so that a tracked link does not name itself the page.
     */
    public String getFrenchAddress() {
        return ca.tremplin.kernel.PublicAddress.of(canonical(getFrenchTwin()));
    }

    public String getEnglishAddress() {
        return ca.tremplin.kernel.PublicAddress.of(canonical(getEnglishTwin()));
    }

    /** Parameters that name how a page was reached or shown, never which page it is. */
    private static final java.util.regex.Pattern NOT_THE_PAGE = java.util.regex.Pattern.compile(
            "utm_.*|fbclid|gclid|dclid|msclkid|yclid|twclid|igshid|li_fat_id|mc_cid|mc_eid|_ga|_gl|zone|tz");

    static String canonical(String path) {
        int query = path.indexOf('?');
        if (query < 0) {
            return path;
        }
        String kept = java.util.Arrays.stream(path.substring(query + 1).split("&"))
                .filter(parameter -> !parameter.isEmpty() && !NOT_THE_PAGE.matcher(
                        parameter.split("=", 2)[0].toLowerCase(java.util.Locale.ROOT)).matches())
                .collect(java.util.stream.Collectors.joining("&"));
        return path.substring(0, query) + (kept.isEmpty() ? "" : "?" + kept);
    }

    /** A path of the site as a whole address (https://…). */
    public String whole(String path) {
        return ca.tremplin.kernel.PublicAddress.of(path);
    }

    /** The page's own whole address, in the language it is read in: its canonical address. */
    public String getOwnAddress() {
        return "en".equals(languagePreference.getLanguage()) ? getEnglishAddress() : getFrenchAddress();
    }

    public String to(String language) {
        String twin = "en".equals(language) ? getEnglishTwin() : getFrenchTwin();
        String current = twin != null ? request.getContextPath() + twin : LanguageSwitchFilter.addressWithout(
                original(RequestDispatcher.FORWARD_REQUEST_URI, request.getRequestURI()),
                original(RequestDispatcher.FORWARD_QUERY_STRING, request.getQueryString()));
        return current + (current.contains("?") ? "&" : "?") + LanguageSwitchFilter.PARAMETER + "=" + language;
    }

    /** The section's first page in the other language (0 French, 1 English), with the query, or null. */
    private String sectionTwin(int language) {
        String path = original(RequestDispatcher.FORWARD_REQUEST_URI, request.getRequestURI())
                .substring(request.getContextPath().length());
        for (String[] section : SECTIONS) {
            if (section[0].equals(path) || section[1].equals(path)) {
                String query = original(RequestDispatcher.FORWARD_QUERY_STRING, request.getQueryString());
                return LanguageSwitchFilter.addressWithout(section[language], query);
            }
        }
        return null;
    }

    /** What the browser asked for, before the section's forward to its view. */
    private String original(String forwardAttribute, String value) {
        Object forwarded = request.getAttribute(forwardAttribute);
        return forwarded != null ? forwarded.toString() : value;
    }
}
