package ca.tremplin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.kernel.EmailAddresses;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * An address pasted into the staff's invitation, sign-in or reset form is taken as meant, before the form's check of
 * what an address looks like: a mail program's "Name &lt;address&gt;", a web page's "mailto:", a zero-width space.
 */
class TypedEmailAddressTest {

    private final TypedEmailAddress converter = new TypedEmailAddress();

    @Test
    void aPastedAddressIsTheAddressItNames() {
        assertEquals("awa.diop@exemple.ca", converter.getAsObject(null, null, "Awa Diop <awa.diop@exemple.ca>"));
        assertEquals("awa.diop@exemple.ca", converter.getAsObject(null, null, "\"Diop, Awa\" <awa.diop@exemple.ca> "));
        assertEquals("awa.diop@exemple.ca", converter.getAsObject(null, null, "mailto:awa.diop@exemple.ca"));
        assertEquals("awa.diop@exemple.ca", converter.getAsObject(null, null, "awa\u200B.diop@exemple.ca\u00A0"));
        assertEquals("Awa@École.ca", converter.getAsObject(null, null, "Awa@E\u0301cole.ca"), "case is the key's job");
        assertNull(converter.getAsObject(null, null, " \u200B "), "nothing but blanks is an empty field");
        assertNull(converter.getAsObject(null, null, null));
        for (String pasted : new String[] {"Awa Diop <awa.diop@exemple.ca>", "awa\u200B.diop@exemple.ca"}) {
            assertTrue(converter.getAsObject(null, null, pasted).matches(EmailAddresses.ADDRESS),
                    pasted + " then passes the form's check");
        }
    }

    /**
     * Every address field of the pages of accounts and of a centre's profile takes the address as meant: the
     * invitations', the sign-in's and the reset's, and the centre's contact and privacy officer's addresses, which end
     * every mail the centre sends — one pasted from a web page with a no-break space after it was kept so, and every
     * mail to it given up.
     */
    @Test
    void theAccountAndCentrePagesTakeEachAddressAsMeant() throws Exception {
        List<String> fields = new ArrayList<>();
        List<String> asTyped = new ArrayList<>();
        for (String page : List.of("admin/users.xhtml", "admin/tenant.xhtml", "signin.xhtml",
                "password-forgotten.xhtml")) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            NodeList inputs = factory.newDocumentBuilder().parse(Path.of("src", "main", "webapp", page).toFile())
                    .getElementsByTagNameNS("primefaces", "inputText");
            for (int i = 0; i < inputs.getLength(); i++) {
                Element input = (Element) inputs.item(i);
                if ("email".equals(input.getAttribute("type"))) {
                    fields.add(page + " #" + input.getAttribute("id"));
                    if (!"typedEmail".equals(input.getAttribute("converter"))) {
                        asTyped.add(page + " #" + input.getAttribute("id"));
                    }
                }
            }
        }
        assertEquals(6, fields.size(), fields.toString());
        assertEquals(List.of(), asTyped, "address fields without the converter typedEmail");
        assertEquals("dpo@exemple.ca", converter.getAsObject(null, null, "dpo@exemple.ca\u00A0"));
    }
}
