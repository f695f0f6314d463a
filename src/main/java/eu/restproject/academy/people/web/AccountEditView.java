package eu.restproject.academy.people.web;

import eu.restproject.academy.people.Account;
import eu.restproject.academy.people.AccountAdministration;
import eu.restproject.academy.people.Accounts;
import eu.restproject.academy.people.Country;
import eu.restproject.academy.people.CurrentCaller;
import eu.restproject.academy.people.Role;
import eu.restproject.academy.platform.AcademyException;
import eu.restproject.academy.platform.web.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/** The admin assigns roles and the country to one account. */
@Named
@ViewScoped
public class AccountEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private Account account;
    private List<Role> roles = new ArrayList<>();
    private Country country;

    @Inject
    private transient CurrentCaller currentCaller;

    @Inject
    private transient Accounts accounts;

    @Inject
    private transient AccountAdministration administration;

    /** Runs once per view (f:viewAction), after the id parameter is set. */
    public void load() {
        currentCaller.get().require(Role.ADMIN);
        account = accounts.get(id);
        roles = new ArrayList<>(account.getRoles());
        country = account.getCountry();
    }

    public void save() {
        try {
            account = administration.assignRoles(
                    currentCaller.get(),
                    id,
                    roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles),
                    country);
            FacesMessages.info("accountEdit.saved");
        } catch (AcademyException refusal) {
            FacesMessages.refusal("edit", refusal);
        }
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public Country[] getCountries() {
        return Country.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Account getAccount() {
        return account;
    }

    public List<Role> getRoles() {
        return roles;
    }

    public void setRoles(List<Role> roles) {
        this.roles = roles;
    }

    public Country getCountry() {
        return country;
    }

    public void setCountry(Country country) {
        this.country = country;
    }
}
