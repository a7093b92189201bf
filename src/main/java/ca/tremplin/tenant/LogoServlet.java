package ca.tremplin.tenant;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/** Serves tenant logos at {@code /logos/{tenant id}.png}; logos are public, like the tenant directory. */
@WebServlet(name = "LogoServlet", urlPatterns = "/logos/*")
public class LogoServlet extends HttpServlet {

    @Inject
    TenantLogos logos;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        Optional<byte[]> png = Optional.empty();
        if (path != null && path.matches("/\\d{1,18}\\.png")) {
            png = logos.find(Long.parseLong(path.substring(1, path.length() - 4)));
        }
        if (png.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("image/png");
        response.setHeader("Cache-Control", "public, max-age=3600");
        response.setContentLength(png.get().length);
        response.getOutputStream().write(png.get());
    }
}
