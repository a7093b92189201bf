package ca.tremplin.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public catalogue API under {@code /api}; resources and providers of this package are found by scanning. */
@ApplicationPath("api")
@OpenAPIDefinition(
        info = @Info(
                title = "Tremplin public catalogue API",
                version = "1.0",
                description = """
                        Read-only access to the vocational training programs that Québec's school service centres \
                        publish on Tremplin: search with facets, one program with its centres and intakes, upcoming \
                        intakes, and the open apprenticeship and work-study offers. No authentication; any origin may \
                        call it (CORS). Prospective students' information requests are sent with POST /api/inquiries \
                        (with an Idempotency-Key), from the origins that centres list. Errors are RFC 9457 problem \
                        documents, in English when Accept-Language prefers English.

                        Accès en lecture seule aux programmes de formation professionnelle que les centres de \
                        services scolaires du Québec publient sur Tremplin : recherche avec facettes, un programme \
                        avec ses centres et ses rentrées, rentrées à venir, et les offres de stage ouvertes. Sans \
                        authentification; toute origine peut l’appeler (CORS). Les demandes d’information s’envoient \
                        avec POST /api/inquiries, depuis les origines que les centres autorisent. Les erreurs sont des \
                        documents de problème RFC 9457, en français par défaut."""),
        tags = {
                @Tag(name = "Programs", description = "Published programs / Programmes publiés"),
                @Tag(name = "Intakes", description = "Upcoming open intakes / Rentrées ouvertes à venir"),
                @Tag(name = "Offers", description = "Open apprenticeship and work-study offers / Offres de stage et "
                        + "d’alternance travail-études ouvertes"),
                @Tag(name = "Unsubscribe", description = "The one-click unsubscribe address of the centres' bulk "
                        + "e-mail (RFC 8058) / Désabonnement en un clic"),
                @Tag(name = "Inquiries", description = "Information requests from prospective students, the only "
                        + "writing part of the API, open to the origins that centres list / Demandes d’information")})
public class CatalogApiApplication extends Application {
}
