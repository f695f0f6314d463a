package eu.restproject.academy.quiz.gift;

import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.quiz.Feedback;
import java.util.Map;
import java.util.Optional;

/**
 * The texts of one exported question in the chosen language, escaped for GIFT. A text missing in
 * that language falls back to English (as learners see it), or else to any language it has, and
 * the fallback is remembered so that the writer can report it.
 */
final class ExportTexts {

    private final Language language;
    private boolean fellBack;
    private boolean cited;

    ExportTexts(Language language) {
        this.language = language;
    }

    String of(Map<Language, String> texts) {
        String text = texts == null ? null : texts.get(language);
        if (text == null || text.isBlank()) {
            fellBack = true;
            text = texts == null
                    ? ""
                    : Optional.ofNullable(texts.get(Language.EN))
                            .filter(t -> !t.isBlank())
                            .or(() -> texts.values().stream()
                                    .filter(t -> t != null && !t.isBlank())
                                    .findFirst())
                            .orElse("");
        }
        return escape(text.strip());
    }

    /** Feedback, with its legal ground written into the text since GIFT has no place for it. */
    String of(Feedback feedback) {
        if (feedback == null || (feedback.text().isEmpty() && feedback.ground().isEmpty())) {
            return "";
        }
        String text = feedback.text().isEmpty() ? "" : of(feedback.text());
        if (feedback.ground().isPresent()) {
            cited = true;
            Feedback.Ground ground = feedback.ground().get();
            text = (text + " " + escape("(" + ground.instrument() + ", " + ground.article() + ")")).strip();
        }
        return text;
    }

    boolean fellBack() {
        return fellBack;
    }

    boolean cited() {
        return cited;
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            if (GiftText.SPECIAL.indexOf(c) >= 0) {
                escaped.append('\\').append(c);
            } else if (c == '\n') {
                escaped.append("\\n");
            } else if (c != '\r') {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
