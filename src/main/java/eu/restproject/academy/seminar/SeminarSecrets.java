package eu.restproject.academy.seminar;

import eu.restproject.academy.platform.security.RandomCodes;

/** Random invitation codes and session secrets. */
final class SeminarSecrets {

    static final int INVITATION_LENGTH = 8;

    private SeminarSecrets() {}

    /** Eight characters of the check-in alphabet: about 40 bits, easy to read out and type. */
    static String invitationCode() {
        return RandomCodes.code(INVITATION_LENGTH, CheckInCodes.ALPHABET);
    }

    static String sessionSecret() {
        return RandomCodes.urlSafeToken(32);
    }
}
