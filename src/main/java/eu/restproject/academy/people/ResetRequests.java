package eu.restproject.academy.people;

import eu.restproject.academy.platform.TooManyAttemptsException;
import eu.restproject.academy.platform.security.LoginThrottle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The "forgot password" page's side of a reset: it records the request and nothing else. Whether the
 * address has an account is not looked at here, so a known and an unknown address cost exactly the same
 * work (a throttle check, one insert, a throttle count) by construction, not by waiting; the page cannot
 * tell them apart, nor can a stopwatch. {@link PasswordResets#answer} writes the letters later.
 *
 * <p>The sign-in throttle ({@link LoginThrottle}) applies: a blocked e-mail and source, or a blocked
 * source, gets the throttled answer, and every request counts like a failed sign-in, so that one
 * connection can neither fill a mailbox nor probe many addresses.
 */
@ApplicationScoped
public class ResetRequests {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private LoginThrottle throttle;

    /**
     * Records that a link was asked for {@code email} from {@code source}. Throws for an address that is
     * not one (as every form does) and while the throttle refuses the pair; otherwise answers nothing.
     */
    @Transactional
    public void record(String email, String source) {
        String address = AccountRules.checkEmail(email);
        if (throttle.isBlocked(address, source)) {
            throw new TooManyAttemptsException("reset.throttled", Duration.ofMinutes(throttle.lockMinutes()));
        }
        em.persist(new ResetRequest(address, source, Instant.now()));
        throttle.recordFailure(address, source);
    }

    /** The requests waiting for an answer, oldest first. */
    public List<Long> waiting(int max) {
        return em.createNamedQuery("ResetRequest.waiting", Long.class)
                .setMaxResults(max)
                .getResultList();
    }

    /**
     * Takes the request out of the queue for the caller's transaction: its row stays locked until then, so
     * that when two nodes reach for it, the second finds it gone and answers nothing.
     */
    @Transactional(TxType.MANDATORY)
    Optional<ResetRequest> claim(long id) {
        ResetRequest request = em.find(ResetRequest.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (request == null) {
            return Optional.empty();
        }
        em.remove(request);
        return Optional.of(request);
    }
}
