package ca.tremplin.showcase;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ca.tremplin.kernel.Languages;
import org.junit.jupiter.api.Test;

/** A photo refused for its size says how large it is, which the photo's check, reading no further, cannot know. */
class ProfileFormFieldsTest {

    @Test
    void aPhotoTooLargeIsSaidWithItsSizeAndOtherRefusalsAsTheyAre() {
        assertEquals("La photo pèse 16,8 Mo, plus que les 15 Mo permis. Envoyez-la en taille réduite : la plupart des"
                + " téléphones le proposent au moment de partager une photo.",
                ProfileFormFields.problemText("photo.rejected.FILE_TOO_LARGE", Languages.FRENCH, 16L * 1024 * 1024));
        assertEquals("The photo is 16.8 MB, larger than the 15 MB allowed. Please send a smaller version: most phones"
                + " offer one when you share a photo.",
                ProfileFormFields.problemText("photo.rejected.FILE_TOO_LARGE", Languages.ENGLISH, 16L * 1024 * 1024));
        assertEquals("The file sent is empty. Please choose a photo.",
                ProfileFormFields.problemText("photo.rejected.EMPTY", Languages.ENGLISH, 0));
    }

    /** Both photos together over the page's limit are said with their total, which the page's script puts in. */
    @Test
    void bothPhotosTooLargeTogetherAreSaidWithTheirTotal() {
        assertEquals("Ensemble, les deux photos pèsent {size} Mo, plus que les 20 Mo permis : gardez-en une seule, ou"
                + " envoyez une version réduite.", ca.tremplin.kernel.Messages.get(Languages.FRENCH,
                "showcase.form.photosTooLarge", ca.tremplin.kernel.FileSize.CHOSEN_SIZE));
        assertEquals("Together, the two photos are 23.1 MB, larger than the 20 MB allowed: keep only one, or send a"
                + " smaller version.", ca.tremplin.kernel.Messages.get(Languages.ENGLISH,
                "showcase.form.photosTooLarge", new ca.tremplin.kernel.FileSize(2L * 11 * 1024 * 1024)));
    }
}
