package eu.restproject.academy.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RandomCodesTest {

    @Test
    void aTokenIsUrlSafeBase64OfTheAskedBytesWithoutPadding() {
        String token = RandomCodes.urlSafeToken(32);
        assertEquals(43, token.length(), "32 bytes are 43 Base64 characters without padding");
        assertTrue(token.matches("[A-Za-z0-9_-]+"), token);
        assertEquals(32, Base64.getUrlDecoder().decode(token).length);
        assertEquals(32, RandomCodes.urlSafeToken(24).length());
    }

    @Test
    void aCodeHasTheAskedLengthAndOnlyCharactersOfTheAlphabet() {
        String alphabet = "ABC23";
        Set<Character> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String code = RandomCodes.code(12, alphabet);
            assertEquals(12, code.length());
            code.chars().forEach(c -> {
                assertTrue(alphabet.indexOf(c) >= 0, code);
                seen.add((char) c);
            });
        }
        assertEquals(alphabet.length(), seen.size(), "every character of a small alphabet turns up");
    }

    @Test
    void twoTokensDiffer() {
        assertNotEquals(RandomCodes.urlSafeToken(16), RandomCodes.urlSafeToken(16));
        assertNotEquals(RandomCodes.code(20, "ABCDEFGH"), RandomCodes.code(20, "ABCDEFGH"));
    }

    @Test
    void refusesEmptyRequests() {
        assertThrows(IllegalArgumentException.class, () -> RandomCodes.urlSafeToken(0));
        assertThrows(IllegalArgumentException.class, () -> RandomCodes.code(0, "AB"));
        assertThrows(IllegalArgumentException.class, () -> RandomCodes.code(4, ""));
    }
}
