package eu.restproject.academy.seminar;

import eu.restproject.academy.people.Caller;
import eu.restproject.academy.people.Country;
import eu.restproject.academy.people.Role;
import eu.restproject.academy.platform.AccessDeniedException;

/**
 * Who may do what with a seminar. Seeing one (with its participants) follows the country scope of
 * personal data; managing one takes the coordinator of its country or the admin; running its
 * sessions (check-in screen, roll call) also the trainers assigned to it.
 */
public final class SeminarAccess {

    private SeminarAccess() {}

    public static boolean maySee(Caller caller, Seminar seminar) {
        return caller.maySeePeopleOf(seminar.getCountry());
    }

    public static boolean mayManage(Caller caller, Country country) {
        return caller.has(Role.ADMIN) || (caller.has(Role.COORDINATOR) && caller.country() == country);
    }

    public static boolean mayRun(Caller caller, Seminar seminar) {
        return mayManage(caller, seminar.getCountry())
                || (caller.has(Role.TRAINER)
                        && caller.country() == seminar.getCountry()
                        && seminar.isTrainer(caller.accountId()));
    }

    public static void requireSee(Caller caller, Seminar seminar) {
        if (!maySee(caller, seminar)) {
            throw new AccessDeniedException("error.access.otherCountry");
        }
    }

    public static void requireManage(Caller caller, Country country) {
        if (!mayManage(caller, country)) {
            throw new AccessDeniedException(
                    caller.country() == country || caller.has(Role.COORDINATOR)
                            ? "seminar.error.notCoordinator"
                            : "error.access.otherCountry");
        }
    }

    public static void requireRun(Caller caller, Seminar seminar) {
        if (!mayRun(caller, seminar)) {
            throw new AccessDeniedException(
                    caller.maySeePeopleOf(seminar.getCountry())
                            ? "seminar.error.notTrainer"
                            : "error.access.otherCountry");
        }
    }
}
