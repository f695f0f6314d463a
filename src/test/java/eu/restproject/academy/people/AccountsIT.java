package eu.restproject.academy.people;

import static eu.restproject.academy.support.TestData.email;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.restproject.academy.platform.AccessDeniedException;
import eu.restproject.academy.platform.InvalidInputException;
import eu.restproject.academy.platform.NotFoundException;
import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.platform.security.LoginThrottle;
import eu.restproject.academy.support.TestData;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Accounts, the identity store, roles and the country scope, inside Payara Micro against the real
 * database (embedded H2, or PostgreSQL when ACADEMY_TEST_PG_URL is set).
 */
@ExtendWith(ArquillianExtension.class)
class AccountsIT {

    private static final String PASSWORD = "violet harbour lantern";
    private static final Caller ADMIN = new Caller(-1, "admin@it.example.org", EnumSet.of(Role.ADMIN), null);

    @Inject
    private TestData testData;

    @Inject
    private SignUp signUp;

    @Inject
    private AccountAdministration administration;

    @Inject
    private PeopleDirectory directory;

    @Inject
    private Profile profile;

    @Inject
    private ApiTokens tokens;

    @Inject
    private Accounts accounts;

    @Inject
    private AccountIdentityStore identityStore;

    @Inject
    private LoginThrottle throttle;

    @PersistenceContext
    private EntityManager em;

    @BeforeEach
    void cleanUp() {
        testData.removeTestAccounts();
    }

    private Account participant(String name, Country country) {
        return signUp.register(
                        new NewAccount(email(name), name, country, Profession.SOCIAL_WORKER, Language.EN),
                        PASSWORD,
                        true)
                .orElseThrow();
    }

    private Caller staff(String name, Role role, Country country) {
        var opened = administration.open(
                ADMIN, new NewAccount(email(name), name, country, Profession.NGO_STAFF, Language.DE), EnumSet.of(role));
        return Caller.of(opened.account());
    }

    @Test
    void registrationStoresAHashedPasswordAndTheParticipantRole() {
        Account account = participant("lena", Country.AT);
        Account stored = accounts.findByEmail("LENA@it.example.org").orElseThrow();
        assertEquals(account.getId(), stored.getId());
        assertEquals(Set.of(Role.PARTICIPANT), stored.getRoles());
        assertEquals(Country.AT, stored.getCountry());
        assertNotEquals(PASSWORD, stored.getPasswordHash());
        assertTrue(stored.getPasswordHash().startsWith("PBKDF2WithHmacSHA512:210000:"), stored.getPasswordHash());
        assertTrue(stored.getPrivacyAcceptedAt() != null);
    }

    @Test
    void badRegistrationsStoreNothing() {
        participant("taken", Country.FR);
        long before = count();
        assertEquals(
                "error.password.weak",
                assertThrows(
                                InvalidInputException.class,
                                () -> signUp.register(
                                        new NewAccount(
                                                email("weak"), "Weak", Country.AT, Profession.POLICE, Language.DE),
                                        "password1234",
                                        true))
                        .messageKey());
        assertEquals(
                "error.privacy.required",
                assertThrows(
                                InvalidInputException.class,
                                () -> signUp.register(
                                        new NewAccount(
                                                email("noprivacy"),
                                                "No Privacy",
                                                Country.AT,
                                                Profession.POLICE,
                                                Language.DE),
                                        PASSWORD,
                                        false))
                        .messageKey());
        assertEquals(
                "error.email.tooLong",
                assertThrows(
                                InvalidInputException.class,
                                () -> signUp.register(
                                        new NewAccount(
                                                "x".repeat(250) + TestData.DOMAIN,
                                                "Long",
                                                Country.AT,
                                                Profession.POLICE,
                                                Language.DE),
                                        PASSWORD,
                                        true))
                        .messageKey());
        assertEquals(before, count());
        assertEquals(
                Country.FR, accounts.findByEmail(email("taken")).orElseThrow().getCountry());
    }

    @Test
    void registeringATakenAddressAnswersAsForANewOneAndChangesNothing() {
        Account owner = participant("owner", Country.FR);
        String hash = owner.getPasswordHash();
        long before = count();
        assertTrue(
                signUp.register(
                                new NewAccount(
                                        email("OWNER"), "Someone Else", Country.ES, Profession.POLICE, Language.ES),
                                "another harbour lantern",
                                true)
                        .isEmpty(),
                "no account to sign in with, and no error that would tell");
        assertEquals(before, count());
        Account stored = accounts.get(owner.getId());
        assertEquals(Country.FR, stored.getCountry());
        assertEquals("owner", stored.getDisplayName());
        assertEquals(hash, stored.getPasswordHash());
    }

    /**
     * The costly step, hashing the password, is taken for a taken address too, so that both answers
     * take about as long (0.02 s against 0.3 s before). Generous bounds: the fastest of three tries each.
     */
    @Test
    void aTakenAddressTakesAsLongAsAFreeOne() {
        participant("timed", Country.AT);
        long free = Long.MAX_VALUE;
        long taken = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            participant("timed-new-" + i, Country.AT);
            free = Math.min(free, System.nanoTime() - start);
            start = System.nanoTime();
            signUp.register(
                    new NewAccount(email("timed"), "Timed", Country.AT, Profession.LAWYER, Language.EN),
                    PASSWORD,
                    true);
            taken = Math.min(taken, System.nanoTime() - start);
        }
        assertTrue(taken * 2 > free, "taken " + taken / 1_000_000 + " ms, free " + free / 1_000_000 + " ms");
    }

    @Test
    void failuresFromOneSourceDoNotLockTheOwnerElsewhere() {
        participant("locked-elsewhere", Country.AT);
        for (int i = 0; i < 10; i++) {
            throttle.recordFailure(email("locked-elsewhere"), "203.0.113.7");
        }
        assertTrue(throttle.isBlocked(email("locked-elsewhere"), "203.0.113.7"));
        assertEquals(
                CredentialValidationResult.Status.VALID,
                identityStore
                        .validate(new UsernamePasswordCredential(email("locked-elsewhere"), new Password(PASSWORD)))
                        .getStatus(),
                "the owner, from their own address, signs in");
    }

    @Test
    void identityStoreAcceptsTheRightPasswordOnly() {
        participant("marta", Country.ES);
        CredentialValidationResult valid =
                identityStore.validate(new UsernamePasswordCredential(email("Marta"), new Password(PASSWORD)));
        assertEquals(CredentialValidationResult.Status.VALID, valid.getStatus());
        assertEquals(Set.of("participant"), valid.getCallerGroups());
        assertEquals(email("marta"), valid.getCallerPrincipal().getName());

        assertEquals(
                CredentialValidationResult.Status.INVALID,
                identityStore
                        .validate(new UsernamePasswordCredential(email("marta"), new Password("wrong harbour lantern")))
                        .getStatus());
        assertEquals(
                CredentialValidationResult.Status.INVALID,
                identityStore
                        .validate(new UsernamePasswordCredential(email("nobody"), new Password(PASSWORD)))
                        .getStatus());
    }

    @Test
    void repeatedFailuresLockTheAccountEvenForTheRightPassword() {
        participant("guessed", Country.NL);
        for (int i = 0; i < 5; i++) {
            identityStore.validate(
                    new UsernamePasswordCredential(email("guessed"), new Password("not the password " + i)));
        }
        assertEquals(
                CredentialValidationResult.Status.INVALID,
                identityStore
                        .validate(new UsernamePasswordCredential(email("guessed"), new Password(PASSWORD)))
                        .getStatus());
    }

    @Test
    void coordinatorsAndTrainersSeeOnlyTheirOwnCountry() {
        participant("wien", Country.AT);
        participant("paris", Country.FR);
        Caller coordinator = staff("coordinator-at", Role.COORDINATOR, Country.AT);
        Caller trainer = staff("trainer-at", Role.TRAINER, Country.AT);

        List<String> seen = directory.ofCountry(coordinator, Country.AT).stream()
                .map(Account::getEmail)
                .toList();
        assertTrue(seen.contains(email("wien")));
        assertFalse(seen.contains(email("paris")));
        assertTrue(directory.ofCountry(trainer, Country.AT).stream()
                .anyMatch(a -> a.getEmail().equals(email("wien"))));

        assertEquals(
                "error.access.otherCountry",
                assertThrows(AccessDeniedException.class, () -> directory.ofCountry(coordinator, Country.FR))
                        .messageKey());
        assertThrows(AccessDeniedException.class, () -> directory.ofCountry(trainer, Country.FR));
        long parisId = accounts.findByEmail(email("paris")).orElseThrow().getId();
        assertThrows(AccessDeniedException.class, () -> directory.person(coordinator, parisId));
    }

    @Test
    void participantsSeeNobodyAndAdminsEveryone() {
        Caller participant = Caller.of(participant("chisinau", Country.MD));
        assertThrows(AccessDeniedException.class, () -> directory.ofCountry(participant, Country.MD));
        assertThrows(AccessDeniedException.class, () -> directory.everyone(participant));
        assertEquals(
                participant.accountId(),
                directory.person(participant, participant.accountId()).getId());
        assertTrue(directory.ofCountry(ADMIN, Country.MD).stream()
                .anyMatch(a -> a.getEmail().equals(email("chisinau"))));
    }

    @Test
    void onlyTheAdminAssignsRolesAndStaffNeedACountry() {
        Account target = participant("promoted", Country.RS);
        Caller coordinator = staff("coordinator-rs", Role.COORDINATOR, Country.RS);

        assertThrows(
                AccessDeniedException.class,
                () -> administration.assignRoles(coordinator, target.getId(), EnumSet.of(Role.ADMIN), Country.RS));
        assertEquals(
                "error.country.requiredForStaff",
                assertThrows(
                                InvalidInputException.class,
                                () -> administration.assignRoles(ADMIN, target.getId(), EnumSet.of(Role.TRAINER), null))
                        .messageKey());
        assertEquals(Set.of(Role.PARTICIPANT), accounts.get(target.getId()).getRoles());

        administration.assignRoles(ADMIN, target.getId(), EnumSet.of(Role.TRAINER, Role.PARTICIPANT), Country.RS);
        assertEquals(
                Set.of(Role.TRAINER, Role.PARTICIPANT),
                accounts.get(target.getId()).getRoles());
    }

    @Test
    void adminOpenedAccountsMustChangeTheirOneTimePassword() {
        var opened = administration.open(
                ADMIN,
                new NewAccount(email("new-trainer"), "New Trainer", Country.ES, Profession.LAWYER, Language.ES),
                EnumSet.of(Role.TRAINER));
        Account stored = accounts.get(opened.account().getId());
        assertTrue(stored.isMustChangePassword());
        assertEquals(
                CredentialValidationResult.Status.VALID,
                identityStore
                        .validate(new UsernamePasswordCredential(
                                email("new-trainer"), new Password(opened.oneTimePassword())))
                        .getStatus());
        profile.changePassword(Caller.of(stored), opened.oneTimePassword(), "granite meadow compass");
        assertFalse(accounts.get(stored.getId()).isMustChangePassword());
        assertEquals(
                "error.password.current",
                assertThrows(
                                InvalidInputException.class,
                                () -> profile.changePassword(
                                        Caller.of(stored), opened.oneTimePassword(), "another meadow compass"))
                        .messageKey());
    }

    @Test
    void participantsMoveCountryButStaffCannot() {
        Caller participant = Caller.of(participant("mover", Country.AT));
        profile.update(participant, "Mover", Profession.LAWYER, Language.FR, Country.FR);
        Account moved = accounts.get(participant.accountId());
        assertEquals(Country.FR, moved.getCountry());
        assertEquals(Language.FR, moved.getLanguage());

        Caller trainer = staff("fixed-trainer", Role.TRAINER, Country.NL);
        assertEquals(
                "error.country.staffFixed",
                assertThrows(
                                InvalidInputException.class,
                                () -> profile.update(trainer, "Fixed", Profession.LAWYER, Language.NL, Country.AT))
                        .messageKey());
        assertEquals(Country.NL, accounts.get(trainer.accountId()).getCountry());
    }

    @Test
    void apiTokensAuthenticateUntilRevokedAndOnlyByTheirOwner() {
        Caller owner = Caller.of(participant("token-owner", Country.AT));
        Caller other = Caller.of(participant("token-other", Country.AT));
        ApiTokens.Issued issued = tokens.create(owner, "laptop");
        assertTrue(issued.secret().startsWith("ra_"));
        assertEquals(
                owner.accountId(),
                tokens.authenticate(issued.secret()).orElseThrow().getId());
        assertTrue(tokens.authenticate(issued.secret() + "x").isEmpty());

        long tokenId = issued.token().getId();
        assertThrows(NotFoundException.class, () -> tokens.revoke(other, tokenId));
        assertTrue(tokens.authenticate(issued.secret()).isPresent());

        tokens.revoke(owner, tokenId);
        assertTrue(tokens.authenticate(issued.secret()).isEmpty());
        assertTrue(tokens.ofOwner(owner).isEmpty());
        // Only a digest is stored, never the token itself.
        Number clear = (Number) em.createNativeQuery("select count(*) from api_token where token_digest = ?")
                .setParameter(1, issued.secret())
                .getSingleResult();
        assertEquals(0, clear.intValue());
    }

    @Test
    void schemaComesFromFlywayMigrations() {
        Number applied = (Number) em.createNativeQuery(
                        "select count(*) from \"flyway_schema_history\" where \"success\" = true and \"version\" = '1'")
                .getSingleResult();
        assertEquals(1, applied.intValue());
    }

    private long count() {
        return em.createQuery("select count(a) from Account a", Long.class).getSingleResult();
    }
}
