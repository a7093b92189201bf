package ca.tremplin.kernel;

import java.util.List;

/**
 * A part of the public site that the sitemap lists ({@code catalog.SitemapServlet}): each of its pages in French
 * and in English. Each feature that has public pages (events, offers, the showcase) gives its own, so that the
 * sitemap, below them, names none of them.
 */
public interface PublicPages {

    /** One page's addresses in both languages, and when it last changed (W3C date), if known. */
    record Twin(String frenchPath, String englishPath, String lastModified) {
    }

    /** The pages, read across every centre (the sitemap's request belongs to none). */
    List<Twin> twins();
}
