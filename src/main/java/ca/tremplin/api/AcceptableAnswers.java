package ca.tremplin.api;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;

/**
 * A call whose {@code Accept} admits none of the types its address answers in is refused with 406 and a problem
 * document, before the address does any work. RESTEasy chose the address's JSON even for
 * {@code Accept: application/json;q=0}, which says JSON is not acceptable, and answered 200. The rule is
 * {@link AcceptedMediaTypes}'s, for every address that declares what it produces: {@code *}{@code /*},
 * {@code application/*} and no {@code Accept} are answered; {@code text/html} alone, or
 * {@code application/problem+json} alone (the type of a refusal, not of an answer), are refused. The refusal itself
 * is a problem document whatever the caller accepts, as RFC 9110 allows for an error. An address that produces
 * nothing, the unsubscribe link's redirect, is never refused for its {@code Accept}.
 */
@Provider
public class AcceptableAnswers implements ContainerRequestFilter {

    /** What the API's document (OpenAPI) says of the 406, on every operation that declares what it produces. */
    static final String NOT_ACCEPTABLE = "Accept admits none of the types this operation answers in: a problem "
            + "document, whatever Accept says, with Vary: Accept / Accept n’admet aucun des types de la réponse";

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        List<String> produced = produced(resource.getResourceMethod(), resource.getResourceClass());
        if (produced.isEmpty()) {
            return;
        }
        List<String> accept = request.getHeaders().getOrDefault(HttpHeaders.ACCEPT, List.of());
        if (produced.stream().noneMatch(type -> AcceptedMediaTypes.accepts(accept, type))) {
            request.abortWith(ProblemResponses.builder(Problems.httpError(
                            ProblemResponses.language(request), 406))
                    .header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build());
        }
    }

    /** The types of the method's {@code @Produces}, else its class's; none when neither says. */
    static List<String> produced(Method method, Class<?> type) {
        Produces produces = method == null ? null : method.getAnnotation(Produces.class);
        // A bean's proxy subclass does not inherit the annotation: its superclasses are read too.
        for (Class<?> declaring = type; produces == null && declaring != null; declaring = declaring.getSuperclass()) {
            produces = declaring.getAnnotation(Produces.class);
        }
        return produces == null ? List.of() : Arrays.stream(produces.value())
                .flatMap(value -> Arrays.stream(value.split(","))).map(String::strip)
                .map(value -> value.split(";", 2)[0].strip()).toList();
    }
}
