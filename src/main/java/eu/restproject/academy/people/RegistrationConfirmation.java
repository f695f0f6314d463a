package eu.restproject.academy.people;

import eu.restproject.academy.mail.MailSettings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether a self-registered account may sign in before its owner followed the confirmation link
 * ({@code academy.registration.confirm}, off by default: the README's one-command run has no mail
 * server, so nobody could ever confirm). Turned on later, it also holds back self-registrations made
 * before that never followed their link; they can ask for a new one.
 */
@ApplicationScoped
public class RegistrationConfirmation {

    private static final Logger LOG = Logger.getLogger(RegistrationConfirmation.class.getName());

    @Inject
    @ConfigProperty(name = "academy.registration.confirm", defaultValue = "false")
    boolean required;

    @Inject
    private MailSettings mail;

    /** Said once, at the first registration or sign-in: the setting alone would lock out every newcomer. */
    @PostConstruct
    void warnWithoutMailServer() {
        if (required && !mail.isSending()) {
            LOG.warning("ACADEMY_REGISTRATION_CONFIRM is on, but no mail server is configured (ACADEMY_MAIL_HOST):"
                    + " self-registered people cannot sign in until their confirmation letters are sent.");
        }
    }

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
