package ca.tremplin.security;

import ca.tremplin.web.ProblemDocument;
import ca.tremplin.web.RequestSizeFilter;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The error page of status 401 (web.xml), which only the staff API answers ({@link StaffApiUnauthorized}; pages
 * redirect to the sign-in page instead): a problem document in the caller's language, the same one a call gets whose
 * session the server ended ({@link TenantRequestFilter}). Without it, the container
 * answered the 401 with the HTML page of a server error.
 */
@WebServlet("/errors/sign-in-required")
public class SignInRequiredPage extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(request, response);
    }

    /** The problem document itself, also written directly to a call whose session the server ended. */
    static void write(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ProblemDocument.write(response, HttpServletResponse.SC_UNAUTHORIZED,
                RequestSizeFilter.languageOf(request.getHeader("Accept-Language")), "api.problem.signIn.title",
                "api.problem.signIn.detail");
    }
}
