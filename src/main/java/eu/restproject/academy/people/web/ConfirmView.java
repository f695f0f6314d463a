package eu.restproject.academy.people.web;

import eu.restproject.academy.people.Confirmations;
import eu.restproject.academy.people.Confirmations.Outcome;
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
 * The page a confirmation link opens: it confirms the address on arrival and says what happened. The
 * same page sends a new link to whoever asks for one, with the same answer whether the address has
 * an account or not ({@link Confirmations#resend}).
 */
@Named
@RequestScoped
public class ConfirmView {

    private String code;
    private Outcome outcome;
    private String email;

    @Inject
    private Confirmations confirmations;

    @Inject
    private SourceAddress sourceAddress;

    public void load() {
        if (code != null && !code.isBlank()) {
            outcome = confirmations.confirm(code);
        }
    }

    public void resend() throws IOException {
        try {
            confirmations.resend(email, sourceAddress.current());
        } catch (InvalidInputException | TooManyAttemptsException refusal) {
            FacesMessages.refusal("resend", refusal);
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        FacesMessages.info("confirm.resend.sent");
        external.redirect(external.getRequestContextPath() + "/confirm.xhtml");
    }

    /** Whether the address behind the link is confirmed now, so that the page offers signing in, not a new link. */
    public boolean isConfirmed() {
        return outcome == Outcome.CONFIRMED || outcome == Outcome.ALREADY_CONFIRMED;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
