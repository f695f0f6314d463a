package eu.restproject.academy.people;

import eu.restproject.academy.platform.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Queries over accounts. Callers decide who may see the results; this class only fetches. */
@ApplicationScoped
public class Accounts {

    @PersistenceContext
    private EntityManager em;

    public Optional<Account> find(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    public Account get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("error.account.notFound"));
    }

    /**
     * Takes the account's row lock until the transaction ends, for work that must not run twice at once
     * for one person (starting a quiz attempt from two tabs).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(long id) {
        em.find(Account.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    public Optional<Account> findByEmail(String email) {
        return em.createNamedQuery("Account.byEmail", Account.class)
                .setParameter("email", Account.normalizeEmail(email))
                .getResultStream()
                .findFirst();
    }

    /** The accounts with these (normalised) e-mail addresses, in one query per 500 addresses. */
    public List<Account> byEmails(List<String> emails) {
        List<Account> found = new java.util.ArrayList<>();
        for (int from = 0; from < emails.size(); from += 500) {
            found.addAll(em.createQuery("select a from Account a where a.email in :emails", Account.class)
                    .setParameter("emails", emails.subList(from, Math.min(emails.size(), from + 500)))
                    .getResultList());
        }
        return found;
    }

    /** The accounts by id, in one query; none for no id. */
    public Map<Long, Account> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select a from Account a where a.id in :ids", Account.class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(Account::getId, Function.identity()));
    }

    public boolean isEmpty() {
        return em.createNamedQuery("Account.count", Long.class).getSingleResult() == 0;
    }

    public List<Account> ofCountry(Country country) {
        return em.createQuery(
                        "select a from Account a where a.country = :country order by a.displayName", Account.class)
                .setParameter("country", country)
                .getResultList();
    }

    public List<Account> all() {
        return em.createQuery("select a from Account a order by a.country, a.displayName", Account.class)
                .getResultList();
    }

    void add(Account account) {
        em.persist(account);
    }
}
