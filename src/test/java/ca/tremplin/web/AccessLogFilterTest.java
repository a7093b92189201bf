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
}
