package ca.tremplin.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.kernel.Languages;
import ca.tremplin.web.PageMessages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * An admin's deactivation of a colleague that is refused (their account changed meanwhile, the admin's own role was
 * changed) leaves the page as the admin left it: the colleague chosen to take the work over stays chosen, and the
 * refusal says why, in the reader's language.
 */
class UserPageTest {

    private final List<String> shown = new ArrayList<>();

    @Test
    void aRefusedDeactivationKeepsTheColleagueChosenAndSaysWhyInFrench() {
        UserPage page = pageRefusingWith("user.noLongerAdministrator", Languages.FRENCH, List.of(20L, 21L));
        page.setColleagueId(21L);

        page.deactivate();

        assertEquals(21L, page.getColleagueId(), "the colleague chosen is still the one the work would go to");
        assertEquals(List.of("Votre propre rôle a été modifié entre-temps : vous n’administrez plus les comptes de ce"
                + " centre. Reconnectez-vous."), shown);
    }

    @Test
    void aRefusedDeactivationSaysWhyInEnglish() {
        UserPage page = pageRefusingWith("conflict.modifiedMeanwhile", Languages.ENGLISH, List.of(20L, 21L));
        page.setColleagueId(20L);

        page.deactivate();

        assertEquals(20L, page.getColleagueId());
        assertEquals(List.of("Someone else changed this record while you had it open. Reload the page to see their"
                + " version, then make your changes again."), shown);
    }

    @Test
    void aColleagueWhoLeftMeanwhileIsNoLongerChosenAndTheRefusalSaysSo() {
        UserPage page = pageRefusingWith("user.handoverNotColleague", Languages.ENGLISH, List.of(20L));
        page.setColleagueId(21L);

        page.deactivate();

        assertNull(page.getColleagueId(), "no one the work could no longer go to");
        assertEquals(List.of("Choose an active member of the centre’s staff other than the person leaving."), shown);
    }

    private UserPage pageRefusingWith(String reason, Locale language, List<Long> colleaguesAfter) {
        UserAccount leaving = account(10L, "Leaving Person");
        UserPage page = new UserPage();
        page.signedInUser = new SignedInUser() {
            @Override
            public Long getUserId() {
                return 1L;
            }
        };
        page.messages = new PageMessages() {
            @Override
            public Locale locale() {
                return language;
            }

            @Override
            public void explain(BusinessRuleException broken) {
                shown.add(broken.localizedMessage(language));
            }
        };
        page.administration = new UserAdministration() {
            private boolean refused;

            @Override
            public UserAccount find(long userId) {
                return leaving;
            }

            @Override
            public StaffHandover workHeldBy(long userId) {
                return null;
            }

            @Override
            public List<UserAccount> colleaguesOf(long userId) {
                List<Long> ids = refused ? colleaguesAfter : List.of(20L, 21L);
                return ids.stream().map(id -> account(id, "Colleague " + id)).toList();
            }

            @Override
            public StaffHandover deactivate(long userId, long expectedVersion, Long colleagueId) {
                refused = true;
                throw new BusinessRuleException(reason);
            }
        };
        page.setId(10L);
        page.load();
        return page;
    }

    private static UserAccount account(long id, String name) {
        UserAccount account = new UserAccount("person" + id + "@exemple.test", name, Role.RECRUITER,
                Languages.FRENCH);
        try {
            java.lang.reflect.Field field = UserAccount.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(account, id);
        } catch (ReflectiveOperationException impossible) {
            throw new IllegalStateException(impossible);
        }
        return account;
    }
}
