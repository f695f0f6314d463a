package eu.restproject.academy.people.web;

import eu.restproject.academy.platform.security.FormToken;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * What the language switch in the page header posts besides the language: the session's form token
 * and the page to come back to. The switch posts to {@link LanguageSwitchServlet}, not to the page
 * itself, so that it works on every page, whatever that page needs to process a post of its own.
 */
@Named
@RequestScoped
public class LanguageSwitch {

    @Inject
    private HttpServletRequest request;

    public String getFormToken() {
        return FormToken.of(request);
    }

    /** The address of the page being shown, within the application, with its query string. */
    public String getReturnTo() {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        return path + (query == null ? "" : "?" + query);
    }
}
