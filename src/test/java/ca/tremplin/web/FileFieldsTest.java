package ca.tremplin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Every file field of every page, public or back office, says a file too large as soon as it is chosen
 * ({@code resources/js/file-limits.js}): it sits in an element that gives the limit and the message
 * ({@code data-max-bytes}, {@code data-too-large}), on a page whose template loads the script. Without them a staff
 * member would wait for a 30 MB upload to end before being told it is too large.
 */
class FileFieldsTest {

    private static final Path WEBAPP = Path.of("src", "main", "webapp");
    private static final String SCRIPT = "js/file-limits.js";

    @Test
    void everyFileFieldSaysAFileTooLargeAsSoonAsItIsChosen() throws Exception {
        List<String> unchecked = new ArrayList<>();
        int fields = 0;
        for (Path view : viewsWithAFileField()) {
            for (Element field : fileFields(view)) {
                fields++;
                if (!insideALimit(field)) {
                    unchecked.add(WEBAPP.relativize(view) + " #" + field.getAttribute("id"));
                }
            }
        }
        assertTrue(fields >= 8, "the pages' file fields are all found: " + fields);
        assertEquals(List.of(), unchecked, "file fields outside an element with data-max-bytes and data-too-large");
    }

    @Test
    void everyPageWithAFileFieldLoadsTheScript() throws Exception {
        Set<String> without = new TreeSet<>();
        for (Path view : viewsWithAFileField()) {
            List<Path> pages = pagesShowing(view);
            assertFalse(pages.isEmpty(), view + " is shown by some page");
            for (Path page : pages) {
                String template = template(page);
                assertFalse(template.isEmpty(), page + " has a template");
                if (!Files.readString(WEBAPP.resolve(template.substring(1))).contains(SCRIPT)) {
                    without.add(template);
                }
            }
        }
        assertEquals(Set.of(), without, "templates of pages with a file field that do not load " + SCRIPT);
    }

    /**
     * Every form that sends a file, public or back office, is sent once ({@code resources/js/send-once.js}), its
     * button saying meanwhile that it is being sent: a second tap while a CV or a photo goes up from a phone abroad
     * would send it all again, and the page then shown answers the second sending; a double click on "Attach" on a
     * person's page would attach the document twice, on a program's or a centre's page upload the photo or the logo
     * twice. None is exempt.
     */
    @Test
    void everyFormThatSendsAFileIsSentOnce() throws Exception {
        List<String> sentTwice = new ArrayList<>();
        int fields = 0;
        for (Path view : viewsWithAFileField()) {
            for (Element field : fileFields(view)) {
                fields++;
                // A part of a page sits in the form of each page that includes it.
                List<Element> forms = formOf(field) != null ? List.of(formOf(field)) : formsIncluding(view);
                if (forms.isEmpty() || !forms.stream().allMatch(form -> form != null
                        && "true".equals(form.getAttributeNS(PASSTHROUGH, "data-send-once"))
                        && !form.getAttributeNS(PASSTHROUGH, "data-sending-text").isBlank())) {
                    sentTwice.add(WEBAPP.relativize(view) + " #" + field.getAttribute("id"));
                }
            }
        }
        assertTrue(fields >= 8, "the pages' file fields are all found, the back office's too: " + fields);
        assertEquals(List.of(), sentTwice,
                "file fields in a form without a:data-send-once and a:data-sending-text");
    }

    /**
     * A list to import is sent once and started once: a double click on "Read the list" would upload it twice, two
     * imports of the same file waiting, and the button says the list is being sent meanwhile. A page that comes back
     * with an error is a new page, its form ready to be sent again.
     */
    @Test
    void theFormsThatSendAListToImportAreSentOnce() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        NodeList forms = factory.newDocumentBuilder().parse(WEBAPP.resolve("admin/import.xhtml").toFile())
                .getElementsByTagNameNS("http://omnifaces.org/ui", "form");
        Set<String> sentOnce = new TreeSet<>();
        for (int i = 0; i < forms.getLength(); i++) {
            Element form = (Element) forms.item(i);
            if ("true".equals(form.getAttributeNS(PASSTHROUGH, "data-send-once"))
                    && !form.getAttributeNS(PASSTHROUGH, "data-sending-text").isBlank()) {
                sentOnce.add(form.getAttribute("id"));
            }
        }
        assertTrue(sentOnce.containsAll(Set.of("upload", "mapping")), "forms sent once: " + sentOnce);
    }

    private static final String PASSTHROUGH = "jakarta.faces.passthrough";

    /** The forms that hold an inclusion of this part of a page (null for one outside any form). */
    private static List<Element> formsIncluding(Path part) throws Exception {
        String included = "/" + WEBAPP.relativize(part).toString().replace('\\', '/');
        List<Element> forms = new ArrayList<>();
        for (Path page : pagesShowing(part)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            NodeList includes = factory.newDocumentBuilder().parse(page.toFile())
                    .getElementsByTagNameNS("jakarta.faces.facelets", "include");
            for (int i = 0; i < includes.getLength(); i++) {
                Element include = (Element) includes.item(i);
                if (included.equals(include.getAttribute("src"))) {
                    forms.add(formOf(include));
                }
            }
        }
        return forms;
    }

    private static Element formOf(Element field) {
        for (Node node = field.getParentNode(); node instanceof Element element; node = node.getParentNode()) {
            if ("form".equals(element.getLocalName())) {
                return element;
            }
        }
        return null;
    }

    private static List<Path> viewsWithAFileField() throws IOException {
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            return files.filter(file -> file.toString().endsWith(".xhtml")).filter(file -> {
                try {
                    String text = Files.readString(file);
                    return text.contains("<p:fileUpload") || text.contains("<h:inputFile");
                } catch (IOException unreadable) {
                    throw new java.io.UncheckedIOException(unreadable);
                }
            }).sorted().toList();
        }
    }

    private static List<Element> fileFields(Path view) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document document = factory.newDocumentBuilder().parse(view.toFile());
        List<Element> found = new ArrayList<>();
        for (String[] tag : new String[][] {{"primefaces", "fileUpload"}, {"jakarta.faces.html", "inputFile"}}) {
            NodeList nodes = document.getElementsByTagNameNS(tag[0], tag[1]);
            for (int i = 0; i < nodes.getLength(); i++) {
                found.add((Element) nodes.item(i));
            }
        }
        return found;
    }

    private static boolean insideALimit(Element field) {
        for (Node node = field.getParentNode(); node instanceof Element element; node = node.getParentNode()) {
            if (!element.getAttribute("data-max-bytes").isBlank()) {
                return !element.getAttribute("data-too-large").isBlank();
            }
        }
        return false;
    }

    /** The view itself when it is a page (it names a template), else the pages that include it. */
    private static List<Path> pagesShowing(Path view) throws IOException {
        if (!template(view).isEmpty()) {
            return List.of(view);
        }
        String included = "/" + WEBAPP.relativize(view).toString().replace('\\', '/');
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            return files.filter(file -> file.toString().endsWith(".xhtml")).filter(file -> {
                try {
                    return Files.readString(file).contains("src=\"" + included + "\"");
                } catch (IOException unreadable) {
                    throw new java.io.UncheckedIOException(unreadable);
                }
            }).toList();
        }
    }

    private static String template(Path page) throws IOException {
        java.util.regex.Matcher template = java.util.regex.Pattern.compile("template=\"([^\"]+)\"")
                .matcher(Files.readString(page));
        return template.find() ? template.group(1) : "";
    }
}
