package eu.restproject.academy.people.web;

import eu.restproject.academy.people.Account;
import eu.restproject.academy.people.AccountAdministration;
import eu.restproject.academy.people.AccountEmail;
import eu.restproject.academy.people.Country;
import eu.restproject.academy.people.CurrentCaller;
import eu.restproject.academy.people.DisplayName;
import eu.restproject.academy.people.NewAccount;
import eu.restproject.academy.people.PeopleDirectory;
import eu.restproject.academy.people.Profession;
import eu.restproject.academy.people.Role;
import eu.restproject.academy.platform.AcademyException;
import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.platform.web.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/** The admin's list of all accounts, and the form to open a new one. */
@Named
@ViewScoped
public class AccountsView implements Serializable {

    private static final long serialVersionUID = 1L;

    private List<Account> accounts;

    @AccountEmail
    private String email;

    @DisplayName
    private String displayName;

    private Country country;
    private Profession profession;
    private Language language = Language.EN;
    private List<Role> roles = new ArrayList<>(List.of(Role.PARTICIPANT));
    private String openedEmail;
    private String oneTimePassword;

    @Inject
    private transient CurrentCaller currentCaller;

    @Inject
    private transient PeopleDirectory directory;

    @Inject
    private transient AccountAdministration administration;

    @PostConstruct
    void load() {
        accounts = directory.everyone(currentCaller.get());
    }

    public void open() {
        try {
            var opened = administration.open(
                    currentCaller.get(),
                    new NewAccount(email, displayName, country, profession, language),
                    roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
            openedEmail = opened.account().getEmail();
            oneTimePassword = opened.oneTimePassword();
            email = null;
            displayName = null;
            accounts = directory.everyone(currentCaller.get());
        } catch (AcademyException refusal) {
            FacesMessages.refusal("open", refusal);
        }
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public Country[] getCountries() {
        return Country.values();
    }

    public Profession[] getProfessions() {
        return Profession.values();
    }

    public Language[] getLanguages() {
        return Language.values();
    }

    public List<Account> getAccounts() {
        return accounts;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Country getCountry() {
        return country;
    }

    public void setCountry(Country country) {
        this.country = country;
    }

    public Profession getProfession() {
        return profession;
    }

    public void setProfession(Profession profession) {
        this.profession = profession;
    }

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }

    public List<Role> getRoles() {
        return roles;
    }

    public void setRoles(List<Role> roles) {
        this.roles = roles;
    }

    public String getOpenedEmail() {
        return openedEmail;
    }

    public String getOneTimePassword() {
        return oneTimePassword;
    }
}
