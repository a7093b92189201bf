package ca.tremplin.catalog;

import ca.tremplin.kernel.PublicAddress;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * {@code /sitemap.xml}: every public page in both languages, each with its twin as an alternate, so that
 * search engines find every centre, program, event, offer and apprentice's profile in French and in English. Also {@code /robots.txt}, which points to it
 * with the absolute address the standard asks for.
 */
@WebServlet(name = "SitemapServlet", urlPatterns = {"/sitemap.xml", "/robots.txt"})
public class SitemapServlet extends HttpServlet {

    @Inject
    PublicSitemap sitemap;

    /** The other features' public pages: events, offers, the showcase. */
    @Inject
    @jakarta.enterprise.inject.Any
    jakarta.enterprise.inject.Instance<ca.tremplin.kernel.PublicPages> otherPages;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getServletPath().equals("/robots.txt")) {
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().print("User-agent: *\nDisallow: /admin/\nDisallow: /signin.xhtml\n"
                    + "Disallow: /password-\nSitemap: " + PublicAddress.of("/sitemap.xml") + "\n");
            return;
        }
        response.setContentType("application/xml");
        response.setCharacterEncoding("UTF-8");
        // Private: it names the apprentices of the showcase in their profiles' addresses, and one who withdraws or
        // is erased leaves it at once; a shared cache (a proxy, a CDN) would keep handing the old list out.
        response.setHeader("Cache-Control", "private, max-age=3600");
        PrintWriter out = response.getWriter();
        out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        out.println("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
                + " xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">");
        writeTwins(out, "/fr", "/en", null);
        writeTwins(out, CatalogPaths.FRENCH_CATALOGUE, CatalogPaths.ENGLISH_CATALOGUE, null);
        for (String centre : sitemap.centresAcrossAllTenants()) {
            writeTwins(out, SchoolBoardPage.FRENCH_BASE + centre, SchoolBoardPage.ENGLISH_BASE + centre, null);
        }
        for (PublicSitemap.Entry entry : sitemap.publishedProgramsAcrossAllTenants()) {
            writeTwins(out, CatalogPaths.program(Locale.FRENCH, entry.tenantSlug(), entry.slugFr()),
                    CatalogPaths.program(Locale.ENGLISH, entry.tenantSlug(), entry.slugEn()), entry.lastModified());
        }
        for (ca.tremplin.kernel.PublicPages part : otherPages) {
            for (ca.tremplin.kernel.PublicPages.Twin twin : part.twins()) {
                writeTwins(out, twin.frenchPath(), twin.englishPath(), twin.lastModified());
            }
        }
        out.println("</urlset>");
    }

    private static void writeTwins(PrintWriter out, String frenchPath, String englishPath, String lastModified) {
        for (String path : new String[] {frenchPath, englishPath}) {
            out.print("<url><loc>" + escape(PublicAddress.of(path)) + "</loc>");
            if (lastModified != null) {
                out.print("<lastmod>" + lastModified + "</lastmod>");
            }
            out.print("<xhtml:link rel=\"alternate\" hreflang=\"fr\" href=\"" + escape(PublicAddress.of(frenchPath)) + "\"/>");
            out.print("<xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"" + escape(PublicAddress.of(englishPath)) + "\"/>");
            out.println("</url>");
        }
    }

    private static String escape(String address) {
        return address.replace("&", "&amp;");
    }
}
