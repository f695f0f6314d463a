package eu.restproject.academy.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Lists of people for staff. The country scope is enforced here: a trainer or coordinator gets
 * their own country's people and is refused any other; only the admin lists every country.
 */
@ApplicationScoped
public class PeopleDirectory {

    @Inject
    private Accounts accounts;

    public List<Account> ofCountry(Caller caller, Country country) {
        caller.requirePeopleOf(country);
        return accounts.ofCountry(country);
    }

    public List<Account> everyone(Caller caller) {
        caller.require(Role.ADMIN);
        return accounts.all();
    }

    public Account person(Caller caller, long accountId) {
        Account account = accounts.get(accountId);
        if (account.getId() != caller.accountId()) {
            caller.requirePeopleOf(account.getCountry());
        }
        return account;
    }
}
