package eu.restproject.academy.people;

import eu.restproject.academy.platform.security.LoginThrottle;
import eu.restproject.academy.platform.security.SourceAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks e-mail and password against the accounts table. The caller's unique id in the result is
 * the account id, which the authentication mechanism keeps in the session. Failures count against
 * the e-mail from the request's source address ({@link LoginThrottle}). A self-registration that must
 * confirm its address first is refused even with the right password ({@link UnconfirmedSignIn}).
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    private Accounts accounts;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private LoginThrottle throttle;

    @Inject
    private SourceAddress sourceAddress;

    @Inject
    private RegistrationConfirmation confirmation;

    @Inject
    private UnconfirmedSignIn unconfirmed;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String email = Account.normalizeEmail(credential.getCaller());
        String password = credential.getPasswordAsString();
        String source = sourceAddress.current();
        if (throttle.isBlocked(email, source)) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        var account = accounts.findByEmail(email);
        boolean valid;
        if (account.isPresent()) {
            valid = hasher.verify(password, account.get().getPasswordHash());
        } else {
            hasher.verifyDecoy(password);
            valid = false;
        }
        if (!valid) {
            throttle.recordFailure(email, source);
            return CredentialValidationResult.INVALID_RESULT;
        }
        throttle.recordSuccess(email, source);
        if (confirmation.holdsBack(account.get())) {
            unconfirmed.record();
            return CredentialValidationResult.INVALID_RESULT;
        }
        return resultFor(account.get());
    }

    static CredentialValidationResult resultFor(Account account) {
        return new CredentialValidationResult(
                null,
                new jakarta.security.enterprise.CallerPrincipal(account.getEmail()),
                null,
                String.valueOf(account.getId()),
                groups(account));
    }

    static Set<String> groups(Account account) {
        return account.getRoles().stream().map(Role::groupName).collect(Collectors.toSet());
    }

    @Override
    public Set<ValidationType> validationTypes() {
        return Set.of(ValidationType.VALIDATE);
    }
}
