package ca.tremplin.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * A change staff write down after the person said it shows when it was recorded beside when it was said; one written
 * as it was said (the person's own page, a call recorded during the call) and a form's line show one time only. Staff
 * read the network address a line came from, or "—" where none was kept.
 */
class ConsentEntryTest {

    private static ConsentEntry change(String said, String recorded) {
        return new ConsentEntry(Instant.parse(said), ConsentPurpose.CONTACT, false, ConsentChannel.PHONE, null, "fr",
                "v", "texte", null, 7L, null, false, recorded == null ? null : Instant.parse(recorded));
    }

    @Test
    void aChangeRecordedAfterItWasSaidSaysWhenItWasRecorded() {
        assertEquals(Instant.parse("2026-11-11T09:30:00Z"),
                change("2026-11-10T15:00:00Z", "2026-11-11T09:30:00Z").recordedLater());
        assertNull(change("2026-11-10T15:00:00Z", "2026-11-10T15:00:40Z").recordedLater(), "written as it was said");
        assertNull(change("2026-11-10T15:00:00Z", null).recordedLater(), "a form's line");
        assertNull(ConsentStandingsTest.form(ConsentPurpose.NEWS, true, "2026-11-10T15:00:00Z").recordedLater());
    }

    @Test
    void aLineSaysTheNetworkAddressItCameFromOrADashWhereNoneWasKept() {
        ConsentEntry fromThePersonsPage = new ConsentEntry(Instant.parse("2026-11-10T15:00:00Z"),
                ConsentPurpose.NEWS, false, ConsentChannel.PREFERENCES, null, "fr", "v", "texte", null, null, null,
                false, Instant.parse("2026-11-10T15:00:00Z"), "2001:db8::7");
        assertEquals("2001:db8::7", fromThePersonsPage.networkAddress());
        assertEquals("—", change("2026-11-10T15:00:00Z", null).networkAddress(), "written down by staff");
        ConsentEntry erased = new ConsentEntry(Instant.parse("2026-11-10T15:00:00Z"), ConsentPurpose.CONTACT, true,
                null, "—", "fr", "v", "texte", null, null, null, false, null, " ");
        assertEquals("—", erased.networkAddress(), "cleared, or blank");
        assertEquals("—", ConsentStandingsTest.form(ConsentPurpose.NEWS, true, "2026-11-10T15:00:00Z")
                .networkAddress(), "a line built without one");
    }
}
