package eu.restproject.academy.people;

import eu.restproject.academy.platform.security.BearerTokenCredential;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/** Checks personal API tokens. */
@ApplicationScoped
public class ApiTokenIdentityStore implements IdentityStore {

    @Inject
    private ApiTokens tokens;

    public CredentialValidationResult validate(BearerTokenCredential credential) {
        return tokens.authenticate(credential.token())
                .map(AccountIdentityStore::resultFor)
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    @Override
    public Set<ValidationType> validationTypes() {
        return Set.of(ValidationType.VALIDATE);
    }
}
