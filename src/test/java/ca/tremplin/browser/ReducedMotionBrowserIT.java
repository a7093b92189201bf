package ca.tremplin.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import ca.tremplin.testsupport.BrowserTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chromium.HasCdp;

/**
 * WCAG 2.3.3: a person whose system asks for reduced motion sees no transition or animation, neither the style
 * sheets' (the theme's buttons and fields change colour with a transition) nor the ones PrimeFaces plays through
 * jQuery; a person who did not ask keeps them. The preference is emulated in Chromium, as the system would set it.
 */
class ReducedMotionBrowserIT extends BrowserTest {

    @AfterEach
    void motionAsTheSystemSays() {
        emulateReducedMotion(null);
    }

    @Test
    void askingForReducedMotionStopsEveryTransitionAndAnimation() {
        emulateReducedMotion("reduce");
        browser.go("/signin.xhtml");

        assertEquals(0.0, longestTransitionSeconds("signin:submit"), 0.001, "the sign-in button's transition");
        assertEquals(0.0, longestTransitionSeconds("signin:email"), 0.001, "the e-mail field's transition");
        assertEquals(Boolean.TRUE, script("return window.jQuery.fx.off;"), "PrimeFaces' jQuery animations");
    }

    @Test
    void withoutThePreferenceTheThemeKeepsItsMotion() {
        emulateReducedMotion("no-preference");
        browser.go("/signin.xhtml");

        assertNotEquals(0.0, longestTransitionSeconds("signin:submit"), "the theme's own transition on the button");
        assertEquals(Boolean.FALSE, script("return window.jQuery.fx.off;"));
    }

    private double longestTransitionSeconds(String id) {
        String durations = (String) script("return getComputedStyle(document.getElementById(arguments[0]))"
                + ".transitionDuration;", id);
        double longest = 0;
        for (String duration : durations.split(",")) {
            String value = duration.trim();
            longest = Math.max(longest, value.endsWith("ms")
                    ? Double.parseDouble(value.substring(0, value.length() - 2)) / 1000
                    : Double.parseDouble(value.substring(0, value.length() - 1)));
        }
        return longest;
    }

    private Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script, arguments);
    }

    /** Chromium's own emulation of the media feature; null gives the system's setting back. */
    private static void emulateReducedMotion(String value) {
        List<Map<String, String>> features = value == null
                ? List.of()
                : List.of(Map.of("name", "prefers-reduced-motion", "value", value));
        ((HasCdp) browser.driver()).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", features));
    }
}
