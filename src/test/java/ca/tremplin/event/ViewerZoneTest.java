package ca.tremplin.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ViewerZoneTest {

    @Test
    void anIgnoredZoneIsShownWholeUpToSixtyCharactersAndCutBetweenCharactersBeyond() {
        assertEquals("Mars/Olympus", ViewerZone.shortened("Mars/Olympus"));
        String emoji = "🌍".repeat(61);
        String shown = ViewerZone.shortened(emoji);
        assertEquals("🌍".repeat(60) + "…", shown, "sixty whole characters, each outside the Basic Multilingual Plane");
        assertEquals(61, shown.codePointCount(0, shown.length()));
    }
}
