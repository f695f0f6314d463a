package eu.restproject.academy.seminar.web;

import eu.restproject.academy.people.Accounts;
import eu.restproject.academy.people.CurrentCaller;
import eu.restproject.academy.platform.AcademyException;
import eu.restproject.academy.platform.i18n.LanguagePreference;
import eu.restproject.academy.platform.i18n.Messages;
import eu.restproject.academy.seminar.AttendanceMark;
import eu.restproject.academy.seminar.RollCall;
import eu.restproject.academy.seminar.SeminarSession;
import eu.restproject.academy.seminar.Seminars;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * What a sign-in sheet row's QR code opens on the trainer's phone: records the person present.
 * A GET that changes state, acceptable because it is idempotent (someone already counted as
 * attending keeps their mark) and the signed token names one person at one session.
 */
@Named
@RequestScoped
public class SheetScanView {

    private String token;
    private boolean attempted;
    private AttendanceMark mark;
    private SeminarSession session;
    private String refusal;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private RollCall rollCall;

    @Inject
    private Seminars seminars;

    @Inject
    private Accounts accounts;

    @Inject
    private LanguagePreference languagePreference;

    public void onLoad() {
        if (attempted) {
            return;
        }
        attempted = true;
        try {
            mark = rollCall.markFromSheet(currentCaller.get(), token);
            session = seminars.getSession(mark.getSessionId());
        } catch (AcademyException e) {
            refusal = Messages.format(languagePreference.getLocale(), e.messageKey(), e.arguments());
        }
    }

    public String getParticipant() {
        return accounts.get(mark.getAccountId()).getDisplayName();
    }

    public String getSeminarTitle() {
        return session.getSeminar().title(languagePreference.getLanguage());
    }

    public String getSessionWhen() {
        return SessionLabels.when(session, languagePreference.getLanguage());
    }

    public AttendanceMark getMark() {
        return mark;
    }

    public SeminarSession getSession() {
        return session;
    }

    public String getRefusal() {
        return refusal;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
