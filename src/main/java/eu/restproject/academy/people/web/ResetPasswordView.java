package eu.restproject.academy.people.web;

import eu.restproject.academy.people.NewPassword;
import eu.restproject.academy.people.PasswordResets;
import eu.restproject.academy.platform.InvalidInputException;
import eu.restproject.academy.platform.security.SourceAddress;
import eu.restproject.academy.platform.web.FacesMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/**
 * The page a reset link opens: a new password for the link's account. The token is the only thing that
 * names the account; the page shows the account's address so that a password manager files the new
 * password under it, but never posts it back.
 */
@Named
@RequestScoped
public class ResetPasswordView {

    private String token;

    @NewPassword
    private String newPassword;

    private String confirmation;

    private String accountEmail;

    private boolean refused;

    @Inject
    private PasswordResets resets;

    @Inject
    private SourceAddress sourceAddress;

    /** Checks the link when the page opens, so that a spent link says so before anyone types a password. */
    public void onLoad() {
        try {
            accountEmail = resets.open(token).getEmail();
        } catch (InvalidInputException refusal) {
            refuseLink(refusal);
        }
    }

    public void reset() throws IOException {
        if (newPassword == null || !newPassword.equals(confirmation)) {
            FacesMessages.refusal("reset", new InvalidInputException("confirmation", "error.password.mismatch"));
            onLoad();
            return;
        }
        try {
            resets.reset(token, newPassword, sourceAddress.current());
        } catch (InvalidInputException refusal) {
            if (PasswordResets.TOKEN.equals(refusal.field())) {
                refuseLink(refusal);
            } else {
                FacesMessages.refusal("reset", refusal);
                onLoad();
            }
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        FacesMessages.info("reset.done");
        external.redirect(external.getRequestContextPath() + "/login.xhtml");
    }

    /**
     * The link cannot set a password: the page says why at its top and offers a new link instead of the
     * form. Not a failed validation, which would answer a first visit with "not found" (ViewParameterCheck):
     * the person followed a real link and deserves the reason.
     */
    private void refuseLink(InvalidInputException refusal) {
        refused = true;
        FacesMessages.error(refusal.messageKey(), refusal.arguments());
    }

    public boolean isRefused() {
        return refused;
    }

    public String getAccountEmail() {
        return accountEmail;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
