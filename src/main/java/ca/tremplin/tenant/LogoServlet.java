package ca.tremplin.tenant;

import ca.tremplin.web.StoredImageServlet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import java.util.Optional;

/** Serves tenant logos at {@code /logos/{tenant id}.png}; logos are public, like the tenant directory. */
@WebServlet(name = "LogoServlet", urlPatterns = "/logos/*")
public class LogoServlet extends StoredImageServlet {

    @Inject
    TenantLogos logos;

    @Override
    protected String extension() {
        return "png";
    }

    @Override
    protected Optional<byte[]> find(long tenantId) {
        return logos.find(tenantId);
    }
}
