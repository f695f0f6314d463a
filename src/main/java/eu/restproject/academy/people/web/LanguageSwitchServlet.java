package eu.restproject.academy.people.web;

import eu.restproject.academy.people.CurrentCaller;
import eu.restproject.academy.people.Profile;
import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.platform.i18n.LanguagePreference;
import eu.restproject.academy.platform.security.FormToken;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;

/**
 * The language switch in the page header: keeps the choice for the session and, for a signed-in
 * person, in their account, then sends the browser back to the page it came from by GET.
 */
@WebServlet("/language")
public class LanguageSwitchServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient LanguagePreference preference;

    @Inject
    private transient CurrentCaller currentCaller;

    @Inject
    private transient Profile profile;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!FormToken.accept(request, response)) {
            return;
        }
        Optional<Language> language = Arrays.stream(Language.values())
                .filter(l -> l.name().equals(request.getParameter("language")))
                .findFirst();
        if (language.isEmpty()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        preference.choose(language.get());
        currentCaller.find().ifPresent(caller -> profile.chooseLanguage(caller, language.get()));
        response.sendRedirect(request.getContextPath() + localPath(request.getParameter("returnTo")));
    }

    /** Only a path within this application: never another site ("//host", "https:"), never a header break. */
    static String localPath(String returnTo) {
        boolean local = returnTo != null
                && returnTo.startsWith("/")
                && !returnTo.startsWith("//")
                && returnTo.chars().noneMatch(c -> c == '\\' || c == '\r' || c == '\n');
        return local ? returnTo : "/";
    }
}
