package eu.restproject.academy.platform.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Which texts a spreadsheet would run as a formula, and how the CSV writer neutralises them. */
class TableTest {

    @Test
    void everyDangerousStartIsCaughtAlsoBehindBlanks() {
        for (String text : new String[] {
            "=cmd|' /C calc'!A0",
            "@SUM(1+1)*cmd|' /C calc'!A0",
            "+1",
            "-1+2",
            "\t=1",
            "\r=1",
            " =1+2",
            "  @SUM(A1)",
            "\n-3",
            "\tplain"
        }) {
            assertTrue(Table.looksLikeFormula(text), text);
        }
        for (String text : new String[] {"", " ", "Wien", "a=b", "Ștefan Țurcan", "1-2"}) {
            assertFalse(Table.looksLikeFormula(text), text);
        }
    }

    @Test
    void csvKeepsNumbersNumericAndPrefixesFormulaText() {
        assertEquals("'=cmd|' /C calc'!A0", CsvFile.field("=cmd|' /C calc'!A0"));
        assertEquals("' =1+2", CsvFile.field(" =1+2"));
        assertEquals("-1.50", CsvFile.field(new BigDecimal("-1.50")));
        assertEquals("-3", CsvFile.field(-3L));
    }
}
