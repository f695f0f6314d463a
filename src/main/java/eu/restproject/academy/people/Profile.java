package eu.restproject.academy.people;

import eu.restproject.academy.mail.MailTopic;
import eu.restproject.academy.platform.InvalidInputException;
import eu.restproject.academy.platform.i18n.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Set;

/** What every signed-in person may change about their own account. */
@ApplicationScoped
public class Profile {

    @Inject
    private Accounts accounts;

    @Inject
    private PasswordHasher hasher;

    @Transactional
    public Account update(
            Caller caller, String displayName, Profession profession, Language language, Country country) {
        Account account = accounts.get(caller.accountId());
        String name = AccountRules.checkDisplayName(displayName);
        if (language == null) {
            throw new InvalidInputException("language", "error.language.required");
        }
        if (country != account.getCountry()) {
            if (account.getRoles().stream().anyMatch(Role::isCountryBound)) {
                throw new InvalidInputException("country", "error.country.staffFixed");
            }
            if (country == null) {
                throw new InvalidInputException("country", "error.country.required");
            }
            account.moveTo(country);
        }
        account.describe(name, profession, language);
        return account;
    }

    @Transactional
    public void chooseLanguage(Caller caller, Language language) {
        accounts.get(caller.accountId()).chooseLanguage(language);
    }

    /** The optional mail topics the person turned off. */
    public Set<MailTopic> declinedTopics(Caller caller) {
        return Set.copyOf(accounts.get(caller.accountId()).getDeclinedTopics());
    }

    /**
     * Turns off exactly these optional topics and on all others. Mandatory topics are refused rather
     * than ignored, so that nobody believes they turned off what is always sent.
     */
    @Transactional
    public Account declineTopics(Caller caller, Set<MailTopic> declined) {
        for (MailTopic topic : declined) {
            if (!topic.isOptional()) {
                throw new InvalidInputException("declined", "error.mail.topic.mandatory", topic.name());
            }
        }
        Account account = accounts.get(caller.accountId());
        account.decline(declined);
        return account;
    }

    @Transactional
    public void changePassword(Caller caller, String currentPassword, String newPassword) {
        Account account = accounts.get(caller.accountId());
        if (currentPassword == null || !hasher.verify(currentPassword, account.getPasswordHash())) {
            throw new InvalidInputException("currentPassword", "error.password.current");
        }
        AccountRules.checkPassword("newPassword", newPassword, account.getEmail());
        if (newPassword.equals(currentPassword)) {
            throw new InvalidInputException("newPassword", "error.password.unchanged");
        }
        account.setPassword(hasher.hash(newPassword), false);
    }
}
