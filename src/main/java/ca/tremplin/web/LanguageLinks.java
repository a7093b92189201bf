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
        if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) != null) {
            // An error page (404, 410, 403, 500…) is rendered at the address the browser asked for, which is neither
            // its own nor one the language link can simply repeat: see errorPageTwin.
            Object next = request.getAttribute(ErrorStatusFilter.GONE_NEXT);
            String twin = errorPageTwin(browserPath(), browserQuery(), language, languagePreference.getLanguage(),
                    next instanceof ca.tremplin.kernel.GoneException.Next gone
                            ? gone.path(ca.tremplin.kernel.Languages.fromTag(language)) : null);
            return request.getContextPath() + twin + (twin.contains("?") ? "&" : "?")
                    + LanguageSwitchFilter.PARAMETER + "=" + language;
        }
        String twin = "en".equals(language) ? getEnglishTwin() : getFrenchTwin();
        String current = twin != null ? request.getContextPath() + twin : LanguageSwitchFilter.addressWithout(
                original(RequestDispatcher.FORWARD_REQUEST_URI, request.getRequestURI()),
                original(RequestDispatcher.FORWARD_QUERY_STRING, request.getQueryString()));
        return current + (current.contains("?") ? "&" : "?") + LanguageSwitchFilter.PARAMETER + "=" + language;
    }

    /**
     * Where an error page's link to {@code language} leads, as a path of the site (without {@code lang}): in the page's
     * own language, the address asked for, as on any page. In the other: for a page gone (410), what is still offered
     * of its kind in that language ({@code goneNext}); for an address without a language of its own (a back-office
     * page, {@code /apply.xhtml?offer=…}), the same address, where the same error then speaks the language chosen; for
     * an address in a language (/fr/…, /en/…), whose language repeating it would keep, the first page of its section
     * in the other language (the catalogue, the offers, the events, the form, the showcase), else that language's home.
     *
     * @param path the path the browser asked for, without the context path
     * @param query its query, or null
     */
    static String errorPageTwin(String path, String query, String language, String pageLanguage, String goneNext) {
        if (language.equals(pageLanguage)) {
            return LanguageSwitchFilter.addressWithout(path, query);
        }
        if (goneNext != null) {
            return goneNext;
        }
        int to = "en".equals(language) ? 1 : 0;
        boolean inALanguage = false;
        for (String root : SECTIONS.get(0)) {
            inALanguage |= path.equals(root) || path.startsWith(root + "/");
        }
        if (!inALanguage) {
            return LanguageSwitchFilter.addressWithout(path, query);
        }
        for (String[] section : SECTIONS.subList(1, SECTIONS.size())) {
            for (String first : section) {
                if (path.equals(first) || path.startsWith(first + "/")) {
                    return section[to];
                }
            }
        }
        return SECTIONS.get(0)[to];
    }

    /** The path the browser asked for, without the context path: before the section's forward, or the error's. */
    private String browserPath() {
        String uri = original(RequestDispatcher.FORWARD_REQUEST_URI,
                original(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI()));
        return uri.startsWith(request.getContextPath()) ? uri.substring(request.getContextPath().length()) : uri;
    }

    private String browserQuery() {
        return original(RequestDispatcher.FORWARD_QUERY_STRING, request.getQueryString());
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
