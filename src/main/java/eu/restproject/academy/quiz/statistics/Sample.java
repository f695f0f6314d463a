package eu.restproject.academy.quiz.statistics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * Descriptive statistics of a list of numbers, in BigDecimal with 16 significant digits so that
 * the results are the same on every machine and match the hand-worked example; rounding to two
 * decimals happens once, at the end.
 */
final class Sample {

    static final MathContext PRECISION = MathContext.DECIMAL64;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final List<BigDecimal> values;

    Sample(List<BigDecimal> values) {
        this.values = List.copyOf(values);
    }

    Optional<BigDecimal> mean() {
        return values.isEmpty()
                ? Optional.empty()
                : Optional.of(sum().divide(BigDecimal.valueOf(values.size()), PRECISION));
    }

    Optional<BigDecimal> median() {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        List<BigDecimal> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return Optional.of(
                sorted.size() % 2 == 1
                        ? sorted.get(middle)
                        : sorted.get(middle - 1).add(sorted.get(middle)).divide(BigDecimal.valueOf(2), PRECISION));
    }

    /** Sample standard deviation (n − 1): the sittings stand for all learners who could take the quiz. */
    Optional<BigDecimal> standardDeviation() {
        if (values.size() < 2) {
            return Optional.empty();
        }
        BigDecimal variance = crossDeviations(this).divide(BigDecimal.valueOf(values.size() - 1L), PRECISION);
        return Optional.of(variance.sqrt(PRECISION));
    }

    /** Pearson's r; empty for fewer than two values or when either side does not vary (r would be 0 / 0). */
    Optional<BigDecimal> correlation(Sample other) {
        if (values.size() < 2 || other.values.size() != values.size()) {
            return Optional.empty();
        }
        BigDecimal spread = crossDeviations(this).multiply(other.crossDeviations(other), PRECISION);
        if (spread.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(crossDeviations(other).divide(spread.sqrt(PRECISION), PRECISION));
    }

    /** Σ (x − x̄)(y − ȳ) over paired values; with itself, the sum of squared deviations. */
    private BigDecimal crossDeviations(Sample other) {
        BigDecimal meanX = mean().orElseThrow();
        BigDecimal meanY = other.mean().orElseThrow();
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < values.size(); i++) {
            sum = sum.add(
                    values.get(i).subtract(meanX).multiply(other.values.get(i).subtract(meanY)));
        }
        return sum;
    }

    private BigDecimal sum() {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static BigDecimal round(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    /** {@code part} in percent of {@code whole}, unrounded; 0 when the whole is 0 (nothing could be scored). */
    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? BigDecimal.ZERO : part.multiply(HUNDRED).divide(whole, PRECISION);
    }
}
