package eu.restproject.academy.platform.i18n;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Dates and hours as people read them in pages and PDFs. */
public final class Readable {

    private Readable() {}

    public static String longDate(LocalDate date, Language language) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(language.locale())
                .format(date);
    }

    /** Hours without trailing zeros: 4, 2.5, 1.25. */
    public static String hours(BigDecimal hours) {
        BigDecimal plain = hours.stripTrailingZeros();
        return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString();
    }
}
