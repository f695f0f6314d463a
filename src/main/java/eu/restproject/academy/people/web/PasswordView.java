package eu.restproject.academy.people.web;

import eu.restproject.academy.people.Account;
import eu.restproject.academy.people.Accounts;
import eu.restproject.academy.people.CurrentCaller;
import eu.restproject.academy.people.NewPassword;
import eu.restproject.academy.people.Profile;
import eu.restproject.academy.platform.InvalidInputException;
import eu.restproject.academy.platform.web.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/** Changing one's password; also where a one-time password must be replaced before anything else. */
@Named
@RequestScoped
public class PasswordView {

    private String currentPassword;

    @NewPassword
    private String newPassword;

    private String confirmation;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private Accounts accounts;

    @Inject
    private Profile profile;

    private boolean oneTime;

    @PostConstruct
    void load() {
        oneTime = currentCaller
                .find()
                .flatMap(c -> accounts.find(c.accountId()))
                .map(Account::isMustChangePassword)
                .orElse(false);
    }

    public boolean isOneTime() {
        return oneTime;
    }

    public void change() throws IOException {
        if (newPassword == null || !newPassword.equals(confirmation)) {
            FacesMessages.refusal("password", new InvalidInputException("confirmation", "error.password.mismatch"));
            return;
        }
        try {
            profile.changePassword(currentCaller.get(), currentPassword, newPassword);
        } catch (InvalidInputException refusal) {
            FacesMessages.refusal("password", refusal);
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        FacesMessages.info("password.changed");
        external.redirect(external.getRequestContextPath() + "/account/profile.xhtml");
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
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
