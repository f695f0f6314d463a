package eu.restproject.academy.people.web;

import eu.restproject.academy.people.CurrentCaller;
import eu.restproject.academy.people.Profile;
import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.platform.i18n.LanguagePreference;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;

/**
 * The language switch in the page header: keeps the choice for the session and, for a signed-in
 * person, in their account, then sends the browser back to the page it came from by GET. The
 * header's form posts back to whatever page shows it, error pages included, with that page's query
 * parameters ({@code o:form includeRequestParams}), so that a page whose view parameters are
 * required accepts the post; the page to return to travels as a plain field because an error page
 * is shown at another page's address.
 */
@Named
@RequestScoped
public class LanguageSwitch {

    /** The select is a plain element (its options come from a ui:repeat), so its value is read by name. */
    static final String CHOICE = "language:choice";

    static final String RETURN_TO = "returnTo";

    @Inject
    private HttpServletRequest request;

    @Inject
    private LanguagePreference preference;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private Profile profile;

    /** The address of the page being shown, within the application, with its query string. */
    public String getReturnTo() {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        return path + (query == null ? "" : "?" + query);
    }

    /** Answers 400 for a language the platform does not offer. */
    public void apply() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        String chosen = external.getRequestParameterMap().get(CHOICE);
        Optional<Language> language = Arrays.stream(Language.values())
                .filter(l -> l.name().equals(chosen))
                .findFirst();
        if (language.isEmpty()) {
            external.responseSendError(HttpServletResponse.SC_BAD_REQUEST, null);
            faces.responseComplete();
            return;
        }
        preference.choose(language.get());
        currentCaller.find().ifPresent(caller -> profile.chooseLanguage(caller, language.get()));
        external.redirect(external.getRequestContextPath()
                + localPath(external.getRequestParameterMap().get(RETURN_TO)));
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
