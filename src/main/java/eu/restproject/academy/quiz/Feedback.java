package eu.restproject.academy.quiz;

import eu.restproject.academy.platform.i18n.Language;
import java.util.Map;
import java.util.Optional;

/** Feedback on an option or an ending, per language, with the legal ground it relies on. */
public record Feedback(Map<Language, String> text, Optional<Ground> ground) {

    /** The instrument and article a piece of feedback cites, e.g. CETS No. 197, Art. 13. */
    public record Ground(String instrument, String article) {}

    public static final Feedback NONE = new Feedback(Map.of(), Optional.empty());
}
