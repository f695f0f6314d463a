package eu.restproject.academy.people.web;

import eu.restproject.academy.people.Account;
import eu.restproject.academy.people.Caller;
import eu.restproject.academy.people.Country;
import eu.restproject.academy.people.CurrentCaller;
import eu.restproject.academy.people.PeopleDirectory;
import eu.restproject.academy.people.Role;
import eu.restproject.academy.platform.AccessDeniedException;
import eu.restproject.academy.platform.web.FacesMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;

/**
 * People of one country for staff. The country comes from the address ({@code ?country=FR}) so
 * that it can be bookmarked; whether the caller may see it is decided by the directory.
 */
@Named
@RequestScoped
public class PeopleView {

    private String country;
    private Country shown;
    private List<Account> people = List.of();
    private boolean denied;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private PeopleDirectory directory;

    public void load() {
        Caller caller = currentCaller.get();
        Optional<Country> asked = parse(country);
        if (country != null && asked.isEmpty()) {
            denied = true;
            FacesMessages.error("error.country.unknown", country);
            return;
        }
        shown = asked.orElse(caller.country() != null ? caller.country() : Country.AT);
        try {
            people = directory.ofCountry(caller, shown);
        } catch (AccessDeniedException refusal) {
            denied = true;
            FacesMessages.error(refusal.messageKey());
        }
    }

    private static Optional<Country> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Country.valueOf(code));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public boolean isAdmin() {
        return currentCaller.find().map(c -> c.has(Role.ADMIN)).orElse(false);
    }

    public Country[] getCountries() {
        return Country.values();
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public Country getShown() {
        return shown;
    }

    public List<Account> getPeople() {
        return people;
    }

    public boolean isDenied() {
        return denied;
    }
}
