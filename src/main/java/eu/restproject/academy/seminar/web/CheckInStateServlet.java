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
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;

/**
 * The check-in screen's state as JSON, polled every two seconds by {@code check-in-screen.js} with
 * the trainer's session (under {@code /staff}, so only staff reach it; the service checks that they
 * run the session). Texts come formatted in the trainer's language.
 */
@WebServlet("/staff/check-in-state")
public class CheckInStateServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient CurrentCaller currentCaller;

    @Inject
    private transient CheckIns checkIns;

    @Inject
    private transient PublicUrl publicUrl;

    @Inject
    private transient LanguagePreference languagePreference;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        Language language = languagePreference.getLanguage();
        JsonObjectBuilder json = Json.createObjectBuilder();
        try {
            long sessionId = Long.parseLong(request.getParameter("session"));
            CheckInScreen screen = checkIns.screen(currentCaller.get(), sessionId);
            json.add("open", screen.open())
                    .add("notYetOpen", screen.notYetOpen())
                    .add("closed", screen.closed())
                    .add("now", Clock.systemUTC().millis())
                    .add("nextChange", screen.nextChange().toEpochMilli())
                    .add(
                            "count",
                            Messages.format(
                                    language.locale(),
                                    "checkin.screen.count",
                                    screen.checkedIn(),
                                    screen.registered()));
            if (screen.open()) {
                String target = publicUrl.of(request, CheckInAddress.path(sessionId, screen.code()));
                json.add("code", SessionLabels.grouped(screen.code()))
                        .add("url", target)
                        .add("qr", QrCodes.svg(target, Messages.format(language.locale(), "checkin.screen.qrLabel")));
            }
        } catch (NumberFormatException | AcademyException refused) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            json.add("error", refused instanceof AcademyException a ? a.messageKey() : "seminar.error.sessionNotFound");
        }
        response.getWriter().write(json.build().toString());
    }
}
