package ca.tremplin.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

/**
 * What a visitor sees at the address of a public page that existed and is no longer offered: 410, the page saying what
 * is gone in the address's language, a link to what is still offered of its kind, and nothing a browser keeps.
 */
public final class GoneAnswers {

    private GoneAnswers() {
    }

    /**
     * Opens the address and checks that it answers so.
     *
     * @param saying   words of what the page says is gone
     * @param nextPath the address of the next step's link ("/fr/programmes")
     */
    public static void assertGone(HttpVisitor visitor, String address, String saying, String nextPath)
            throws java.io.IOException, InterruptedException {
        HttpResponse<String> gone = visitor.get(address);
        assertEquals(410, gone.statusCode(), address);
        assertTrue(gone.body().contains(saying) && gone.body().contains("id=\"gone-next\" href=\"" + nextPath + "\""),
                address + ": " + gone.body());
        assertEquals(java.util.Optional.of("no-store"), gone.headers().firstValue("Cache-Control"), address);
    }
}
