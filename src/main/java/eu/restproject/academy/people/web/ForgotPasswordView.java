package eu.restproject.academy.people.web;

import eu.restproject.academy.people.AccountEmail;
import eu.restproject.academy.people.ResetRequests;
import eu.restproject.academy.platform.InvalidInputException;
import eu.restproject.academy.platform.TooManyAttemptsException;
import eu.restproject.academy.platform.security.SourceAddress;
import eu.restproject.academy.platform.web.FacesMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/**
 * "Forgot your password?": asks for a reset link. Every accepted request gets the same answer, whether
 * the address has an account or not ({@link ResetRequests} does the same work for both).
 */
@Named
@RequestScoped
public class ForgotPasswordView {

    @AccountEmail
    private String email;

    @Inject
    private ResetRequests requests;

    @Inject
    private SourceAddress sourceAddress;

    public void send() throws IOException {
        try {
            requests.record(email, sourceAddress.current());
        } catch (InvalidInputException | TooManyAttemptsException refusal) {
            FacesMessages.refusal("forgot", refusal);
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        FacesMessages.info("reset.requested");
        external.redirect(external.getRequestContextPath() + "/forgot-password.xhtml");
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
