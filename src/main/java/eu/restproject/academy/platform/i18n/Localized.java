package eu.restproject.academy.platform.i18n;

import java.util.Map;

/** Picks the reader's language from texts per language, falling back to English (always present). */
public final class Localized {

    private Localized() {}

    public static String pick(Map<Language, String> texts, Language language) {
        String text = texts.get(language);
        return text != null ? text : texts.getOrDefault(Language.EN, "");
    }
}
