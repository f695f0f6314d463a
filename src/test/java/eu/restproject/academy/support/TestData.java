package eu.restproject.academy.support;

import eu.restproject.academy.people.Account;
import eu.restproject.academy.people.Caller;
import eu.restproject.academy.people.Country;
import eu.restproject.academy.people.NewAccount;
import eu.restproject.academy.people.Profession;
import eu.restproject.academy.people.Role;
import eu.restproject.academy.people.SignUp;
import eu.restproject.academy.platform.i18n.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.EnumSet;

/**
 * Removes what a test created, so that each test starts from the same data on a database that
 * outlives the run (the PostgreSQL service). Test accounts use the domain {@code @it.example.org}.
 */
@ApplicationScoped
public class TestData {

    public static final String DOMAIN = "@it.example.org";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private SignUp signUp;

    /**
     * A new participant, signed up as people sign themselves up, as the caller the services see. Their
     * welcome letter is not kept: tests of other letters count what reaches the participant.
     */
    @Transactional
    public Caller participant(String name, Country country, Profession profession, Language language) {
        Caller caller = Caller.of(signUp.register(
                        new NewAccount(email(name), name, country, profession, language),
                        "violet harbour lantern",
                        true)
                .orElseThrow());
        forgetMailTo(caller.email());
        return caller;
    }

    /**
     * Deletes the letters still waiting for {@code address}: a fixture whose earlier letters (a welcome,
     * a registration) were read, so that a test counts only the letters it is about.
     */
    @Transactional
    public void forgetMailTo(String address) {
        em.createNativeQuery("delete from outbox_message where recipient = ? and status = 'PENDING'")
                .setParameter(1, address)
                .executeUpdate();
    }

    @Transactional
    public void removeTestAccounts() {
        // account_role and api_token rows go with their account (ON DELETE CASCADE).
        em.createNativeQuery("delete from account where email like ?")
                .setParameter(1, "%" + DOMAIN)
                .executeUpdate();
        removeTestMail();
    }

    /**
     * Every message in the outbox, for tests of the sender itself: a message that another test left
     * waiting would otherwise be tried first.
     */
    @Transactional
    public void removeAllMail() {
        em.createNativeQuery("delete from outbox_message").executeUpdate();
    }

    /** The outbox's messages to test addresses, which a database that outlives the run would keep. */
    @Transactional
    public void removeTestMail() {
        em.createNativeQuery("delete from outbox_message where recipient like ?")
                .setParameter(1, "%" + DOMAIN)
                .executeUpdate();
    }

    /** Test modules have ids starting with "it-"; their files go with them (ON DELETE CASCADE). */
    @Transactional
    public void removeTestModules() {
        em.createNativeQuery("delete from lesson_progress where module_id like 'it-%'")
                .executeUpdate();
        em.createNativeQuery("delete from quiz_draft where module_id like 'it-%'")
                .executeUpdate();
        em.createNativeQuery("delete from bank_question where module_id like 'it-%'")
                .executeUpdate();
        em.createNativeQuery("delete from module_version where module_id like 'it-%'")
                .executeUpdate();
    }

    /** Test seminars are held in cities whose names start with "Testville"; sessions, registrations and marks go with them. */
    @Transactional
    public void removeTestSeminars() {
        em.createNativeQuery("delete from seminar where city like 'Testville%'").executeUpdate();
    }

    /**
     * A test account made directly, without the slow password hash: for tests that need people, not
     * sign-in. Its password hash matches no password.
     */
    @Transactional
    public Account person(String localPart, Role role, Country country, Profession profession) {
        Account account = new Account(email(localPart), localPart, Language.EN, "unusable:" + localPart);
        account.describe(localPart, profession, Language.EN);
        account.assignRoles(EnumSet.of(role), country);
        em.persist(account);
        return account;
    }

    public static String email(String localPart) {
        return localPart + DOMAIN;
    }
}
