package ca.tremplin.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Serves a stored, already re-encoded image at {@code .../{id}.{extension}}. Subclasses say which images may
 * be seen; anything else, including a malformed address, answers 404.
 */
public abstract class StoredImageServlet extends HttpServlet {

    /** "png" or "jpg": the extension of the address and the image's type. */
    protected abstract String extension();

    /** The image with this id, if the public may see it. */
    protected abstract Optional<byte[]> find(long id);

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        String suffix = "." + extension();
        Optional<byte[]> image = Optional.empty();
        if (path != null && path.matches("/\\d{1,18}\\." + extension())) {
            image = find(Long.parseLong(path.substring(1, path.length() - suffix.length())));
        }
        if (image.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("png".equals(extension()) ? "image/png" : "image/jpeg");
        response.setHeader("Cache-Control", "public, max-age=3600");
        response.setContentLength(image.get().length);
        response.getOutputStream().write(image.get());
    }
}
