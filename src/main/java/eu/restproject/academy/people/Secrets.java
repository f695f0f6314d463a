package eu.restproject.academy.people;

import eu.restproject.academy.platform.security.RandomCodes;

/** Random passwords and tokens from one strong source. */
final class Secrets {

    /** No characters that are easily confused when read from a log or a screen (0/O, 1/l/I). */
    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private Secrets() {}

    static String password(int length) {
        return RandomCodes.code(length, PASSWORD_ALPHABET);
    }

    static String token() {
        return "ra_" + RandomCodes.urlSafeToken(32);
    }
}
