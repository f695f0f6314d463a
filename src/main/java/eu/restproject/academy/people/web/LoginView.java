package eu.restproject.academy.people.web;

import eu.restproject.academy.people.AcademyAuthenticationMechanism;
import eu.restproject.academy.people.Accounts;
import eu.restproject.academy.people.UnconfirmedSignIn;
import eu.restproject.academy.platform.i18n.LanguagePreference;
import eu.restproject.academy.platform.security.LoginThrottle;
import eu.restproject.academy.platform.security.SourceAddress;
import eu.restproject.academy.platform.web.FacesMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The sign-in form. */
@Named
@RequestScoped
public class LoginView {

    private String email;
    private String password;
    private String continueTo;
    private boolean signedOut;
    private boolean unconfirmed;

    @Inject
    private SecurityContext securityContext;

    @Inject
    private LoginThrottle throttle;

    @Inject
    private SourceAddress sourceAddress;

    @Inject
    private Accounts accounts;

    @Inject
    private LanguagePreference languagePreference;

    @Inject
    private UnconfirmedSignIn unconfirmedSignIn;

    public void onLoad() {
        if (signedOut) {
            FacesMessages.info("signIn.signedOut");
        }
    }

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        if (email == null || password == null) {
            FacesMessages.error("signIn.failed");
            return;
        }
        AuthenticationStatus status = securityContext.authenticate(
                (HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(email, new Password(password)))
                        .newAuthentication(true));
        switch (status) {
            case SUCCESS -> {
                accounts.findByEmail(email).ifPresent(account -> languagePreference.choose(account.getLanguage()));
                external.redirect(
                        external.getRequestContextPath() + AcademyAuthenticationMechanism.safeContinue(continueTo));
            }
            case SEND_CONTINUE -> faces.responseComplete();
            default -> {
                if (unconfirmedSignIn.happened()) {
                    unconfirmed = true;
                    FacesMessages.error("signIn.unconfirmed");
                } else if (throttle.isBlocked(email, sourceAddress.current())) {
                    FacesMessages.error("signIn.throttled", throttle.lockMinutes());
                } else {
                    FacesMessages.error("signIn.failed");
                }
            }
        }
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getContinueTo() {
        return continueTo;
    }

    public void setContinueTo(String continueTo) {
        this.continueTo = continueTo;
    }

    /** The right password was given for an address not yet confirmed: the page offers a new link. */
    public boolean isUnconfirmed() {
        return unconfirmed;
    }

    public boolean isSignedOut() {
        return signedOut;
    }

    public void setSignedOut(boolean signedOut) {
        this.signedOut = signedOut;
    }
}
