package ca.tremplin.unsubscribe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The unsubscribe page names the link's address and, for a record merged since, the person's other one, both half
 * hidden.
 */
class LinkViewTest {

    @Test
    void theOtherAddressOfAMergedRecordIsHalfHiddenAsTheLinksIs() {
        LinkView merged = LinkView.of("Centre du Fjord", "Fjord Centre",
                List.of("awa.diop@exemple.sn", "adiop@ecole.ca"), true);
        assertEquals("a•••@exemple.sn", merged.maskedEmail());
        assertEquals("a•••@ecole.ca", merged.maskedOtherEmail());

        LinkView alone = LinkView.of("Centre du Fjord", "Fjord Centre", List.of("awa.diop@exemple.sn"), false);
        assertEquals("a•••@exemple.sn", alone.maskedEmail());
        assertEquals(null, alone.maskedOtherEmail(), "one address: no other to name");
    }
}
