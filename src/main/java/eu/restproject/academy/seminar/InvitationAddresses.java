package eu.restproject.academy.seminar;

import eu.restproject.academy.people.AccountRules;
import eu.restproject.academy.platform.InvalidInputException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The addresses a coordinator typed or pasted to invite, one by one: separated by commas, semicolons,
 * spaces or lines, compared without case, each checked by the account rules for e-mail addresses.
 * Either every address is usable or none is sent to, and the refusal names each bad one with its reason.
 */
final class InvitationAddresses {

    /** Addresses one send may hold: a seminar room, not a mailing list. */
    static final int MAX_PER_SEND = 50;

    private static final int MAX_TEXT = 20_000;
    private static final Pattern SEPARATORS = Pattern.compile("[,;\\s]+");

    private InvitationAddresses() {}

    /** The distinct addresses of {@code text}, normalised, in the order given. */
    static List<String> read(String text) {
        if (text == null) {
            throw new InvalidInputException("addresses", "seminar.invite.error.none");
        }
        if (text.length() > MAX_TEXT) {
            throw new InvalidInputException("addresses", "seminar.invite.error.tooMany", MAX_PER_SEND);
        }
        Set<String> addresses = new LinkedHashSet<>();
        List<UnusableAddresses.Problem> problems = new ArrayList<>();
        for (String candidate : SEPARATORS.split(text.strip())) {
            if (candidate.isEmpty()) {
                continue;
            }
            try {
                addresses.add(AccountRules.checkEmail(candidate));
            } catch (InvalidInputException bad) {
                problems.add(new UnusableAddresses.Problem(candidate, bad.messageKey(), bad.arguments()));
            }
        }
        if (!problems.isEmpty()) {
            throw new UnusableAddresses(problems);
        }
        if (addresses.isEmpty()) {
            throw new InvalidInputException("addresses", "seminar.invite.error.none");
        }
        if (addresses.size() > MAX_PER_SEND) {
            throw new InvalidInputException("addresses", "seminar.invite.error.tooMany", MAX_PER_SEND);
        }
        return List.copyOf(addresses);
    }
}
