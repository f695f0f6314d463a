package eu.restproject.academy.quiz.gift;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The GIFT weights that reproduce our multiple-choice rule (docs/grading.md): each correct option
 * is worth 100 % divided by the number of correct options, each incorrect one costs 100 % divided
 * by the number of incorrect options. Moodle takes weights with up to five decimals.
 */
final class RightMinusWrong {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TOLERANCE = new BigDecimal("0.0001");

    private RightMinusWrong() {}

    static BigDecimal weight(boolean correct, int correctOptions, int incorrectOptions) {
        int share = correct ? correctOptions : incorrectOptions;
        if (share == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal percent = HUNDRED.divide(BigDecimal.valueOf(share), 5, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return correct ? percent : percent.negate();
    }

    /** Whether a given weight is what our rule gives, up to Moodle's five decimals. */
    static boolean agrees(BigDecimal given, boolean correct, int correctOptions, int incorrectOptions) {
        return given.subtract(weight(correct, correctOptions, incorrectOptions))
                        .abs()
                        .compareTo(TOLERANCE)
                <= 0;
    }

    static String format(BigDecimal weight) {
        return weight.signum() == 0 ? "0" : weight.toPlainString();
    }
}
