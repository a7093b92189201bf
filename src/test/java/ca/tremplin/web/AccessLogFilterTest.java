package ca.tremplin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AccessLogFilterTest {

    @Test
    void theOneClickUnsubscribeTokenNeverReachesTheLog() {
        assertEquals("/api/unsubscribe/…", AccessLogFilter.loggedPath("/api/unsubscribe/q7Yx-secret_token"));
        assertEquals("/api/programs/12", AccessLogFilter.loggedPath("/api/programs/12"));
        assertEquals("/fr/information", AccessLogFilter.loggedPath("/fr/information"));
    }

    @Test
    void anApprenticesPublicProfileIsLoggedByItsIdWithoutTheName() {
        assertEquals("/fr/vitrine/12", AccessLogFilter.loggedPath("/fr/vitrine/12-amina-diallo"));
        assertEquals("/en/showcase/7", AccessLogFilter.loggedPath("/en/showcase/7-jean-francois-tremblay"));
        assertEquals("/fr/vitrine/12", AccessLogFilter.loggedPath("/fr/vitrine/12"));
        assertEquals("/fr/vitrine", AccessLogFilter.loggedPath("/fr/vitrine"));
        assertEquals("/fr/vitrine-publier.xhtml?invitation=…", AccessLogFilter.loggedPath("/fr/vitrine-publier.xhtml?invitation=abc"));
    }
}
