package eu.restproject.academy.certificate;

import eu.restproject.academy.platform.security.RandomCodes;
import java.util.Locale;
import java.util.Optional;

/**
 * Verification codes: 12 random characters from an alphabet without the look-alikes 0/O and 1/I/L,
 * written in groups of four (K7QM-4XRT-9HCW). 30 letters and digits to the power of 12 leave about
 * 5·10^17 codes, so guessing one that exists is hopeless even without a rate limit.
 */
final class CertificateCodes {

    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ2345679";
    private static final int LENGTH = 12;

    private CertificateCodes() {}

    static String random() {
        return grouped(RandomCodes.code(LENGTH, ALPHABET));
    }

    /** The code as stored, from what a person typed (any case, with or without dashes or spaces); empty if it cannot be one. */
    static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String plain = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (plain.length() != LENGTH || !plain.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(grouped(plain));
    }

    private static String grouped(String plain) {
        return plain.substring(0, 4) + "-" + plain.substring(4, 8) + "-" + plain.substring(8);
    }
}
