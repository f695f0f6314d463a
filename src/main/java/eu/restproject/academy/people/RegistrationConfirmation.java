package eu.restproject.academy.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether a self-registered account may sign in before its owner followed the confirmation link
 * ({@code academy.registration.confirm}, off by default: the README's one-command run has no mail
 * server, so nobody could ever confirm). Turned on later, it also holds back self-registrations made
 * before that never followed their link; they can ask for a new one.
 */
@ApplicationScoped
public class RegistrationConfirmation {

    @Inject
    @ConfigProperty(name = "academy.registration.confirm", defaultValue = "false")
    boolean required;

    /** Whether unconfirmed accounts are kept from signing in. */
    public boolean isRequired() {
        return required;
    }

    /** Whether this account is kept from signing in until it confirms its address. */
    public boolean holdsBack(Account account) {
        return required && !account.isConfirmed();
    }

    /** For tests that need the other setting than the stage was started with. */
    void require(boolean testSetting) {
        this.required = testSetting;
    }
}
