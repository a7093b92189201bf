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

    /**
     * @param parameters the decoded query parameters, each with all its values
     * @throws InvalidParametersException if a search parameter has a value the catalogue cannot read
     */
    public ProgramSearchResponse search(Map<String, List<String>> parameters) {
        SearchRequest request = SearchRequest.read(parameters);
        return ProgramSearchResponse.of(catalog.searchAcrossAllTenants(request.query()), request.ignoredParameters());
    }
}
