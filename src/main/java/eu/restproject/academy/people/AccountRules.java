package eu.restproject.academy.people;

import eu.restproject.academy.platform.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What makes an e-mail, a display name and a password acceptable. Pages, the API and start-up
 * configuration all pass through these checks, so the rules live only here.
 */
public final class AccountRules {

    public static final int EMAIL_MAX = 254;
    public static final int NAME_MAX = 100;
    public static final int PASSWORD_MIN = 12;
    public static final int PASSWORD_MAX = 128;

    /**
     * The form of an address, deliberately simple: one @, something on each side, a dot in the
     * domain, no spaces or controls. Also the {@code @Pattern} of request bodies, which is why it
     * allows surrounding spaces and the empty text (those are for {@code @NotBlank} to refuse).
     */
    public static final String EMAIL_FORM =
            "\\s*(?:[^@\\s\\p{Cc}]{1,64}@[^@\\s\\p{Cc}]+\\.[^@\\s\\p{Cc}.][^@\\s\\p{Cc}]*)?\\s*";

    /** A name without control or formatting characters; the {@code @Pattern} of request bodies too. */
    public static final String NAME_FORM = "[^\\p{Cc}\\p{Cf}]*";

    private static final Pattern EMAIL = Pattern.compile(EMAIL_FORM);
    private static final Pattern NAME = Pattern.compile(NAME_FORM);
    private static final Set<String> COMMON_PASSWORDS = loadCommonPasswords();

    private AccountRules() {}

    public static String checkEmail(String email) {
        String normalized = Account.normalizeEmail(email);
        if (normalized.isEmpty()) {
            throw new InvalidInputException("email", "error.email.required");
        }
        if (normalized.length() > EMAIL_MAX) {
            throw new InvalidInputException("email", "error.email.tooLong", EMAIL_MAX);
        }
        if (!EMAIL.matcher(normalized).matches()) {
            throw new InvalidInputException("email", "error.email.malformed");
        }
        return normalized;
    }

    public static String checkDisplayName(String name) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty()) {
            throw new InvalidInputException("displayName", "error.name.required");
        }
        if (stripped.length() > NAME_MAX) {
            throw new InvalidInputException("displayName", "error.name.tooLong", NAME_MAX);
        }
        if (!NAME.matcher(stripped).matches()) {
            throw new InvalidInputException("displayName", "error.name.malformed");
        }
        return stripped;
    }

    /**
     * Length is what makes a password strong (NIST SP 800-63B): at least 12 characters, no upper
     * bound below 128, no composition rules, but no well-known password and not the e-mail itself.
     */
    public static void checkPassword(String field, String password, String email) {
        if (password == null || password.length() < PASSWORD_MIN) {
            throw new InvalidInputException(field, "error.password.tooShort", PASSWORD_MIN);
        }
        if (password.length() > PASSWORD_MAX) {
            throw new InvalidInputException(field, "error.password.tooLong", PASSWORD_MAX);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String localPart = Account.normalizeEmail(email).split("@", 2)[0];
        if (COMMON_PASSWORDS.contains(lower)
                || lower.chars().distinct().count() < 4
                || (localPart.length() >= 4 && lower.contains(localPart))) {
            throw new InvalidInputException(field, "error.password.weak");
        }
    }

    private static Set<String> loadCommonPasswords() {
        try (InputStream in = AccountRules.class.getResourceAsStream("common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
