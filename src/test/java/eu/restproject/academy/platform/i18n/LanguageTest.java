package eu.restproject.academy.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void regionalAndScriptVariantsMapToTheLanguage() {
        assertEquals(Language.DE, Language.fromCode("de-AT").orElseThrow());
        assertEquals(Language.SR, Language.fromCode("sr-Latn-RS").orElseThrow());
        assertEquals(Language.SR, Language.fromCode("sr_Cyrl").orElseThrow());
        assertEquals(Language.RO, Language.of(Locale.forLanguageTag("ro-MD")));
    }

    @Test
    void unknownLanguagesFallBackToEnglish() {
        assertTrue(Language.fromCode("pt-BR").isEmpty());
        assertEquals(Language.EN, Language.of(Locale.JAPANESE));
    }

    @Test
    void serbianPagesDeclareLatinScript() {
        assertEquals("sr-Latn", Language.SR.htmlTag());
        assertEquals("de", Language.DE.htmlTag());
    }

    @Test
    void serbianDatesAreWrittenInLatinScriptAndItsTextsStillFound() {
        String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                .withLocale(Language.SR.locale())
                .format(LocalDate.of(2026, 5, 4));
        assertEquals("ponedeljak, 04. maj 2026.", date);
        assertEquals(
                "Zaštita žrtava trgovine ljudima: obuka za stručnjake",
                Messages.format(Language.SR.locale(), "app.tagline"));
        assertEquals(Language.SR, Language.of(Language.SR.locale()));
    }
}
