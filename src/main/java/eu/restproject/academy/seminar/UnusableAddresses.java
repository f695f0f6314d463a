package eu.restproject.academy.seminar;

import eu.restproject.academy.platform.InvalidInputException;
import java.util.List;

/**
 * Invitation addresses that are not e-mail addresses: nothing was sent, and each bad address is named
 * with the reason the account rules give, so that the coordinator can correct exactly those.
 */
public class UnusableAddresses extends InvalidInputException {

    /** One bad address as typed, and why: a message key of the account rules and its arguments. */
    public record Problem(String address, String messageKey, Object[] arguments) {

        public Problem {
            arguments = arguments.clone();
        }
    }

    private final transient List<Problem> problems;

    UnusableAddresses(List<Problem> problems) {
        super("addresses", "seminar.invite.error.addresses", problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
