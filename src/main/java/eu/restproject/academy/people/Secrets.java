package eu.restproject.academy.people;

import java.security.SecureRandom;
import java.util.Base64;

/** Random passwords and tokens from one strong source. */
final class Secrets {

    /** No characters that are easily confused when read from a log or a screen (0/O, 1/l/I). */
    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {}

    static String password(int length) {
        StringBuilder password = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            password.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }

    static String token() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "ra_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
