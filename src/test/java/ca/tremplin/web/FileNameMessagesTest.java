package ca.tremplin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.faces.application.FacesMessage;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class FileNameMessagesTest {

    @Test
    void primeFacesRefusalOfAFileNameIsSaidByItsReason() {
        FacesMessage refused = new FacesMessage(FacesMessage.SEVERITY_ERROR, "File Error",
                "Le nom du fichier « Relevé: notes.pdf » ne peut pas être gardé tel quel");
        FileNameMessages.said(refused);
        assertEquals("Le nom du fichier « Relevé: notes.pdf » ne peut pas être gardé tel quel", refused.getSummary());

        FacesMessage other = new FacesMessage(FacesMessage.SEVERITY_ERROR, "Ce champ est obligatoire.", null);
        FileNameMessages.said(other);
        assertEquals("Ce champ est obligatoire.", other.getSummary(), "any other message as it was");
    }

    @Test
    void theReasonsAreInBothBundles() throws Exception {
        for (String bundle : new String[] {"faces_fr.properties", "faces_en.properties"}) {
            Properties read = new Properties();
            read.load(new StringReader(new String(FileNameMessagesTest.class.getResourceAsStream(
                    "/ca/tremplin/i18n/" + bundle).readAllBytes(), StandardCharsets.UTF_8)));
            for (String key : new String[] {"FILENAME_INVALID_CHAR", "FILENAME_INVALID_LINUX",
                    "FILENAME_INVALID_WINDOWS", "FILENAME_EMPTY"}) {
                assertEquals(true, read.containsKey("primefaces.FileValidator." + key), bundle + " " + key);
            }
        }
    }
}
