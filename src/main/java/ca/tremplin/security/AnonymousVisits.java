package ca.tremplin.security;

import jakarta.interceptor.InvocationContext;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import java.util.Optional;

/**
 * What the interceptors of the sign-in mechanism look at before login-to-continue sends the redirect to the sign-in
 * page: a call of its {@code validateRequest} for an address that needs a sign-in, by someone not signed in, outside a
 * sign-in the page itself asked for.
 */
final class AnonymousVisits {

    private AnonymousVisits() {
    }

    /** The call's message context when it is such a visit; empty for any other call, which goes on untouched. */
    static Optional<HttpMessageContext> toProtectedAddress(InvocationContext invocation) {
        Object[] parameters = invocation.getParameters();
        if (!"validateRequest".equals(invocation.getMethod().getName()) || parameters.length != 3
                || !(parameters[2] instanceof HttpMessageContext context)) {
            return Optional.empty();
        }
        boolean anonymous = context.isProtected() && !context.isAuthenticationRequest()
                && context.getRequest().getUserPrincipal() == null;
        return anonymous ? Optional.of(context) : Optional.empty();
    }
}
