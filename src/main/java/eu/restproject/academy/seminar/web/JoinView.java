package eu.restproject.academy.seminar.web;

import eu.restproject.academy.people.Caller;
import eu.restproject.academy.people.CurrentCaller;
import eu.restproject.academy.platform.AcademyException;
import eu.restproject.academy.platform.i18n.LanguagePreference;
import eu.restproject.academy.platform.web.FacesMessages;
import eu.restproject.academy.seminar.Registration;
import eu.restproject.academy.seminar.RegistrationStatus;
import eu.restproject.academy.seminar.Registrations;
import eu.restproject.academy.seminar.Seminar;
import eu.restproject.academy.seminar.SeminarDates;
import eu.restproject.academy.seminar.SeminarText;
import eu.restproject.academy.seminar.Seminars;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * The invitation link ({@code /seminars/join.xhtml?code=...}): shows the seminar of the code and
 * registers the signed-in participant. People not signed in are sent to sign in and back here with
 * the code. View-scoped: the Register button is rendered only for a valid code, and the postback
 * must find it so.
 */
@Named
@ViewScoped
public class JoinView implements Serializable {

    private static final long serialVersionUID = 1L;

    private String code;
    private boolean shown;
    private boolean mayJoin;
    private String title;
    private String description;
    private String dates;
    private String place;
    private List<String> sessions = List.of();
    private RegistrationStatus status;

    @Inject
    private transient CurrentCaller currentCaller;

    @Inject
    private transient Seminars seminars;

    @Inject
    private transient Registrations registrations;

    @Inject
    private transient LanguagePreference languagePreference;

    public void load() {
        Caller caller = currentCaller.get();
        Optional<Seminar> found = seminars.findByInvitation(code);
        if (found.isEmpty()) {
            FacesMessages.error("registration.error.code");
            return;
        }
        Seminar seminar = found.get();
        if (seminar.getCountry() != caller.country()) {
            FacesMessages.error("seminars.join.otherCountry");
            return;
        }
        var locale = languagePreference.getLocale();
        SeminarText text = seminar.text(languagePreference.getLanguage());
        title = text.getTitle();
        description = text.getDescription();
        dates = SeminarDates.dates(seminar, locale);
        place = seminar.getCity() + ", " + seminar.getVenue();
        sessions = seminar.getSessions().stream()
                .map(s -> SeminarDates.session(s, locale) + " · " + s.getRoom())
                .toList();
        status = registrations
                .find(seminar.getId(), caller.accountId())
                .map(Registration::getStatus)
                .orElse(null);
        shown = true;
        mayJoin = !seminar.isCancelled() && (status == null || status == RegistrationStatus.CANCELLED);
        if (seminar.isCancelled()) {
            FacesMessages.error("seminar.error.cancelled");
        }
    }

    public String register() {
        try {
            Registration registration = registrations.join(currentCaller.get(), code);
            return MySeminarsView.back(
                    registration.getStatus() == RegistrationStatus.WAITING
                            ? "seminars.join.waiting"
                            : "seminars.join.registered");
        } catch (AcademyException refusal) {
            FacesMessages.refusal("join", refusal);
            return null;
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public boolean isShown() {
        return shown;
    }

    public boolean isMayJoin() {
        return mayJoin;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getDates() {
        return dates;
    }

    public String getPlace() {
        return place;
    }

    public List<String> getSessions() {
        return sessions;
    }

    public RegistrationStatus getStatus() {
        return status;
    }
}
