package ca.tremplin.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The accessibility audit knows every page: each view under {@code src/main/webapp} is either visited by
 * {@link AccessibilityAuditBrowserIT} or set aside in {@link AuditedPages#NOT_AUDITED} with a reason. A new page
 * fails here, without a browser, until it joins the audit.
 */
class AuditedPagesTest {

    private static final Path WEBAPP = Path.of("src", "main", "webapp");

    @Test
    void everyViewIsAuditedOrSetAsideWithAReason() throws IOException {
        Set<String> audited = AuditedPages.ALL.stream().map(AuditedPages.AuditedPage::view)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> missing = new TreeSet<>(views());
        missing.removeAll(audited);
        missing.removeAll(AuditedPages.NOT_AUDITED.keySet());
        assertEquals(Set.of(), missing, "views that the accessibility audit does not visit: add each to "
                + "AuditedPages.ALL (or, for a part of a page, to NOT_AUDITED with the reason)");
    }

    @Test
    void theAuditNamesOnlyViewsThatExist() throws IOException {
        Set<String> named = new TreeSet<>(AuditedPages.NOT_AUDITED.keySet());
        AuditedPages.ALL.forEach(page -> named.add(page.view()));
        named.removeAll(views());
        assertEquals(Set.of(), named, "views named by the audit that are gone");
        assertTrue(AuditedPages.NOT_AUDITED.values().stream().noneMatch(String::isBlank), "every exclusion says why");
    }

    private static Set<String> views() throws IOException {
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            return files.filter(file -> file.toString().endsWith(".xhtml"))
                    .map(file -> WEBAPP.relativize(file).toString().replace('\\', '/'))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
