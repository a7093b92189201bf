package ca.tremplin.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void lengthMattersMoreThanCharacterClasses() {
        assertNull(PasswordHasher.weaknessOf("une phrase de passe", "a@b.test"));
        assertEquals("password.tooShort", PasswordHasher.weaknessOf("C0mpl3x!", "a@b.test"));
    }

    @Test
    void trivialPasswordsAreRefused() {
        assertEquals("password.tooSimple", PasswordHasher.weaknessOf("aaaaaaaaaaaaaaaa", "a@b.test"));
        assertEquals("password.sameAsEmail", PasswordHasher.weaknessOf("lucia@exemple.test", "Lucia@exemple.test"));
        assertEquals("password.tooLong", PasswordHasher.weaknessOf("x".repeat(201), "a@b.test"));
    }

    @Test
    void passwordsMadeOfExpectedWordsAndDigitsAreRefusedAndPhrasesAreNot() {
        for (String guessable : new String[] {"Tremplin2026", "Motdepasse123!", "AZERTYUIOP12", "123456789012",
                "Québec2026!!", "lucia.diaz1990", "Bienvenue2026"}) {
            assertEquals("password.guessable", PasswordHasher.weaknessOf(guessable, "lucia.diaz@exemple.test"),
                    guessable);
        }
        assertNull(PasswordHasher.weaknessOf("Tremplin vers Rimouski 2026", "lucia.diaz@exemple.test"));
        assertNull(PasswordHasher.weaknessOf("homard-des-iles-2027", "jean@csiles.qc.ca"));
        assertNull(PasswordHasher.weaknessOf("x7#Kq2!vLm9p", "a@b.test"));
    }
}
