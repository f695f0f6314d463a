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
import java.io.IOException;

/** The language switcher in the page header; a signed-in person's choice is kept in their account. */
@Named
@RequestScoped
public class LanguageSwitch {

    private Language language;

    @Inject
    private LanguagePreference preference;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private Profile profile;

    public void apply() throws IOException {
        if (language == null) {
            return;
        }
        preference.choose(language);
        currentCaller.find().ifPresent(caller -> profile.chooseLanguage(caller, language));
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        // Back to the same page by GET, so that a reload does not post the form again.
        String query = request.getQueryString();
        external.redirect(request.getRequestURI() + (query == null ? "" : "?" + query));
    }

    public Language getLanguage() {
        return language == null ? preference.getLanguage() : language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }
}
