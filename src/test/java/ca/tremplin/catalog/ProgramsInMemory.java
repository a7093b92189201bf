package ca.tremplin.catalog;

import java.util.Collection;
import java.util.List;

/**
 * A catalogue index over programs a test holds, read again at each rebuild or refresh as the database would be.
 */
final class ProgramsInMemory {

    private ProgramsInMemory() {
    }

    /** Built from {@code published}, a list the test may change before a rebuild or a refresh. */
    static CatalogIndex index(List<IndexedProgram> published) {
        CatalogIndex index = new CatalogIndex();
        index.loader = new CatalogIndexLoader() {
            @Override
            public List<IndexedProgram> allPublished() {
                return List.copyOf(published);
            }

            @Override
            public List<IndexedProgram> published(Collection<Long> programIds) {
                return published.stream().filter(program -> programIds.contains(program.id())).toList();
            }

            @Override
            public List<Long> programIdsOf(Collection<Long> tenantIds) {
                return List.of();
            }
        };
        index.open();
        index.rebuild();
        return index;
    }
}
