package eu.restproject.academy.learning.api;

import eu.restproject.academy.people.Account;
import eu.restproject.academy.people.Accounts;
import eu.restproject.academy.people.Caller;
import eu.restproject.academy.platform.i18n.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** The language of quiz texts in an API answer: the one the request asks for, else the account's, else English. */
@ApplicationScoped
class Texts {

    @Inject
    private Accounts accounts;

    Language language(Caller caller, Optional<Language> requested) {
        return requested.orElseGet(() ->
                accounts.find(caller.accountId()).map(Account::getLanguage).orElse(Language.EN));
    }
}
