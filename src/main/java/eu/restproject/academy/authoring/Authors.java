package eu.restproject.academy.authoring;

import eu.restproject.academy.people.Caller;
import eu.restproject.academy.people.Role;
import eu.restproject.academy.platform.AccessDeniedException;

/** Who may author quizzes: trainers, who teach with them, and admins. Modules are shared by every country. */
final class Authors {

    private Authors() {}

    static void require(Caller caller) {
        if (!caller.has(Role.TRAINER) && !caller.has(Role.ADMIN)) {
            throw new AccessDeniedException("error.access.role");
        }
    }
}
