package ca.tremplin.person;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ca.tremplin.showcase.ProfileStatus;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Which showcase profiles retention may end: every status a profile can have is decided — left behind by its
 * apprentice (withdrawn, refused, waiting for their changes or for a guardian), which the "lost or inactive" period
 * ends, or standing (published on a consent the person keeps, or waiting for the centre's moderator), which it never
 * ends. A status added to the showcase fails here until it is placed on one side.
 */
class ApprenticeRetentionTest {

    private static final Set<String> STANDING = Set.of(ProfileStatus.APPROVED.name(),
            ProfileStatus.AWAITING_MODERATION.name());

    @Test
    void everyStatusOfAProfileIsEitherLeftBehindOrStanding() {
        Set<String> decided = new TreeSet<>(ApprenticeErasure.LEFT_BEHIND);
        decided.addAll(STANDING);
        assertEquals(new TreeSet<>(Arrays.stream(ProfileStatus.values()).map(Enum::name).toList()), decided);
        assertEquals(List.of(), ApprenticeErasure.LEFT_BEHIND.stream().filter(STANDING::contains).toList(),
                "a published profile, or one waiting for a moderator, is never ended by retention");
    }
}
