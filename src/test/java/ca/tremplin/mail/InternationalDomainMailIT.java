package ca.tremplin.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ca.tremplin.testsupport.Deployments;
import ca.tremplin.testsupport.TestMailServer;
import jakarta.mail.Message;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A person who gives an address whose domain is not ASCII ("…@école.ca") gets their acknowledgement: the outbox writes
 * the domain in ASCII ("xn--cole-9oa.ca"), which mail servers read, where it wrote the Unicode bytes that no server
 * without SMTPUTF8 takes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InternationalDomainMailIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL deployment;

    @Test
    void anAcknowledgementToADomainInUnicodeArrivesAtTheDomainInAscii() throws Exception {
        TestMailServer.running();
        String local = "idn." + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(deployment.toString().replaceAll("/+$", "") + "/api/inquiries"))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"firstName": "Élise", "lastName": "Gagnon", "email": "%s@école.ca",
                         "countryOfResidence": "CA", "citizenship": "CA", "consentToContact": true}"""
                        .formatted(local))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, created.statusCode(), created.body());

        Message acknowledgement = TestMailServer.awaitMessageTo(local + "@xn--cole-9oa.ca");

        assertEquals(local + "@xn--cole-9oa.ca",
                acknowledgement.getRecipients(Message.RecipientType.TO)[0].toString());
    }
}
