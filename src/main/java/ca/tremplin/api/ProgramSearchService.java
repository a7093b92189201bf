package ca.tremplin.api;

import ca.tremplin.catalog.PublicCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/** The catalogue search for partner sites: the public catalogue's own search, with strict parameters. */
@ApplicationScoped
public class ProgramSearchService {

    @Inject
    PublicCatalog catalog;

    @Inject
    ca.tremplin.catalog.SectorNames sectors;

    /**
     * @param parameters the decoded query parameters, each with all its values
     * @throws InvalidParametersException if a search parameter has a value the catalogue cannot read
     */
    public ProgramSearchResponse search(Map<String, List<String>> parameters) {
        return search(parameters, java.util.Locale.FRENCH);
    }

    /** The same for a caller reading {@code language} (Accept-Language): English titles in English order. */
    public ProgramSearchResponse search(Map<String, List<String>> parameters, java.util.Locale language) {
        SearchRequest request = SearchRequest.read(parameters, sectors::isKnown);
        return ProgramSearchResponse.of(catalog.searchAcrossAllTenants(request.query(), language),
                request.ignoredParameters());
    }
}
