package ca.tremplin.showcase;

import ca.tremplin.tenant.Tenancy;
import ca.tremplin.tenant.TenantContext;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A showcase photo's variant, from the database so that every server of a cluster serves the same bytes:
 * {@code /vitrine-photo/{key}/{width}.jpg}.
 *
 * <p>Caching, and why: the key is random (128 bits) and new for each photo, so an address names one image forever and
 * a browser may keep it a year without asking ({@code immutable}). It is {@code private}: no shared cache (a proxy, a
 * CDN) may keep it, because a person may withdraw their photo at any time, and a shared cache would go on serving it
 * to everyone; a browser's own copy only ever shows it again to someone who already saw it. Once withdrawn, the rows
 * are gone and the address answers 404, and no page references it any more (pages are read from the database at each
 * request). A revalidation ({@code If-None-Match}) of a photo still public answers 304 from its ETag.
 *
 * <p>A profile not yet public is shown only to the staff of its centre (the request's tenant), who moderate it, and
 * to the holders of its private links ({@code ?token=}): the person on their own page, their guardian on the page
 * where they consent to it. Those answers are {@code no-store}: the private link is in the address (a browser would
 * file the photo under it, in a cache anyone using the device can read), and a photo waiting for moderation, refused
 * or about to be withdrawn is nothing a browser should keep a year. Only a photo public now is kept.
 */
@WebServlet(urlPatterns = "/vitrine-photo/*")
public class ShowcasePhotoServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern ADDRESS = Pattern.compile("/([0-9a-f]{32})/(\\d{1,5})\\.jpg");

    @Inject
    transient ShowcasePhotos photos;

    @Inject
    transient Tenancy tenancy;

    @Inject
    transient ShowcaseLinks links;

    @Inject
    transient java.time.Clock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher address = ADDRESS.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!address.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Long staffTenant = TenantContext.hasTenant() ? TenantContext.currentTenantId() : null;
        String token = request.getParameter("token");
        int width = Integer.parseInt(address.group(2));
        Optional<ShowcasePhotos.StoredVariant> variant = tenancy.acrossAllTenants(() -> token == null
                ? photos.variantAcrossTenants(address.group(1), width, staffTenant)
                : linkedProfile(token).flatMap(profile -> photos.variantOfProfile(address.group(1), width, profile)));
        if (variant.isEmpty()) {
            response.setHeader("Cache-Control", "no-store");
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        // Asked with a private link, or shown to staff before it is public: kept nowhere.
        boolean keepable = token == null && variant.get().publicNow();
        response.setHeader("Cache-Control", keepable ? "private, max-age=31536000, immutable" : "no-store");
        response.setHeader("ETag", variant.get().etag());
        String asked = request.getHeader("If-None-Match");
        if (asked != null && (asked.contains(variant.get().etag()) || asked.strip().equals("*"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(variant.get().contentType());
        response.setContentLength(variant.get().content().length);
        response.getOutputStream().write(variant.get().content());
    }

    /** The profile whose owner's or guardian's link this is; none for an unknown or expired link. */
    private Optional<Long> linkedProfile(String token) {
        java.time.Instant now = clock.instant();
        for (String purpose : new String[] {ShowcaseLinks.OWNER, ShowcaseLinks.GUARDIAN}) {
            try {
                return Optional.of(links.profileOf(token, purpose, now));
            } catch (ca.tremplin.kernel.NotFoundException notThisOne) {
                // the other purpose, then none
            }
        }
        return Optional.empty();
    }
}
