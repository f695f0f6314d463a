package eu.restproject.academy.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AcceptLanguageTest {

    @Test
    void theHighestQualityValueWinsWhateverTheOrder() {
        assertEquals(Language.FR, AcceptLanguage.of("de;q=0.5, fr;q=0.9, en;q=0.7"));
        assertEquals(Language.NL, AcceptLanguage.of("nl, de;q=0.9"));
    }

    @Test
    void regionAndScriptTagsCountAsTheirLanguage() {
        assertEquals(Language.DE, AcceptLanguage.of("de-AT"));
        assertEquals(Language.SR, AcceptLanguage.of("sr-Latn"));
        assertEquals(Language.SR, AcceptLanguage.of("sr-Latn-RS, en;q=0.5"));
        assertEquals(Language.RO, AcceptLanguage.of("ro-MD,ro;q=0.9"));
    }

    @Test
    void unsupportedLanguagesAreSkippedForTheNextSupportedOne() {
        assertEquals(Language.ES, AcceptLanguage.of("pt-BR, es;q=0.8"));
    }

    @Test
    void unknownRefusedOrUnreadableMeansEnglish() {
        assertEquals(Language.EN, AcceptLanguage.of("pt-BR, ja"));
        assertEquals(Language.EN, AcceptLanguage.of("de;q=0"));
        assertEquals(Language.EN, AcceptLanguage.of("*"));
        assertEquals(Language.EN, AcceptLanguage.of("de;q=nonsense"));
        assertEquals(Language.EN, AcceptLanguage.of(null));
        assertTrue(AcceptLanguage.match("").isEmpty());
    }
}
