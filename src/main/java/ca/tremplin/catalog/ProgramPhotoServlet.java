package ca.tremplin.catalog;

import ca.tremplin.web.StoredImageServlet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import java.util.Optional;

/** Serves photos of published programs at {@code /photos/programs/{id}.jpg}; any other id answers 404. */
@WebServlet(name = "ProgramPhotoServlet", urlPatterns = "/photos/programs/*")
public class ProgramPhotoServlet extends StoredImageServlet {

    @Inject
    PublicPrograms programs;

    @Override
    protected String extension() {
        return "jpg";
    }

    @Override
    protected Optional<byte[]> find(long programId) {
        return programs.publishedPhotoAcrossAllTenants(programId);
    }
}
