package eu.restproject.academy.people.web;

import eu.restproject.academy.people.AccountEmail;
import eu.restproject.academy.people.Country;
import eu.restproject.academy.people.DisplayName;
import eu.restproject.academy.people.NewAccount;
import eu.restproject.academy.people.NewPassword;
import eu.restproject.academy.people.Profession;
import eu.restproject.academy.people.RegistrationConfirmation;
import eu.restproject.academy.people.RegistrationThrottle;
import eu.restproject.academy.people.SignUp;
import eu.restproject.academy.platform.InvalidInputException;
import eu.restproject.academy.platform.TooManyAttemptsException;
import eu.restproject.academy.platform.i18n.LanguagePreference;
import eu.restproject.academy.platform.security.SourceAddress;
import eu.restproject.academy.platform.web.FacesMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;

/**
 * Self-registration of a participant. A new address and one that already has an account get the
 * same answer (see {@link SignUp}): the person is sent to sign in.
 */
@Named
@RequestScoped
public class RegisterView {

    @AccountEmail
    private String email;

    @DisplayName
    private String displayName;

    @NotNull(message = "{error.country.required}")
    private Country country;

    @NotNull(message = "{error.profession.required}")
    private Profession profession;

    @NewPassword
    private String password;

    private boolean privacyAccepted;

    @Inject
    private SignUp signUp;

    @Inject
    private RegistrationThrottle throttle;

    @Inject
    private SourceAddress sourceAddress;

    @Inject
    private LanguagePreference languagePreference;

    @Inject
    private RegistrationConfirmation confirmation;

    public void register() throws IOException {
        try {
            throttle.admit(sourceAddress.current());
            signUp.register(
                    new NewAccount(email, displayName, country, profession, languagePreference.getLanguage()),
                    password,
                    privacyAccepted);
        } catch (InvalidInputException | TooManyAttemptsException refusal) {
            FacesMessages.refusal("register", refusal);
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        FacesMessages.info(confirmation.isRequired() ? "register.confirmFirst" : "register.done");
        external.redirect(external.getRequestContextPath() + "/login.xhtml");
    }

    public Country[] getCountries() {
        return Country.values();
    }

    public Profession[] getProfessions() {
        return Profession.values();
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

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isPrivacyAccepted() {
        return privacyAccepted;
    }

    public void setPrivacyAccepted(boolean privacyAccepted) {
        this.privacyAccepted = privacyAccepted;
    }
}
