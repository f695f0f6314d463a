package eu.restproject.academy.seminar;

import java.security.SecureRandom;
import java.util.Base64;

/** Random invitation codes and session secrets. */
final class SeminarSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();
    static final int INVITATION_LENGTH = 8;

    private SeminarSecrets() {}

    /** Eight characters of the check-in alphabet: about 40 bits, easy to read out and type. */
    static String invitationCode() {
        StringBuilder code = new StringBuilder(INVITATION_LENGTH);
        for (int i = 0; i < INVITATION_LENGTH; i++) {
            code.append(CheckInCodes.ALPHABET.charAt(RANDOM.nextInt(CheckInCodes.ALPHABET.length())));
        }
        return code.toString();
    }

    static String sessionSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
