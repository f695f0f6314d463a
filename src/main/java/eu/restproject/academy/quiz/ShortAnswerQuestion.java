package eu.restproject.academy.quiz;

import eu.restproject.academy.people.Country;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A typed answer compared with the accepted ones after normalising spaces; letter case and accents
 * count only when the question says so ("30 Tage" and "30 tage" are the same answer by default).
 * A country variant may accept other answers.
 */
public record ShortAnswerQuestion(
        String id,
        BigDecimal points,
        List<String> accepted,
        boolean caseSensitive,
        boolean accentSensitive,
        Map<Country, List<String>> variants)
        implements Question {

    @Override
    public Grade grade(Answer answer, Country country) {
        if (!(answer instanceof Answer.Text text)) {
            throw Question.unfit(id);
        }
        List<String> acceptable = country != null && variants.containsKey(country) ? variants.get(country) : accepted;
        String given = normalize(text.text());
        boolean right =
                !given.isEmpty() && acceptable.stream().map(this::normalize).anyMatch(given::equals);
        return Grade.of(right ? Score.full(points) : Score.zero(points));
    }

    String normalize(String value) {
        String result = value == null ? "" : value.strip().replaceAll("\\s+", " ");
        if (!caseSensitive) {
            result = result.toLowerCase(Locale.ROOT);
        }
        if (!accentSensitive) {
            result = Normalizer.normalize(result, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        }
        return result;
    }
}
