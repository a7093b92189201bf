package ca.tremplin.security;

import static ca.tremplin.testsupport.Stubs.stub;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.kernel.Languages;
import ca.tremplin.tenant.Tenant;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A session the server ended since its last request (the account deactivated or its centre closed, its password or
 * its role changed) is signed out at its next one: a page goes to the sign-in page, which says why; a call to the
 * staff API is answered 401 with the problem document a call without a session gets, which a fair's tablet or a
 * script reads, rather than a redirect to an HTML page answered 200.
 */
class TenantRequestFilterTest {

    private final Map<String, String> headers = new HashMap<>();
    private final StringWriter body = new StringWriter();
    private Integer status;
    private String contentType;
    private String location;
    private boolean loggedOut;
    private boolean invalidated;
    private boolean passedOn;

    @Test
    void aStaffApiCallFromAnAccountDeactivatedSinceAnswers401WithTheProblemNotTheSignInPage() throws Exception {
        filter(Optional.empty(), new SignedInUser(), "/api", "/staff/imports/1", "en");

        assertEquals(401, status);
        assertEquals("application/problem+json", contentType);
        assertTrue(body.toString().contains("\"title\":\"Sign-in required\"") && body.toString()
                .contains("\"status\":401"), body.toString());
        assertEquals("Session realm=\"Tremplin\"", headers.get("WWW-Authenticate"));
        assertEquals("no-store", headers.get("Cache-Control"));
        assertNull(location, "no redirect to follow");
        assertTrue(loggedOut && invalidated, "the session is ended all the same");
        assertFalse(passedOn);
    }

    @Test
    void aStaffApiCallFromASessionWhoseRoleChangedAnswers401InTheCallersLanguage() throws Exception {
        UserAccount promoted = new UserAccount("awa@exemple.test", "Awa Diop", Role.CSS_ADMIN, Languages.FRENCH);
        SignedInUser signedInAsRecruiter = new SignedInUser();
        signedInAsRecruiter.rememberCredentials(promoted.credentialStamp(), Role.RECRUITER);

        filter(Optional.of(new StaffDirectory.ActiveStaff(promoted, new Tenant())), signedInAsRecruiter, "/api",
                "/staff/events/3/captures", "fr-CA,fr;q=0.9");

        assertEquals(401, status);
        assertTrue(body.toString().contains("Connexion requise"), body.toString());
        assertNull(location);
        assertTrue(loggedOut && invalidated);
    }

    @Test
    void aPageOfASessionEndedSinceStillGoesToTheSignInPageWhichSaysWhy() throws Exception {
        filter(Optional.empty(), new SignedInUser(), "/admin/board.xhtml", null, "en");

        assertEquals("/tremplin/signin.xhtml?ended=true", location);
        assertNull(status, "a redirect, not a problem document");
        assertEquals("", body.toString());
        assertTrue(loggedOut && invalidated);
    }

    @Test
    void aPageOfASessionWhoseRoleChangedGoesToTheSignInPageWhichSaysSo() throws Exception {
        UserAccount promoted = new UserAccount("awa@exemple.test", "Awa Diop", Role.CSS_ADMIN, Languages.FRENCH);
        SignedInUser signedInAsRecruiter = new SignedInUser();
        signedInAsRecruiter.rememberCredentials(promoted.credentialStamp(), Role.RECRUITER);

        filter(Optional.of(new StaffDirectory.ActiveStaff(promoted, new Tenant())), signedInAsRecruiter,
                "/admin/users.xhtml", null, "fr");

        assertEquals("/tremplin/signin.xhtml?roleChanged=true", location);
        assertNull(status);
    }

    private void filter(Optional<StaffDirectory.ActiveStaff> found, SignedInUser session, String servletPath,
                        String pathInfo, String language) throws Exception {
        TenantRequestFilter filter = new TenantRequestFilter();
        filter.staff = new StaffDirectory() {
            @Override
            public Optional<ActiveStaff> findActiveAcrossAllTenants(long userId) {
                assertEquals(42L, userId);
                return found;
            }
        };
        filter.signedInUser = session;
        FilterChain chain = (request, response) -> passedOn = true;
        filter.doFilter(request(servletPath, pathInfo, language), response(), chain);
    }

    private HttpServletRequest request(String servletPath, String pathInfo, String language) {
        HttpSession httpSession = stub(HttpSession.class, (name, args) -> switch (name) {
            case "invalidate" -> {
                invalidated = true;
                yield null;
            }
            default -> throw new UnsupportedOperationException(name);
        });
        return stub(HttpServletRequest.class, (name, args) -> switch (name) {
            case "getUserPrincipal" -> (java.security.Principal) () -> "42";
            case "getDispatcherType" -> DispatcherType.REQUEST;
            case "getContextPath" -> "/tremplin";
            case "getRequestURI" -> "/tremplin" + servletPath + (pathInfo == null ? "" : pathInfo);
            case "getServletPath" -> servletPath;
            case "getPathInfo" -> pathInfo;
            case "getHeader" -> "Accept-Language".equals(args[0]) ? language : null;
            case "logout" -> {
                loggedOut = true;
                yield null;
            }
            case "getSession" -> httpSession;
            default -> throw new UnsupportedOperationException(name);
        });
    }

    private HttpServletResponse response() {
        PrintWriter writer = new PrintWriter(body);
        return stub(HttpServletResponse.class, (name, args) -> switch (name) {
            case "setStatus" -> {
                status = (Integer) args[0];
                yield null;
            }
            case "setHeader" -> headers.put((String) args[0], (String) args[1]);
            case "setContentType" -> {
                contentType = (String) args[0];
                yield null;
            }
            case "setCharacterEncoding" -> null;
            case "getWriter" -> writer;
            case "sendRedirect" -> {
                location = (String) args[0];
                yield null;
            }
            default -> throw new UnsupportedOperationException(name);
        });
    }

}
