package eu.restproject.academy.people.web;

import eu.restproject.academy.mail.MailTopic;
import eu.restproject.academy.people.Account;
import eu.restproject.academy.people.Accounts;
import eu.restproject.academy.people.ApiToken;
import eu.restproject.academy.people.ApiTokens;
import eu.restproject.academy.people.Caller;
import eu.restproject.academy.people.Country;
import eu.restproject.academy.people.CurrentCaller;
import eu.restproject.academy.people.DisplayName;
import eu.restproject.academy.people.Profession;
import eu.restproject.academy.people.Profile;
import eu.restproject.academy.people.Role;
import eu.restproject.academy.platform.AcademyException;
import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.platform.i18n.LanguagePreference;
import eu.restproject.academy.platform.web.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

/** The signed-in person's own profile, mail choices and API tokens. */
@Named
@ViewScoped
public class ProfileView implements Serializable {

    private static final long serialVersionUID = 1L;

    private String email;

    @DisplayName
    private String displayName;

    private Profession profession;
    private Language language;
    private Country country;
    private boolean countryFixed;
    private List<Role> roles;
    private List<ApiToken> tokens;
    private String tokenName;
    private String newTokenSecret;
    /** The optional topics ticked: the ones the person wants. */
    private List<MailTopic> wantedTopics;

    @Inject
    private transient CurrentCaller currentCaller;

    @Inject
    private transient Accounts accounts;

    @Inject
    private transient Profile profile;

    @Inject
    private transient ApiTokens apiTokens;

    @Inject
    private LanguagePreference languagePreference;

    @PostConstruct
    void load() {
        Account account = accounts.get(currentCaller.get().accountId());
        email = account.getEmail();
        displayName = account.getDisplayName();
        profession = account.getProfession();
        language = account.getLanguage();
        country = account.getCountry();
        countryFixed = account.getRoles().stream().anyMatch(Role::isCountryBound);
        roles = account.getRoles().stream().sorted().toList();
        tokens = apiTokens.ofOwner(currentCaller.get());
        wantedTopics = new ArrayList<>(
                getOptionalTopics().stream().filter(account::wants).toList());
    }

    public void save() {
        try {
            Account account = profile.update(caller(), displayName, profession, language, country);
            languagePreference.choose(account.getLanguage());
            FacesMessages.info("profile.saved");
        } catch (AcademyException refusal) {
            FacesMessages.refusal("profile", refusal);
        }
    }

    public void saveMail() {
        EnumSet<MailTopic> declined = EnumSet.noneOf(MailTopic.class);
        getOptionalTopics().stream()
                .filter(topic -> wantedTopics == null || !wantedTopics.contains(topic))
                .forEach(declined::add);
        try {
            Account account = profile.declineTopics(caller(), declined);
            wantedTopics = new ArrayList<>(
                    getOptionalTopics().stream().filter(account::wants).toList());
            FacesMessages.info("profile.mail.saved");
        } catch (AcademyException refusal) {
            FacesMessages.refusal("mail", refusal);
        }
    }

    public void createToken() {
        try {
            ApiTokens.Issued issued = apiTokens.create(caller(), tokenName);
            newTokenSecret = issued.secret();
            tokenName = null;
            tokens = apiTokens.ofOwner(caller());
        } catch (AcademyException refusal) {
            FacesMessages.refusal("tokens", refusal);
        }
    }

    public void revoke(long tokenId) {
        try {
            apiTokens.revoke(caller(), tokenId);
            newTokenSecret = null;
            tokens = apiTokens.ofOwner(caller());
            FacesMessages.info("tokens.revoked");
        } catch (AcademyException refusal) {
            FacesMessages.refusal("tokens", refusal);
        }
    }

    private Caller caller() {
        return currentCaller.get();
    }

    public Country[] getCountries() {
        return Country.values();
    }

    public Profession[] getProfessions() {
        return Profession.values();
    }

    public List<MailTopic> getOptionalTopics() {
        return Arrays.stream(MailTopic.values()).filter(MailTopic::isOptional).toList();
    }

    public List<MailTopic> getMandatoryTopics() {
        return Arrays.stream(MailTopic.values())
                .filter(topic -> !topic.isOptional())
                .toList();
    }

    public List<MailTopic> getWantedTopics() {
        return wantedTopics;
    }

    public void setWantedTopics(List<MailTopic> wantedTopics) {
        this.wantedTopics = wantedTopics;
    }

    public Language[] getLanguages() {
        return Language.values();
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
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

    public Country getCountry() {
        return country;
    }

    public void setCountry(Country country) {
        this.country = country;
    }

    public boolean isCountryFixed() {
        return countryFixed;
    }

    public List<Role> getRoles() {
        return roles;
    }

    public List<ApiToken> getTokens() {
        return tokens;
    }

    public String getTokenName() {
        return tokenName;
    }

    public void setTokenName(String tokenName) {
        this.tokenName = tokenName;
    }

    public String getNewTokenSecret() {
        return newTokenSecret;
    }
}
