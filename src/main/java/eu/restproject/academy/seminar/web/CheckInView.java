package eu.restproject.academy.seminar.web;

import eu.restproject.academy.people.CurrentCaller;
import eu.restproject.academy.platform.AcademyException;
import eu.restproject.academy.platform.i18n.LanguagePreference;
import eu.restproject.academy.platform.i18n.Messages;
import eu.restproject.academy.seminar.CheckIn;
import eu.restproject.academy.seminar.CheckIns;
import eu.restproject.academy.seminar.SeminarSession;
import eu.restproject.academy.seminar.Seminars;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.function.Supplier;

/**
 * A participant's check-in: at once from the QR code's address ({@code ?session=&code=}), or with
 * a typed code. Checking in on a GET is acceptable here only because it is idempotent (a second
 * scan changes nothing) and needs the rotating code, which nobody outside the room has; a link
 * sent around stops working within a minute.
 */
@Named
@RequestScoped
public class CheckInView {

    private Long session;
    private String code;
    private String typed;
    private boolean attempted;
    private CheckIn result;
    private String refusal;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private CheckIns checkIns;

    @Inject
    private Seminars seminars;

    @Inject
    private LanguagePreference languagePreference;

    /** The QR code's address: checks in once per request, however often Faces calls the action. */
    public void onLoad() {
        if (session != null && code != null) {
            attempt(() -> checkIns.checkIn(currentCaller.get(), session, code));
        }
    }

    public void submit() {
        attempt(() -> checkIns.checkIn(currentCaller.get(), typed == null ? "" : typed));
    }

    private void attempt(Supplier<CheckIn> checkIn) {
        if (attempted) {
            return;
        }
        attempted = true;
        try {
            result = checkIn.get();
        } catch (AcademyException e) {
            refusal = Messages.format(languagePreference.getLocale(), e.messageKey(), e.arguments());
        }
    }

    /** "present", "late" or "repeated": which sentence the page shows. */
    public String getOutcome() {
        if (result == null) {
            return null;
        }
        return result.repeated() ? "repeated" : result.status().name().toLowerCase(java.util.Locale.ROOT);
    }

    public String getStatusLabel() {
        return Messages.format(languagePreference.getLocale(), result.status().messageKey());
    }

    public String getSeminarTitle() {
        return seminars.find(result.seminarId())
                .map(s -> s.title(languagePreference.getLanguage()))
                .orElse("");
    }

    public String getSessionWhen() {
        SeminarSession checked = seminars.getSession(result.sessionId());
        return SessionLabels.when(checked, languagePreference.getLanguage());
    }

    public CheckIn getResult() {
        return result;
    }

    public String getRefusal() {
        return refusal;
    }

    public Long getSession() {
        return session;
    }

    public void setSession(Long session) {
        this.session = session;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getTyped() {
        return typed;
    }

    public void setTyped(String typed) {
        this.typed = typed;
    }
}
