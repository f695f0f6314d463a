package eu.restproject.academy.quiz;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Points with two decimals, rounded half up: the same answers always give the same score. */
public record Score(BigDecimal points, BigDecimal max) {

    public Score {
        points = points.setScale(2, RoundingMode.HALF_UP);
        max = max.setScale(2, RoundingMode.HALF_UP);
        if (points.signum() < 0 || points.compareTo(max) > 0) {
            throw new IllegalArgumentException("score " + points + " outside 0.." + max);
        }
    }

    public static Score of(BigDecimal max, BigDecimal fraction) {
        BigDecimal clamped = fraction.max(BigDecimal.ZERO).min(BigDecimal.ONE);
        return new Score(max.multiply(clamped), max);
    }

    public static Score full(BigDecimal max) {
        return new Score(max, max);
    }

    public static Score zero(BigDecimal max) {
        return new Score(BigDecimal.ZERO, max);
    }

    public Score plus(Score other) {
        return new Score(points.add(other.points), max.add(other.max));
    }

    /** Percentage of the maximum, two decimals; 0 when nothing could be scored. */
    public BigDecimal percent() {
        return max.signum() == 0
                ? BigDecimal.ZERO.setScale(2)
                : points.multiply(BigDecimal.valueOf(100)).divide(max, 2, RoundingMode.HALF_UP);
    }
}
