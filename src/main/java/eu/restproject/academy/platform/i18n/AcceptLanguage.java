package eu.restproject.academy.platform.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one reading of an {@code Accept-Language} header, for pages and the API alike: the supported
 * language of the highest quality value, regional and script variants counting as their language
 * ({@code de-AT} is German, {@code sr-Latn} Serbian). A header that is not a valid language list
 * counts as absent: the answer still comes, in English, rather than failing over a preference.
 */
public final class AcceptLanguage {

    private AcceptLanguage() {}

    /** The preferred supported language of the header, if it names one. */
    public static Optional<Language> match(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        List<Locale.LanguageRange> ranges;
        try {
            // Sorted by quality value, highest first; equal values keep the header's order.
            ranges = Locale.LanguageRange.parse(header);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
        return ranges.stream()
                .filter(range -> range.getWeight() > 0)
                .map(range -> Language.fromCode(range.getRange()))
                .flatMap(Optional::stream)
                .findFirst();
    }

    /** The preferred supported language of the header, else English. */
    public static Language of(String header) {
        return match(header).orElse(Language.EN);
    }
}
