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
}
