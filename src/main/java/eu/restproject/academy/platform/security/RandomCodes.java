package eu.restproject.academy.platform.security;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The one source of random codes and tokens in the application: every secret a person or a machine
 * presents back to us (API tokens, session secrets, invitation and certificate codes, generated
 * passwords) comes from here, so there is a single {@link SecureRandom} to review. The callers keep
 * their own alphabets, lengths and formats, because codes already stored or printed must keep their
 * shape.
 */
public final class RandomCodes {

    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomCodes() {}

    /** {@code bytes} random bytes in URL-safe Base64 without padding (4 characters for every 3 bytes). */
    public static String urlSafeToken(int bytes) {
        if (bytes <= 0) {
            throw new IllegalArgumentException("A token needs at least one byte, not " + bytes);
        }
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /** {@code length} characters drawn uniformly and independently from {@code alphabet}. */
    public static String code(int length, String alphabet) {
        if (length <= 0 || alphabet == null || alphabet.isEmpty()) {
            throw new IllegalArgumentException("A code needs a positive length and a non-empty alphabet");
        }
        StringBuilder code = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            code.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return code.toString();
    }
}
