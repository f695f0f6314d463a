package eu.restproject.academy.people;

import eu.restproject.academy.platform.AccessDeniedException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/** The signed-in caller of this request, as the authentication mechanism found it. */
@Named
@RequestScoped
public class CurrentCaller {

    @Inject
    private HttpServletRequest request;

    public Optional<Caller> find() {
        return Optional.ofNullable((Caller) request.getAttribute(AcademyAuthenticationMechanism.CALLER_ATTRIBUTE));
    }

    public Caller get() {
        return find().orElseThrow(() -> new AccessDeniedException("error.access.signIn"));
    }

    public boolean isSignedIn() {
        return find().isPresent();
    }

    public boolean isAdmin() {
        return find().map(c -> c.has(Role.ADMIN)).orElse(false);
    }

    public boolean isStaff() {
        return find().map(Caller::isStaff).orElse(false);
    }

    /** Trainers and admins author quizzes. */
    public boolean isAuthor() {
        return find().map(c -> c.has(Role.TRAINER) || c.has(Role.ADMIN)).orElse(false);
    }
}
