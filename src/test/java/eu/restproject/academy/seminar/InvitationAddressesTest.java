package eu.restproject.academy.seminar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.restproject.academy.platform.InvalidInputException;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** How the invitation form's text becomes addresses: separators, duplicates, bad ones and the limit. */
class InvitationAddressesTest {

    @Test
    void commasSemicolonsSpacesAndLinesSeparateAndDuplicatesCountOnce() {
        assertEquals(
                List.of("ana@example.org", "luc@example.fr", "ion@example.md"),
                InvitationAddresses.read(" Ana@Example.org,luc@example.fr;\r\nion@example.md\tana@example.org "));
    }

    @Test
    void everyBadAddressIsNamedWithItsReason() {
        UnusableAddresses refused = assertThrows(
                UnusableAddresses.class,
                () -> InvitationAddresses.read("ok@example.org, @example.org\nname@host two@@example.org"));

        assertEquals(
                List.of("@example.org", "name@host", "two@@example.org"),
                refused.problems().stream()
                        .map(UnusableAddresses.Problem::address)
                        .toList());
        assertEquals("seminar.invite.error.addresses", refused.messageKey());
        assertEquals(3, refused.arguments()[0]);
    }

    @Test
    void nothingOrMoreThanASendHoldsIsRefused() {
        assertEquals(
                "seminar.invite.error.none",
                assertThrows(InvalidInputException.class, () -> InvitationAddresses.read(" ,; "))
                        .messageKey());
        String many = IntStream.rangeClosed(1, InvitationAddresses.MAX_PER_SEND + 1)
                .mapToObj(i -> "p" + i + "@example.org")
                .collect(Collectors.joining(","));
        assertEquals(
                "seminar.invite.error.tooMany",
                assertThrows(InvalidInputException.class, () -> InvitationAddresses.read(many))
                        .messageKey());
        assertEquals(
                InvitationAddresses.MAX_PER_SEND,
                InvitationAddresses.read(many.substring(0, many.lastIndexOf(',')))
                        .size());
    }
}
