package eu.restproject.academy.seminar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The personal codes printed on a session's sign-in sheet: {@code sessionId.accountId.signature},
 * signed with the session's secret so that one cannot be made up for another person or session.
 * A trainer scans them after the session to record attendance from paper.
 */
public final class SheetTokens {

    private static final Pattern FORM = Pattern.compile("(\\d{1,18})\\.(\\d{1,18})\\.([A-Za-z0-9_-]{16,64})");

    public record Reference(long sessionId, long accountId, String signature) {}

    private SheetTokens() {}

    public static String issue(SeminarSession session, long accountId) {
        return session.getId() + "." + accountId + "." + sign(session.tokenSecret(), session.getId(), accountId);
    }

    /** The session and person a token names, if it is well formed; whether it is genuine needs the session. */
    public static Optional<Reference> parse(String token) {
        if (token == null) {
            return Optional.empty();
        }
        Matcher matcher = FORM.matcher(token.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(
                new Reference(Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2)), matcher.group(3)));
    }

    static boolean genuine(SeminarSession session, Reference reference) {
        String expected = sign(session.tokenSecret(), reference.sessionId(), reference.accountId());
        return MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII),
                reference.signature().getBytes(StandardCharsets.US_ASCII));
    }

    private static String sign(String secret, long sessionId, long accountId) {
        byte[] digest = SessionSignatures.sign(secret, "sheet:" + sessionId + ":" + accountId);
        // 16 bytes are plenty against guessing and keep the printed QR code small.
        return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, 16));
    }
}
