package eu.restproject.academy.platform.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages of the platform. Serbian is served in Latin script: the bundles are named
 * {@code _sr} and pages declare {@code sr-Latn}.
 */
public enum Language {
    EN("en", "English"),
    DE("de", "Deutsch"),
    FR("fr", "Français"),
    ES("es", "Español"),
    NL("nl", "Nederlands"),
    RO("ro", "Română"),
    SR("sr", "Srpski (latinica)");

    private final String code;
    private final String nativeName;

    Language(String code, String nativeName) {
        this.code = code;
        this.nativeName = nativeName;
    }

    public String code() {
        return code;
    }

    /** The name a speaker of the language recognises, whatever the page's language. */
    public String nativeName() {
        return nativeName;
    }

    /**
     * The locale for texts, dates and numbers. Serbian names the Latin script: Java's plain "sr"
     * writes day and month names in Cyrillic, which the platform does not use; its bundles are still
     * found, since a script-tagged locale falls back to the plain language.
     */
    public Locale locale() {
        return Locale.forLanguageTag(htmlTag());
    }

    /** The BCP 47 tag for {@code lang} attributes, naming the script where it matters to screen readers. */
    public String htmlTag() {
        return this == SR ? "sr-Latn" : code;
    }

    public static Optional<Language> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(code.replace('_', '-')).getLanguage();
        return Arrays.stream(values()).filter(l -> l.code.equals(language)).findFirst();
    }

    public static Language of(Locale locale) {
        return fromCode(locale.toLanguageTag()).orElse(EN);
    }
}
