package ca.tremplin.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import ca.tremplin.catalog.CatalogQueryParser;
import ca.tremplin.tenant.QuebecRegion;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.junit.jupiter.api.Test;

/**
 * The API's document (OpenAPI, {@code /openapi}) names every answer a partner may get, read from the annotations it
 * is made of: a revalidated read ({@link Revalidated}) may answer 304 to the {@code If-None-Match} it documents, with
 * the {@code ETag} repeated, and every operation that declares what it produces may answer 406 with a problem
 * document ({@link AcceptableAnswers}). A class-level {@code @APIResponse} counts for each of its operations, as
 * MicroProfile OpenAPI adds it to them.
 */
class OpenApiAnswersTest {

    @Test
    void everyOperationDocumentsThe304And406ItMayAnswer() {
        List<String> missing = new ArrayList<>();
        int revalidated = 0;
        int produced = 0;
        for (Method operation : operations()) {
            Class<?> resource = operation.getDeclaringClass();
            String name = resource.getSimpleName() + "." + operation.getName();
            Map<String, APIResponse> responses = responses(operation);
            if (!AcceptableAnswers.produced(operation, resource).isEmpty()) {
                produced++;
                APIResponse notAcceptable = responses.get("406");
                if (notAcceptable == null || Arrays.stream(notAcceptable.content())
                        .noneMatch(content -> Problem.MEDIA_TYPE.equals(content.mediaType()))) {
                    missing.add(name + ": 406 with a problem document");
                }
            }
            boolean revalidates = (resource.isAnnotationPresent(Revalidated.class)
                    || operation.isAnnotationPresent(Revalidated.class)) && operation.isAnnotationPresent(GET.class);
            if (revalidates) {
                revalidated++;
                APIResponse notModified = responses.get("304");
                if (notModified == null || Arrays.stream(notModified.headers())
                        .noneMatch(header -> HttpHeaders.ETAG.equals(header.name()))) {
                    missing.add(name + ": 304 with its ETag");
                }
                if (Arrays.stream(operation.getAnnotationsByType(Parameter.class)).noneMatch(parameter ->
                        HttpHeaders.IF_NONE_MATCH.equals(parameter.name()) && parameter.in() == ParameterIn.HEADER)) {
                    missing.add(name + ": the If-None-Match header");
                }
            } else if (responses.containsKey("304")) {
                missing.add(name + ": a 304 it never answers");
            }
        }
        assertEquals(List.of(), missing, "answers the API's document leaves out");
        assertTrue(revalidated >= 4, "the searches, the program and the intakes are read here: " + revalidated);
        assertTrue(produced > revalidated, "the information request's POST too: " + produced);
    }

    /**
     * An operation that reads a body may be refused it before it is read: a Content-Type it does not take (415, from
     * {@link ApiHeadersFilter} or JAX-RS) and a body larger than the address takes (413, {@code web.RequestSizeFilter}),
     * each a problem document. The document named neither, and a partner's client generated from it had no case for them.
     */
    @Test
    void everyOperationThatReadsABodyDocumentsThe413And415ItMayAnswer() {
        List<String> missing = new ArrayList<>();
        int reading = 0;
        for (Method operation : operations()) {
            if (!operation.isAnnotationPresent(Consumes.class)
                    && !operation.getDeclaringClass().isAnnotationPresent(Consumes.class)) {
                continue;
            }
            reading++;
            Map<String, APIResponse> responses = responses(operation);
            for (String code : List.of("413", "415")) {
                APIResponse refusal = responses.get(code);
                if (refusal == null || Arrays.stream(refusal.content())
                        .noneMatch(content -> Problem.MEDIA_TYPE.equals(content.mediaType()))) {
                    missing.add(operation.getDeclaringClass().getSimpleName() + "." + operation.getName() + ": " + code);
                }
            }
        }
        assertEquals(List.of(), missing, "refusals of a body the API's document leaves out");
        assertTrue(reading >= 1, "the information request reads one");
    }

    /**
     * A page past the last one a search serves is refused (400): the document says where the pages end, for the offers
     * as for the programs, and which regions exist rather than "a text".
     */
    @Test
    void theSearchesDocumentTheirPagesAndRegionsAsTheyAreRead() {
        List<String> wrong = new ArrayList<>();
        for (Method operation : operations()) {
            String name = operation.getDeclaringClass().getSimpleName() + "." + operation.getName();
            for (Parameter parameter : operation.getAnnotationsByType(Parameter.class)) {
                if (parameter.name().equals("page") && (!parameter.schema().minimum().equals("1")
                        || !parameter.schema().maximum().equals(String.valueOf(CatalogQueryParser.MAX_PAGE))
                        || !parameter.schema().defaultValue().equals("1"))) {
                    wrong.add(name + ": page from 1 (by default) to " + CatalogQueryParser.MAX_PAGE);
                }
                if (parameter.name().equals("region") && parameter.schema().implementation() != QuebecRegion.class) {
                    wrong.add(name + ": region, one of " + Arrays.toString(QuebecRegion.values()));
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(CatalogQueryParser.MAX_PAGE, ca.tremplin.offer.OfferQueryParser.MAX_PAGE,
                "the offers' pages end where the programs' do, as the refusal's message says");
    }

    /**
     * Every operation reads the database (a program, an offer's page, the unsubscribe link): one that cannot be reached
     * is a 503 with Retry-After ({@link UnexpectedErrorMapper}), which the document names for each of them.
     */
    @Test
    void everyOperationDocumentsThe503ToRetry() {
        List<String> missing = new ArrayList<>();
        for (Method operation : operations()) {
            if (responses(operation).containsKey("303")) {
                continue; // the unsubscribe link opened in a browser: sent on to its page, nothing read
            }
            APIResponse unavailable = responses(operation).get("503");
            if (unavailable == null || Arrays.stream(unavailable.headers())
                    .noneMatch(header -> "Retry-After".equals(header.name()))
                    || Arrays.stream(unavailable.content())
                            .noneMatch(content -> Problem.MEDIA_TYPE.equals(content.mediaType()))) {
                missing.add(operation.getDeclaringClass().getSimpleName() + "." + operation.getName());
            }
        }
        assertEquals(List.of(), missing, "operations whose 503 the API's document leaves out");
    }

    /** Each group of operations is described in the document's list of tags, in both languages as the others are. */
    @Test
    void everyTagOfAnOperationIsDescribed() {
        List<String> described = Arrays.stream(CatalogApiApplication.class.getAnnotation(OpenAPIDefinition.class).tags())
                .map(Tag::name).toList();
        List<String> undescribed = operations().stream().map(Method::getDeclaringClass).distinct()
                .flatMap(type -> Arrays.stream(type.getAnnotationsByType(Tag.class))).map(Tag::name)
                .filter(name -> !described.contains(name)).distinct().sorted().toList();
        assertEquals(List.of(), undescribed);
    }

    /** The operations of the API's resources that its document shows. */
    private static List<Method> operations() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("ca.tremplin").stream()
                .filter(type -> type.isAnnotatedWith(Path.class))
                .map(JavaClass::reflect)
                .flatMap(type -> Arrays.stream(type.getDeclaredMethods()))
                .filter(method -> Arrays.stream(method.getAnnotations())
                        .anyMatch(annotation -> annotation.annotationType().isAnnotationPresent(HttpMethod.class)))
                .filter(method -> !method.isAnnotationPresent(Operation.class)
                        || !method.getAnnotation(Operation.class).hidden())
                .toList();
    }

    /** The operation's responses by code: its own, then its class's for the codes it does not give. */
    private static Map<String, APIResponse> responses(Method operation) {
        return Stream.concat(Arrays.stream(operation.getAnnotationsByType(APIResponse.class)),
                        Arrays.stream(operation.getDeclaringClass().getAnnotationsByType(APIResponse.class)))
                .collect(Collectors.toMap(APIResponse::responseCode, Function.identity(), (own, ofClass) -> own));
    }
}
