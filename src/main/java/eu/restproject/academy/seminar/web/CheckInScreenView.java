package eu.restproject.academy.seminar.web;

import eu.restproject.academy.people.CurrentCaller;
import eu.restproject.academy.platform.AcademyException;
import eu.restproject.academy.platform.PublicUrl;
import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.platform.i18n.LanguagePreference;
import eu.restproject.academy.platform.i18n.Messages;
import eu.restproject.academy.platform.qr.QrCodes;
import eu.restproject.academy.seminar.CheckInAddress;
import eu.restproject.academy.seminar.CheckInScreen;
import eu.restproject.academy.seminar.CheckIns;
import eu.restproject.academy.seminar.SeminarSession;
import eu.restproject.academy.seminar.Seminars;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The trainer's check-in screen for a projector: the first state is rendered here, and
 * {@code check-in-screen.js} keeps it current from {@link CheckInStateServlet}, so that the page
 * holds no view state that could expire during a long session.
 */
@Named
@RequestScoped
public class CheckInScreenView {

    private Long session;
    private SeminarSession shown;
    private CheckInScreen screen;
    private String refusal;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private CheckIns checkIns;

    @Inject
    private Seminars seminars;

    @Inject
    private LanguagePreference languagePreference;

    @Inject
    private PublicUrl publicUrl;

    @Inject
    private HttpServletRequest request;

    public void load() {
        if (session == null) {
            refusal = message("seminar.error.sessionNotFound");
            return;
        }
        try {
            screen = checkIns.screen(currentCaller.get(), session);
            shown = seminars.getSession(session);
        } catch (AcademyException e) {
            refusal = Messages.format(language().locale(), e.messageKey(), e.arguments());
        }
    }

    public String getQrCode() {
        return screen.open() ? QrCodes.svg(qrTarget(), message("checkin.screen.qrLabel")) : "";
    }

    public String getQrTarget() {
        return qrTarget();
    }

    private String qrTarget() {
        return publicUrl.of(request, CheckInAddress.path(session, screen.code()));
    }

    /** Where to type the code, without the scheme that nobody types. */
    public String getTypeAddress() {
        return publicUrl.of(request, CheckInAddress.PAGE).replaceFirst("^https?://", "");
    }

    public String getGroupedCode() {
        return screen.open() ? SessionLabels.grouped(screen.code()) : "";
    }

    public String getTitle() {
        return shown.getSeminar().title(language());
    }

    public String getWhen() {
        return SessionLabels.when(shown, language());
    }

    public String getCount() {
        return Messages.format(language().locale(), "checkin.screen.count", screen.checkedIn(), screen.registered());
    }

    public long getNextChangeMillis() {
        return screen.nextChange().toEpochMilli();
    }

    private Language language() {
        return languagePreference.getLanguage();
    }

    private String message(String key) {
        return Messages.format(language().locale(), key);
    }

    public Long getSession() {
        return session;
    }

    public void setSession(Long session) {
        this.session = session;
    }

    public SeminarSession getShown() {
        return shown;
    }

    public CheckInScreen getScreen() {
        return screen;
    }

    public String getRefusal() {
        return refusal;
    }
}
