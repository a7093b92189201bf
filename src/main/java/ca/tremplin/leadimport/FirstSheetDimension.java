package ca.tremplin.leadimport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The last row a workbook's first sheet declares in its {@code <dimension ref="A1:H120"/>}, read before any row:
 * the workbook's first {@code <sheet>}, its part through the workbook's relationships, and that part's XML up to
 * its rows. A workbook without a dimension declares nothing (0); one that cannot be read so is left to the reader,
 * which refuses it with its own reason.
 */
final class FirstSheetDimension {

    private static final String RELATIONSHIPS_NS =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private FirstSheetDimension() {
    }

    static long lastRow(Path workbook) {
        try (ZipFile zip = new ZipFile(workbook.toFile())) {
            String relationId = firstAttribute(zip, "xl/workbook.xml", "sheet", RELATIONSHIPS_NS, "id", null);
            if (relationId == null) {
                return 0;
            }
            String target = firstAttribute(zip, "xl/_rels/workbook.xml.rels", "Relationship", null, "Target",
                    relationId);
            if (target == null) {
                return 0;
            }
            String part = target.startsWith("/") ? target.substring(1) : "xl/" + target;
            String ref = firstAttribute(zip, part, "dimension", null, "ref", null);
            return ref == null ? 0 : lastRowOf(ref);
        } catch (IOException | XMLStreamException | RuntimeException unreadable) {
            return 0;
        }
    }

    /** "A1:H120" → 120; "B7" → 7. */
    static long lastRowOf(String ref) {
        String last = ref.substring(ref.indexOf(':') + 1);
        String digits = last.replaceAll("[^0-9]", "");
        return digits.isEmpty() ? 0 : Long.parseLong(digits.length() > 18 ? "999999999999999999" : digits);
    }

    /**
     * The attribute of the first element of that name (with {@code Id} equal to {@code withId}, when given), read
     * until it is found or the sheet's rows begin.
     */
    private static String firstAttribute(ZipFile zip, String part, String element, String namespace,
                                         String attribute, String withId) throws IOException, XMLStreamException {
        ZipEntry entry = zip.getEntry(part);
        if (entry == null) {
            return null;
        }
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try (InputStream in = zip.getInputStream(entry)) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            try {
                while (xml.hasNext()) {
                    if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    String name = xml.getLocalName();
                    if ("sheetData".equals(name)) {
                        return null;
                    }
                    if (element.equals(name) && (withId == null || withId.equals(xml.getAttributeValue(null, "Id")))) {
                        return xml.getAttributeValue(namespace, attribute);
                    }
                }
                return null;
            } finally {
                xml.close();
            }
        }
    }
}
