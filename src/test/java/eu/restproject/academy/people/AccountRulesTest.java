package eu.restproject.academy.people;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.restproject.academy.platform.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccountRulesTest {

    @Test
    void emailIsStoredLowerCaseAndTrimmed() {
        assertEquals("anna.berger@lefoe.at", AccountRules.checkEmail("  Anna.Berger@LEFOE.at "));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "anna",
                "anna@",
                "@lefoe.at",
                "anna@lefoe",
                "an na@lefoe.at",
                "anna@@lefoe.at",
                "anna\u0007@lefoe.at",
                "anna@.at"
            })
    void malformedEmailsAreRefused(String email) {
        InvalidInputException refusal = assertThrows(InvalidInputException.class, () -> AccountRules.checkEmail(email));
        assertEquals("email", refusal.field());
        assertEquals("error.email.malformed", refusal.messageKey());
    }

    @Test
    void overLongEmailIsRefusedWithTheLimit() {
        String email = "a".repeat(60) + "@" + "b".repeat(200) + ".org";
        InvalidInputException refusal = assertThrows(InvalidInputException.class, () -> AccountRules.checkEmail(email));
        assertEquals("error.email.tooLong", refusal.messageKey());
        assertEquals(254, refusal.arguments()[0]);
    }

    @Test
    void emptyEmailIsRequired() {
        assertEquals(
                "error.email.required",
                assertThrows(InvalidInputException.class, () -> AccountRules.checkEmail("  "))
                        .messageKey());
    }

    @Test
    void namesKeepAccentsButNotControlCharacters() {
        assertEquals("Milica Jovanović", AccountRules.checkDisplayName(" Milica Jovanović "));
        assertEquals(
                "error.name.malformed",
                assertThrows(InvalidInputException.class, () -> AccountRules.checkDisplayName("Eve\u0000Hacker"))
                        .messageKey());
        assertEquals(
                "error.name.tooLong",
                assertThrows(InvalidInputException.class, () -> AccountRules.checkDisplayName("x".repeat(101)))
                        .messageKey());
        assertEquals(
                "error.name.required",
                assertThrows(InvalidInputException.class, () -> AccountRules.checkDisplayName(" "))
                        .messageKey());
    }

    @Test
    void longUnrelatedPassphraseIsAccepted() {
        assertDoesNotThrow(() -> AccountRules.checkPassword("password", "river lantern orchard", "anna@lefoe.at"));
    }

    @Test
    void shortPasswordIsRefusedWithTheMinimum() {
        InvalidInputException refusal = assertThrows(
                InvalidInputException.class, () -> AccountRules.checkPassword("password", "Short1!", "anna@lefoe.at"));
        assertEquals("error.password.tooShort", refusal.messageKey());
        assertEquals(12, refusal.arguments()[0]);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Password1234", "aaaaaaaaaaaaaaaa", "ababababababab", "anna.berger-2026", "restacademy123"})
    void guessablePasswordsAreWeak(String password) {
        assertEquals(
                "error.password.weak",
                assertThrows(
                                InvalidInputException.class,
                                () -> AccountRules.checkPassword("password", password, "anna.berger@lefoe.at"))
                        .messageKey());
    }

    @Test
    void overLongPasswordIsRefused() {
        assertEquals(
                "error.password.tooLong",
                assertThrows(
                                InvalidInputException.class,
                                () -> AccountRules.checkPassword("password", "x1y2z3".repeat(30), "a@b.org"))
                        .messageKey());
    }
}
