package eu.restproject.academy.platform.api;

import eu.restproject.academy.platform.i18n.AcceptLanguage;
import eu.restproject.academy.platform.i18n.Language;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;

/**
 * The language of an API answer: {@code ?lang=}, else the first supported language of
 * {@code Accept-Language} (read by {@link AcceptLanguage}, as for pages), else English.
 */
public final class ApiLanguage {

    private ApiLanguage() {}

    public static Language of(UriInfo uri, HttpHeaders headers) {
        return requested(uri, headers).orElse(Language.EN);
    }

    /** The language the request asks for, if it names a supported one. */
    public static Optional<Language> requested(UriInfo uri, HttpHeaders headers) {
        Optional<Language> fromQuery = uri == null
                ? Optional.empty()
                : Optional.ofNullable(uri.getQueryParameters().getFirst("lang")).flatMap(Language::fromCode);
        if (fromQuery.isPresent() || headers == null) {
            return fromQuery;
        }
        return AcceptLanguage.match(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }
}
