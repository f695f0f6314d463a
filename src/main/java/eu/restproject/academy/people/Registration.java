package eu.restproject.academy.people;

import eu.restproject.academy.platform.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;

/** Self-registration of participants: the only way to open an account without an admin. */
@ApplicationScoped
public class Registration {

    @Inject
    private Accounts accounts;

    @Inject
    private PasswordHasher hasher;

    /**
     * Opens a participant account. Nothing is stored unless every field is acceptable and the
     * privacy notice was accepted.
     */
    @Transactional
    public Account register(NewAccount form, String password, boolean privacyAccepted) {
        String email = AccountRules.checkEmail(form.email());
        String name = AccountRules.checkDisplayName(form.displayName());
        if (form.country() == null) {
            throw new InvalidInputException("country", "error.country.required");
        }
        if (form.profession() == null) {
            throw new InvalidInputException("profession", "error.profession.required");
        }
        AccountRules.checkPassword("password", password, email);
        if (!privacyAccepted) {
            throw new InvalidInputException("privacy", "error.privacy.required");
        }
        if (accounts.findByEmail(email).isPresent()) {
            throw new InvalidInputException("email", "error.email.taken");
        }
        Account account = new Account(email, name, form.language(), hasher.hash(password));
        account.describe(name, form.profession(), form.language());
        account.assignRoles(java.util.EnumSet.of(Role.PARTICIPANT), form.country());
        account.acceptPrivacyNotice(Instant.now());
        accounts.add(account);
        return account;
    }
}
