package eu.restproject.academy.authoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Set;

/**
 * Writes a bank row without the quiz reader's check, as the GIFT import did before issue 11, so
 * that tests can show that a bank holding such a row still opens and lets an author repair it.
 */
@ApplicationScoped
public class UncheckedBankRows {

    @PersistenceContext
    private EntityManager em;

    @Transactional
    public void store(String moduleId, String questionId, String type, String definition) {
        BankQuestion question = new BankQuestion(moduleId, questionId);
        question.revise(type, definition, Set.of("gift"), null, Instant.now());
        em.persist(question);
    }
}
