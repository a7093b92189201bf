package ca.tremplin.catalog;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/** Serves photos of published programs at {@code /photos/programs/{id}.jpg}; any other id answers 404. */
@WebServlet(name = "ProgramPhotoServlet", urlPatterns = "/photos/programs/*")
public class ProgramPhotoServlet extends HttpServlet {

    @Inject
    PublicPrograms programs;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        Optional<byte[]> jpeg = Optional.empty();
        if (path != null && path.matches("/\\d{1,18}\\.jpg")) {
            jpeg = programs.publishedPhotoAcrossAllTenants(Long.parseLong(path.substring(1, path.length() - 4)));
        }
        if (jpeg.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("image/jpeg");
        response.setHeader("Cache-Control", "public, max-age=3600");
        response.setContentLength(jpeg.get().length);
        response.getOutputStream().write(jpeg.get());
    }
}
