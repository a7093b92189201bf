package ca.tremplin.security;

import ca.tremplin.kernel.Messages;
import ca.tremplin.web.RequestSizeFilter;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The error page of status 401 (web.xml), which only the staff API answers ({@link StaffApiUnauthorized}; pages
 * redirect to the sign-in page instead): a problem document in the caller's language. Without it, the container
 * answered the 401 with the HTML page of a server error.
 */
@WebServlet("/errors/sign-in-required")
public class SignInRequiredPage extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = RequestSizeFilter.languageOf(request.getHeader("Accept-Language"));
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":"
                + Json.createValue(Messages.get(locale, "api.problem.signIn.title")) + ",\"status\":401,"
                + "\"detail\":" + Json.createValue(Messages.get(locale, "api.problem.signIn.detail"))
                + ",\"errors\":[]}");
    }
}
