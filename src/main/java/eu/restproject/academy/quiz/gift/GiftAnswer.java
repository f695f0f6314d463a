package eu.restproject.academy.quiz.gift;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One answer of an answer block: {@code =} (right) or {@code ~} (wrong), an optional weight
 * {@code %50%}, its text as a raw range of the question (matching splits it at {@code ->}), and
 * optional feedback after {@code #}.
 */
record GiftAnswer(boolean right, Optional<BigDecimal> weight, int from, int to, Optional<String> feedback, int line) {

    /** Splits the range (which starts at the first {@code =} or {@code ~}) into answers. */
    static List<GiftAnswer> split(GiftText text, int from, int to) throws SkippedQuestion {
        List<GiftAnswer> answers = new ArrayList<>();
        int start = from;
        while (start < to) {
            int end = nextMarker(text, start + 1, to);
            answers.add(one(text, start, end));
            start = end;
        }
        return answers;
    }

    private static int nextMarker(GiftText text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if ((c == '=' || c == '~') && !text.isEscaped(i)) {
                return i;
            }
        }
        return to;
    }

    private static GiftAnswer one(GiftText text, int start, int end) throws SkippedQuestion {
        int line = text.line(start);
        int from = start + 1;
        Optional<BigDecimal> weight = Optional.empty();
        if (from < end && text.charAt(from) == '%') {
            int close = text.find('%', from + 1, end);
            if (close < 0) {
                throw new SkippedQuestion(GiftNote.error(line, "gift.weight.invalid"));
            }
            weight = Optional.of(weight(text, from + 1, close, line));
            from = close + 1;
        }
        int hash = text.find('#', from, end);
        Optional<String> feedback = hash < 0
                ? Optional.empty()
                : Optional.of(text.plain(hash + 1, end)).filter(f -> !f.isEmpty());
        return new GiftAnswer(text.charAt(start) == '=', weight, from, hash < 0 ? end : hash, feedback, line);
    }

    private static BigDecimal weight(GiftText text, int from, int to, int line) throws SkippedQuestion {
        String value = text.plain(from, to);
        try {
            BigDecimal weight = new BigDecimal(value.length() <= 20 ? value : "x");
            // Moodle writes weights with at most five decimals; an exponent like 1e-100000000 would make
            // every later sum work with a hundred million digits.
            if (weight.abs().compareTo(BigDecimal.valueOf(100)) <= 0 && weight.scale() >= -2 && weight.scale() <= 5) {
                return weight;
            }
        } catch (NumberFormatException e) {
            // reported below: the weight is not a number
        }
        throw new SkippedQuestion(GiftNote.error(line, "gift.weight.invalid"));
    }

    boolean weighs(BigDecimal percent) {
        return weight.map(w -> w.compareTo(percent) == 0).orElse(false);
    }
}
