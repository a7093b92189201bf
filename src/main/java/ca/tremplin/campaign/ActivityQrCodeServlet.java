package ca.tremplin.campaign;

import ca.tremplin.kernel.Languages;
import ca.tremplin.kernel.NotFoundException;
import ca.tremplin.kernel.QrCodes;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The QR code of an activity's tracked link, for a flyer, a fair's stand or a slide
 * ({@code /admin/campaign-qr.png?activity=42&language=en}: the link's language; not {@code lang}, the language
 * switch's, which the campaign page's image would set for its reader). Another centre's activity is not found.
 */
@WebServlet("/admin/campaign-qr.png")
public class ActivityQrCodeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    CampaignService campaigns;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String link;
        try {
            link = campaigns.link(Long.parseLong(String.valueOf(request.getParameter("activity"))),
                    Languages.fromTag(request.getParameter("language")));
        } catch (NumberFormatException | NotFoundException unknown) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        QrCodes.send(response, link, 480);
    }
}
