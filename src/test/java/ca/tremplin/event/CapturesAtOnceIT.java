package ca.tremplin.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ca.tremplin.testsupport.DemoAccounts;
import ca.tremplin.testsupport.Deployments;
import ca.tremplin.testsupport.HttpVisitor;
import ca.tremplin.testsupport.PublicForms;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A person with an e-mail captured at the same moment four times at a fair — a tablet sending an entry again while
 * its first sending is at work, a second recruiter's tablet —: one registration, one answer "created", the others
 * "registered already", never an error for the tablet to keep retrying.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CapturesAtOnceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL deployment;

    @Test
    void onePersonCapturedFourTimesAtOnceIsOneRegistrationAndNoError() throws Exception {
        Matcher id = Pattern.compile("fr/evenements/(\\d+)-").matcher(PublicForms.firstEventTakingRegistrations(
                deployment, "Centre de services scolaire du Fjord"));
        id.find();
        String captures = "api/staff/events/" + id.group(1) + "/captures";
        String email = "salon." + UUID.randomUUID().toString().substring(0, 10) + "@exemple.sn";
        String person = """
                {"firstName": "Ndèye", "lastName": "Fall", "email": "%s", "countryOfResidence": "SN",
                 "consentToContact": true}""".formatted(email);
        String origin = deployment.toString().replaceAll("/+$", "");
        List<HttpVisitor> tablets = List.of(new HttpVisitor(deployment), new HttpVisitor(deployment));
        tablets.get(0).signIn(DemoAccounts.FJORD_RECRUITER, DemoAccounts.PASSWORD);
        tablets.get(1).signIn(DemoAccounts.FJORD_ADMIN, DemoAccounts.PASSWORD);
        String sameSending = UUID.randomUUID().toString();
        List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            HttpVisitor tablet = tablets.get(i % 2);
            String key = i < 2 ? sameSending : UUID.randomUUID().toString();
            sent.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return tablet.post(captures, "application/json", person, Map.of("Origin", origin,
                            "Idempotency-Key", key));
                } catch (Exception failed) {
                    throw new IllegalStateException(failed);
                }
            }));
        }
        List<Integer> answered = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> answer : sent) {
            answered.add(answer.get().statusCode());
        }
        java.util.Collections.sort(answered);
        assertEquals(List.of(200, 200, 200, 201), answered, "one created, the others registered already");
        assertEquals(1, registrations(email));
    }

    private static long registrations(String email) throws Exception {
        return ca.tremplin.testsupport.TestDatabase.count(
                "select count(*) from event_registration where email_normalized = ?", email);
    }
}
