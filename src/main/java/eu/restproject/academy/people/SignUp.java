package eu.restproject.academy.people;

import eu.restproject.academy.platform.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;

/**
 * Self-registration of participants: the only way to open an account without an admin.
 *
 * <p>It never tells whether an e-mail address has an account: for an address that has one, the
 * password is hashed all the same (the costly step, so both answers take as long), the existing
 * account is left untouched, and an {@link AlreadyRegistered} event is fired instead of an error,
 * so that its owner is told by mail ({@link Confirmations}). A new account gets a welcome letter with
 * a link that confirms its address.
 */
@ApplicationScoped
public class SignUp {

    @Inject
    private Accounts accounts;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private Event<AlreadyRegistered> alreadyRegistered;

    @Inject
    private Confirmations confirmations;

    /**
     * Opens a participant account, or, when the e-mail address has one, changes nothing and
     * returns empty. Nothing is stored unless every field is acceptable and the privacy notice was
     * accepted.
     */
    @Transactional
    public Optional<Account> register(NewAccount form, String password, boolean privacyAccepted) {
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
        String hash = hasher.hash(password);
        if (accounts.findByEmail(email).isPresent()) {
            alreadyRegistered.fire(new AlreadyRegistered(email, form.language()));
            return Optional.empty();
        }
        Account account = new Account(email, name, form.language(), hash);
        account.describe(name, form.profession(), form.language());
        account.assignRoles(EnumSet.of(Role.PARTICIPANT), form.country());
        account.acceptPrivacyNotice(Instant.now());
        account.awaitConfirmation();
        accounts.add(account);
        confirmations.welcome(account);
        return Optional.of(account);
    }
}
