package eu.restproject.academy.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * How many people were expected, how many came (present or late) and the hours they were credited.
 * The rate is a percentage with one decimal, undefined when nobody was expected.
 */
public record AttendanceFigures(long registered, long attended, BigDecimal hours) {

    public static final AttendanceFigures NONE = new AttendanceFigures(0, 0, BigDecimal.ZERO);

    public Optional<BigDecimal> rate() {
        if (registered == 0) {
            return Optional.empty();
        }
        return Optional.of(
                BigDecimal.valueOf(attended * 100).divide(BigDecimal.valueOf(registered), 1, RoundingMode.HALF_UP));
    }

    public AttendanceFigures plus(AttendanceFigures other) {
        return new AttendanceFigures(registered + other.registered, attended + other.attended, hours.add(other.hours));
    }
}
