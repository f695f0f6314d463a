package eu.restproject.academy.platform.api;

import eu.restproject.academy.platform.i18n.Language;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The language of an API answer: {@code ?lang=}, else the first supported language of
 * {@code Accept-Language}, else English. A header that is not a valid language list counts as
 * absent: the answer still comes, in English, rather than failing over a preference.
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
        if (fromQuery.isPresent() || headers == null || headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE) == null) {
            return fromQuery;
        }
        return fromHeader(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    static Optional<Language> fromHeader(String acceptLanguage) {
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
        return ranges.stream()
                .filter(range -> range.getWeight() > 0)
                .map(range -> Language.fromCode(range.getRange()))
                .flatMap(Optional::stream)
                .findFirst();
    }
}
