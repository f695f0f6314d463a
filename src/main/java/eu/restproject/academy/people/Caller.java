package eu.restproject.academy.people;

import eu.restproject.academy.platform.AccessDeniedException;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who is asking, as services see it. Every service that reads or changes personal data takes a
 * caller and checks it here, so that the country scope holds whether the request came from a page,
 * the API or a test.
 */
public record Caller(long accountId, String email, Set<Role> roles, Country country) {

    public Caller {
        roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public static Caller of(Account account) {
        return new Caller(account.getId(), account.getEmail(), account.getRoles(), account.getCountry());
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isStaff() {
        return has(Role.ADMIN) || has(Role.COORDINATOR) || has(Role.TRAINER);
    }

    /** Admins see every country; trainers and coordinators their own; participants none but themselves. */
    public boolean maySeePeopleOf(Country target) {
        if (has(Role.ADMIN)) {
            return true;
        }
        return target != null && target == country && (has(Role.COORDINATOR) || has(Role.TRAINER));
    }

    public void requirePeopleOf(Country target) {
        if (!maySeePeopleOf(target)) {
            throw new AccessDeniedException("error.access.otherCountry");
        }
    }

    public void require(Role role) {
        if (!has(role)) {
            throw new AccessDeniedException("error.access.role");
        }
    }
}
