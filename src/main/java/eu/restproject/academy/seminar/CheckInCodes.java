package eu.restproject.academy.seminar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;

/**
 * The rotating check-in codes of a session. The code of each period of {@code rotationSeconds} is
 * derived from the session's secret (HMAC-SHA256), so nothing is stored per code and every node
 * computes the same one. A code is accepted during its own period and the next, which gives a
 * phone that scanned just before the change time to send it; a screenshot is worthless after that.
 * Codes use letters and digits that cannot be mistaken for one another when typed.
 */
public final class CheckInCodes {

    public static final int LENGTH = 6;
    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    private final String secret;
    private final long sessionId;
    private final int rotationSeconds;

    public CheckInCodes(String secret, long sessionId, int rotationSeconds) {
        if (rotationSeconds < 1) {
            throw new IllegalArgumentException("rotationSeconds must be positive");
        }
        this.secret = secret;
        this.sessionId = sessionId;
        this.rotationSeconds = rotationSeconds;
    }

    public String codeAt(Instant at) {
        return code(period(at));
    }

    /** When the code shown at {@code at} gives way to the next. */
    public Instant nextChange(Instant at) {
        return Instant.ofEpochSecond((period(at) + 1) * rotationSeconds);
    }

    /** Whether {@code typed} (case and spaces ignored) is the code of this period or the one before. */
    public boolean accepts(String typed, Instant at) {
        if (typed == null) {
            return false;
        }
        byte[] given = normalise(typed).getBytes(StandardCharsets.US_ASCII);
        long now = period(at);
        // Constant-time comparison, so that timing tells nothing about a guessed code.
        boolean current = MessageDigest.isEqual(given, code(now).getBytes(StandardCharsets.US_ASCII));
        boolean previous = MessageDigest.isEqual(given, code(now - 1).getBytes(StandardCharsets.US_ASCII));
        return current | previous;
    }

    public static String normalise(String typed) {
        return typed.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
    }

    private long period(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), rotationSeconds);
    }

    private String code(long period) {
        byte[] digest = SessionSignatures.sign(secret, sessionId + ":" + period);
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt((digest[i] & 0xff) % ALPHABET.length()));
        }
        return code.toString();
    }
}
