package eu.restproject.academy.seminar;

import eu.restproject.academy.people.Account;
import eu.restproject.academy.people.Caller;
import eu.restproject.academy.people.Country;
import eu.restproject.academy.people.Profession;
import eu.restproject.academy.people.Role;
import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.support.TestData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.EnumSet;

/**
 * Accounts and counts for the check-in tests. The accounts never sign in, so they get no password
 * hash worth the name: fifty PBKDF2 hashes would cost the test half a minute for nothing.
 */
@ApplicationScoped
public class CheckInFixtures {

    @PersistenceContext
    private EntityManager em;

    @Transactional
    public Caller account(String localPart, Role role, Country country) {
        Account account = new Account(TestData.email(localPart), localPart, Language.EN, "no-password");
        account.describe(localPart, Profession.SOCIAL_WORKER, Language.EN);
        account.assignRoles(EnumSet.of(role), country);
        em.persist(account);
        em.flush();
        return Caller.of(account);
    }

    public long marks(long sessionId, long accountId) {
        return em.createQuery("select count(m) from AttendanceMark m where m.sessionId = :s and m.accountId = :a", Long.class)
                .setParameter("s", sessionId).setParameter("a", accountId).getSingleResult();
    }

    public long marks(long sessionId) {
        return em.createQuery("select count(m) from AttendanceMark m where m.sessionId = :s", Long.class)
                .setParameter("s", sessionId).getSingleResult();
    }

    public long changes(long sessionId, long accountId) {
        return em.createQuery("select count(c) from AttendanceChange c where c.sessionId = :s and c.accountId = :a", Long.class)
                .setParameter("s", sessionId).setParameter("a", accountId).getSingleResult();
    }
}
