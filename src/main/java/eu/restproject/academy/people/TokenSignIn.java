package eu.restproject.academy.people;

import eu.restproject.academy.platform.security.LoginThrottle;
import eu.restproject.academy.platform.security.SourceAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import java.util.Optional;

/**
 * A personal API token for whoever proves e-mail and password, for mobile clients and scripts.
 * The password goes through the same identity store as the sign-in page, so the same login
 * throttle counts failures here and there, and an account that must change its password gets no
 * token until it has done so on the website.
 */
@ApplicationScoped
public class TokenSignIn {

    /** Why no token was issued. */
    public enum Refusal {
        THROTTLED,
        INVALID,
        MUST_CHANGE_PASSWORD,
        /** The right password, but the address must be confirmed first ({@link RegistrationConfirmation}). */
        UNCONFIRMED
    }

    /** Either a token or the reason there is none. */
    public record Outcome(Optional<ApiTokens.Issued> issued, Refusal refusal) {}

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private LoginThrottle throttle;

    @Inject
    private SourceAddress sourceAddress;

    @Inject
    private Accounts accounts;

    @Inject
    private ApiTokens tokens;

    @Inject
    private UnconfirmedSignIn unconfirmed;

    public Outcome issue(String email, String password, String tokenName) {
        String source = sourceAddress.current();
        if (throttle.isBlocked(email, source)) {
            return refused(Refusal.THROTTLED);
        }
        CredentialValidationResult result = identityStores.validate(new UsernamePasswordCredential(email, password));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            if (unconfirmed.happened()) {
                return refused(Refusal.UNCONFIRMED);
            }
            return refused(throttle.isBlocked(email, source) ? Refusal.THROTTLED : Refusal.INVALID);
        }
        Optional<Account> account = accounts.find(Long.parseLong(result.getCallerUniqueId()));
        if (account.isEmpty()) {
            return refused(Refusal.INVALID);
        }
        if (account.get().isMustChangePassword()) {
            return refused(Refusal.MUST_CHANGE_PASSWORD);
        }
        return new Outcome(Optional.of(tokens.create(Caller.of(account.get()), tokenName)), null);
    }

    public int lockMinutes() {
        return throttle.lockMinutes();
    }

    private static Outcome refused(Refusal refusal) {
        return new Outcome(Optional.empty(), refusal);
    }
}
