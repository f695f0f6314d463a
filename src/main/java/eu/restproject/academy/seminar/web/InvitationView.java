package eu.restproject.academy.seminar.web;

import eu.restproject.academy.people.Caller;
import eu.restproject.academy.people.CurrentCaller;
import eu.restproject.academy.platform.AcademyException;
import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.platform.i18n.LanguagePreference;
import eu.restproject.academy.platform.i18n.Messages;
import eu.restproject.academy.platform.web.FacesMessages;
import eu.restproject.academy.seminar.Seminar;
import eu.restproject.academy.seminar.SeminarAccess;
import eu.restproject.academy.seminar.SeminarInvitations;
import eu.restproject.academy.seminar.Seminars;
import eu.restproject.academy.seminar.UnusableAddresses;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The coordinator's form that invites people to a seminar by e-mail, beside the invitation link on the
 * registrations page. A refused send keeps what was typed and lists every bad address with its reason,
 * so that only those need correcting.
 */
@Named
@ViewScoped
public class InvitationView implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long seminar;
    private boolean shown;
    private String addresses;
    private Language language;
    private List<String> problems = List.of();
    private String hint;

    @Inject
    private transient CurrentCaller currentCaller;

    @Inject
    private transient Seminars seminars;

    @Inject
    private transient SeminarInvitations invitations;

    @Inject
    private transient LanguagePreference languagePreference;

    /** Shows the form to those who manage the seminar, with its country's language chosen for new addresses. */
    public void load(Long seminarId) {
        seminar = seminarId;
        if (seminarId == null) {
            return;
        }
        Caller caller = currentCaller.get();
        try {
            Seminar found = seminars.get(caller, seminarId);
            shown = SeminarAccess.mayManage(caller, found.getCountry()) && !found.isCancelled();
            language = SeminarInvitations.languageOf(found.getCountry());
            hint = Messages.format(
                    languagePreference.getLocale(), "seminar.invite.addresses.hint", SeminarInvitations.MAX_PER_SEND);
        } catch (AcademyException refusal) {
            shown = false;
        }
    }

    public void send() {
        problems = List.of();
        try {
            SeminarInvitations.Sent sent = invitations.invite(currentCaller.get(), seminar, addresses, language);
            FacesMessages.info("seminar.invite.sent", sent.sent());
            if (!sent.invitedAlready().isEmpty()) {
                FacesMessages.info(
                        "seminar.invite.invitedAlready",
                        sent.invitedAlready().size(),
                        String.join(", ", sent.invitedAlready()));
            }
            addresses = null;
        } catch (UnusableAddresses bad) {
            var locale = languagePreference.getLocale();
            problems = bad.problems().stream()
                    .map(p -> Messages.format(
                            locale,
                            "seminar.invite.error.address",
                            p.address(),
                            Messages.format(locale, p.messageKey(), p.arguments())))
                    .toList();
            FacesMessages.refusal("invite", bad);
        } catch (AcademyException refusal) {
            FacesMessages.refusal("invite", refusal);
        }
    }

    public Language[] getLanguages() {
        return Language.values();
    }

    public boolean isShown() {
        return shown;
    }

    public String getAddresses() {
        return addresses;
    }

    public void setAddresses(String addresses) {
        this.addresses = addresses;
    }

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }

    public List<String> getProblems() {
        return problems;
    }

    public String getHint() {
        return hint;
    }
}
