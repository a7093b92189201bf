package ca.tremplin.showcase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.kernel.Languages;
import ca.tremplin.person.ConsentPurpose;
import ca.tremplin.person.ConsentRecord;
import ca.tremplin.person.ConsentTexts;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * How an apprentice asked the centre to withdraw their profile, as staff write it down: whatever the form takes is
 * kept whole in the consent register after the name of who wrote it, and a longer account is refused with its length
 * rather than cut where the register's column ends (often the day and the channel the form asks for).
 */
class WithdrawalSaidToStaffTest {

    @Test
    void theLongestAccountTakenIsKeptWholeInTheRegisterAndALongerOneIsRefused() {
        String longest = "é".repeat(ShowcaseModeration.WITHDRAW_HOW_MAX);
        String taken = ShowcaseModeration.reason(longest, "showcase.moderation.withdrawHowRequired",
                ShowcaseModeration.WITHDRAW_HOW_MAX);

        String source = ConsentRecord.forShowcaseProfile(41L, "lea@exemple.test", ConsentPurpose.PUBLICATION, false,
                ConsentTexts.showcase(ConsentTexts.SHOWCASE_WITHDRAWAL_TO_STAFF_VERSION, Languages.FRENCH),
                Languages.FRENCH, Instant.parse("2027-03-10T17:00:00Z"), null)
                .saidToStaff(Long.MAX_VALUE, taken).getSource();
        assertTrue(source.endsWith(longest), "kept whole after the longest staff id: " + source);

        BusinessRuleException refused = assertThrows(BusinessRuleException.class, () -> ShowcaseModeration.reason(
                longest + "e", "showcase.moderation.withdrawHowRequired", ShowcaseModeration.WITHDRAW_HOW_MAX));
        assertEquals("showcase.error.tooLongAtMost", refused.messageKey());
    }
}
