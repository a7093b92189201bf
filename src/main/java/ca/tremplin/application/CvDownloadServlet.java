package ca.tremplin.application;

import ca.tremplin.applicant.DocumentDownloadServlet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code /admin/cv/{applicationId}}: a candidate's CV, for staff of the offer's centre only (else 404). */
@WebServlet("/admin/cv/*")
public class CvDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ApplicationService applications;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        DocumentDownloadServlet.send(response, applications.cv(DocumentDownloadServlet.idIn(request)));
    }
}
