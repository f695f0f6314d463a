package eu.restproject.academy.people;

import eu.restproject.academy.platform.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Set;

/** What only the network admin does with accounts: open them for others and place them in roles and countries. */
@ApplicationScoped
public class AccountAdministration {

    static final int ONE_TIME_PASSWORD_LENGTH = 16;

    @Inject
    private Accounts accounts;

    @Inject
    private PasswordHasher hasher;

    /** A new account and the one-time password to hand to its owner (who must change it at first sign-in), if one was made. */
    public record Opened(Account account, String oneTimePassword) {}

    @Transactional
    public Opened open(Caller admin, NewAccount form, Set<Role> roles) {
        return create(admin, form, roles, null);
    }

    /**
     * A new account with the password the admin chose (for scripts and test accounts), which does
     * not expire; without one, as {@link #open}: a one-time password that must be changed.
     */
    @Transactional
    public Opened create(Caller admin, NewAccount form, Set<Role> roles, String chosenPassword) {
        admin.require(Role.ADMIN);
        String email = AccountRules.checkEmail(form.email());
        String name = AccountRules.checkDisplayName(form.displayName());
        checkRoles(roles, form.country());
        if (chosenPassword != null) {
            AccountRules.checkPassword("password", chosenPassword, email);
        }
        if (accounts.findByEmail(email).isPresent()) {
            throw new InvalidInputException("email", "error.email.taken");
        }
        String password = chosenPassword != null ? chosenPassword : Secrets.password(ONE_TIME_PASSWORD_LENGTH);
        Account account = new Account(email, name, form.language(), hasher.hash(password));
        account.describe(name, form.profession(), form.language());
        account.assignRoles(roles, form.country());
        if (chosenPassword == null) {
            account.expirePassword();
        }
        accounts.add(account);
        return new Opened(account, chosenPassword == null ? password : null);
    }

    @Transactional
    public Account assignRoles(Caller admin, long accountId, Set<Role> roles, Country country) {
        admin.require(Role.ADMIN);
        checkRoles(roles, country);
        if (accountId == admin.accountId() && !roles.contains(Role.ADMIN)) {
            throw new InvalidInputException("roles", "error.roles.ownAdmin");
        }
        Account account = accounts.get(accountId);
        account.assignRoles(roles, country);
        return account;
    }

    private static void checkRoles(Set<Role> roles, Country country) {
        if (roles == null || roles.isEmpty()) {
            throw new InvalidInputException("roles", "error.roles.required");
        }
        if (roles.stream().anyMatch(Role::isCountryBound) && country == null) {
            throw new InvalidInputException("country", "error.country.requiredForStaff");
        }
    }
}
