package eu.restproject.academy.platform.i18n;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Dates and hours as people read them in pages and PDFs. Serbian takes the Latin script
 * explicitly: Java's plain "sr" locale writes month names in Cyrillic, which the platform does not use.
 */
public final class Readable {

    private Readable() {
    }

    public static Locale locale(Language language) {
        return Locale.forLanguageTag(language.htmlTag());
    }

    public static String longDate(LocalDate date, Language language) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale(language)).format(date);
    }

    /** Hours without trailing zeros: 4, 2.5, 1.25. */
    public static String hours(BigDecimal hours) {
        BigDecimal plain = hours.stripTrailingZeros();
        return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString();
    }
}
