package eu.restproject.academy.platform.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.Locale;

/**
 * The language of this session's pages: the account's language once signed in (or chosen with the
 * switcher), else the browser's first supported language ({@link AcceptLanguage}), else English.
 */
@Named
@SessionScoped
public class LanguagePreference implements Serializable {

    private static final long serialVersionUID = 1L;

    private Language chosen;

    @Inject
    private transient HttpServletRequest request;

    public void choose(Language language) {
        this.chosen = language;
    }

    public Language getLanguage() {
        if (chosen != null) {
            return chosen;
        }
        return fromBrowser();
    }

    public Locale getLocale() {
        return getLanguage().locale();
    }

    public String getHtmlTag() {
        return getLanguage().htmlTag();
    }

    public Language[] getLanguages() {
        return Language.values();
    }

    private Language fromBrowser() {
        return AcceptLanguage.of(request == null ? null : request.getHeader("Accept-Language"));
    }
}
