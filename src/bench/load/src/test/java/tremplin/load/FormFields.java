package tremplin.load;

import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.http.HttpRequestActionBuilder;

/**
 * The information request form as a browser posts it (Faces form "inquiry", a stateless view), with the
 * view state marker, submission token and script nonce read from the page just loaded, as the page's own script would send them. Success is the confirmation section of the answer page.
 */
final class FormFields {

    private FormFields() {
    }

    static HttpRequestActionBuilder submit() {
        return http("POST /fr/information").post("/fr/information?program=#{program}")
                .formParam("inquiry", "inquiry")
                .formParam("inquiry:token", "#{token}")
                .formParam("inquiry:referrer", "")
                .formParam("inquiry:firstName", "#{firstName}")
                .formParam("inquiry:lastName", "#{lastName}")
                .formParam("inquiry:email", "#{email}")
                .formParam("inquiry:phone", "+221 77 123 45 67")
                .formParam("inquiry:countryOfResidence", "SN")
                .formParam("inquiry:citizenship", "SN")
                .formParam("inquiry:birthYear", "2003")
                .formParam("inquiry:education", "SECONDARY")
                .formParam("inquiry:frenchLevel", "C1")
                .formParam("inquiry:programIds_hinput", "#{program}")
                .formParam("inquiry:preferredIntake", "")
                .formParam("inquiry:heardFrom", "FAIR")
                .formParam("inquiry:message", "Je souhaite étudier au Québec.")
                .formParam("inquiry:website", "")
                .formParam("inquiry:consentToContact", "on")
                .formParam("inquiry:submit", "")
                .formParam("jakarta.faces.ViewState", "#{viewState}")
                .formParam("primefaces.nonce", "#{nonce}")
                .check(status().is(200))
                .check(regex("id=\"confirmation-number\"").exists());
    }
}
