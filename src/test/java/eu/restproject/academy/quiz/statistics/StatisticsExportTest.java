package eu.restproject.academy.quiz.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.restproject.academy.platform.export.CsvFile;
import eu.restproject.academy.platform.i18n.Language;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The worked example written as CSV and XLSX, with the real English and German labels, read back cell by cell. */
class StatisticsExportTest {

    private static final QuizFigures FIGURES = new ItemAnalysis(WorkedExample.QUIZ).figures(WorkedExample.SITTINGS);

    @Test
    void csvHasAByteOrderMarkAQuestionSectionAndAnAnswerSection() throws IOException {
        String csv = csv(FIGURES, Language.EN);
        assertTrue(csv.startsWith("\uFEFF"), "UTF-8 byte order mark for Excel");
        assertTrue(csv.endsWith("\r\n"));
        assertEquals(
                List.of(
                        "Quiz,Question,Question text,Type,Points,Answered,Mean score (points),Facility index (%),"
                                + "Standard deviation (points),Discrimination index",
                        "basics,q1,Which option?,Single choice,1.00,3,0.50,50.00,0.58,68.82",
                        "basics,q2,\"Victims have rights, always.\",True/false,1.00,4,0.50,50.00,0.58,19.25",
                        "basics,q3,'=cmd|' /C calc'!A0,Ordering,2.00,3,0.75,37.50,0.96,85.28",
                        "",
                        "Quiz,Question,Outcome,Answer,Attempts,Share of attempts (%)",
                        "basics,q1,a,Option A,2,50.00",
                        "basics,q1,b,Option B,1,25.00",
                        "basics,q1,c,'+ more,0,0.00",
                        "basics,q1,not-answered,Not answered,1,25.00",
                        "basics,q2,true,True,2,50.00",
                        "basics,q2,false,False,2,50.00",
                        "basics,q2,not-answered,Not answered,0,0.00",
                        "basics,q3,full,Full points,1,25.00",
                        "basics,q3,partial,Partial points,1,25.00",
                        "basics,q3,zero,No points,1,25.00",
                        "basics,q3,not-answered,Not answered,1,25.00"),
                lines(csv));
    }

    @Test
    void csvUsesTheReadersLanguageAndLeavesUndefinedFiguresEmpty() throws IOException {
        QuizFigures one = new ItemAnalysis(WorkedExample.QUIZ).figures(WorkedExample.SITTINGS.subList(0, 1));
        List<String> lines = lines(csv(one, Language.DE));
        assertEquals("basics,q1,Welche Option?,Einfachauswahl,1.00,1,1.00,100.00,,", lines.get(1));
        assertEquals(
                "basics,q2,\"Victims have rights, always.\",Wahr/Falsch,1.00,1,1.00,100.00,,",
                lines.get(2),
                "a text without German falls back to English");
    }

    @Test
    void csvQuotesAndNeutralisesEveryDangerousStart() {
        assertEquals("'=1+2", CsvFile.field("=1+2"));
        assertEquals("'+1", CsvFile.field("+1"));
        assertEquals("'-1", CsvFile.field("-1"));
        assertEquals("'@SUM(A1)", CsvFile.field("@SUM(A1)"));
        assertEquals("'\tx", CsvFile.field("\tx"));
        assertEquals("\"'\rx\"", CsvFile.field("\rx"));
        assertEquals("\"say \"\"no\"\"\"", CsvFile.field("say \"no\""));
        assertEquals("-12.50", CsvFile.field(new java.math.BigDecimal("-12.50")), "numbers are not text");
        assertEquals("", CsvFile.field(null));
    }

    @Test
    void xlsxHasTheSameTablesAsNumbersAndPlainStrings() throws IOException {
        try (XSSFWorkbook workbook = xlsx(FIGURES, Language.EN)) {
            assertEquals(2, workbook.getNumberOfSheets());
            Sheet questions = workbook.getSheet("Questions");
            assertRow(
                    questions.getRow(0),
                    "Quiz",
                    "Question",
                    "Question text",
                    "Type",
                    "Points",
                    "Answered",
                    "Mean score (points)",
                    "Facility index (%)",
                    "Standard deviation (points)",
                    "Discrimination index");
            assertRow(
                    questions.getRow(1),
                    "basics",
                    "q1",
                    "Which option?",
                    "Single choice",
                    1.0,
                    3.0,
                    0.5,
                    50.0,
                    0.58,
                    68.82);
            assertRow(
                    questions.getRow(2),
                    "basics",
                    "q2",
                    "Victims have rights, always.",
                    "True/false",
                    1.0,
                    4.0,
                    0.5,
                    50.0,
                    0.58,
                    19.25);
            assertRow(
                    questions.getRow(3),
                    "basics",
                    "q3",
                    WorkedExample.FORMULA,
                    "Ordering",
                    2.0,
                    3.0,
                    0.75,
                    37.5,
                    0.96,
                    85.28);
            assertNull(questions.getRow(4));
            Sheet answers = workbook.getSheet("Answers");
            assertRow(answers.getRow(0), "Quiz", "Question", "Outcome", "Answer", "Attempts", "Share of attempts (%)");
            assertRow(answers.getRow(1), "basics", "q1", "a", "Option A", 2.0, 50.0);
            assertRow(answers.getRow(3), "basics", "q1", "c", "+ more", 0.0, 0.0);
            assertRow(answers.getRow(5), "basics", "q2", "true", "True", 2.0, 50.0);
            assertRow(answers.getRow(11), "basics", "q3", "not-answered", "Not answered", 1.0, 25.0);
            assertEquals(11, answers.getLastRowNum());
        }
    }

    @Test
    void xlsxWritesFormulaLikeTextAsQuotedStringsNeverAsFormulas() throws IOException {
        try (XSSFWorkbook workbook = xlsx(FIGURES, Language.EN)) {
            Cell text = workbook.getSheet("Questions").getRow(3).getCell(2);
            assertEquals(CellType.STRING, text.getCellType());
            assertEquals(WorkedExample.FORMULA, text.getStringCellValue());
            assertTrue(text.getCellStyle().getQuotePrefixed(), "Excel keeps it text even when the cell is edited");
            assertTrue(workbook.getSheet("Answers")
                    .getRow(3)
                    .getCell(3)
                    .getCellStyle()
                    .getQuotePrefixed());
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertNotEquals(
                                CellType.FORMULA, cell.getCellType(), sheet.getSheetName() + " " + cell.getAddress());
                    }
                }
            }
        }
    }

    @Test
    void xlsxLeavesUndefinedFiguresBlank() throws IOException {
        QuizFigures one = new ItemAnalysis(WorkedExample.QUIZ).figures(WorkedExample.SITTINGS.subList(0, 1));
        try (XSSFWorkbook workbook = xlsx(one, Language.DE)) {
            Row q1 = workbook.getSheet("Fragen").getRow(1);
            assertEquals("Welche Option?", q1.getCell(2).getStringCellValue());
            assertNull(q1.getCell(8));
            assertNull(q1.getCell(9));
        }
    }

    private static String csv(QuizFigures figures, Language language) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new StatisticsExport(WorkedExample.QUIZ, figures, language, messages(language)).writeCsv(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static XSSFWorkbook xlsx(QuizFigures figures, Language language) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new StatisticsExport(WorkedExample.QUIZ, figures, language, messages(language)).writeXlsx(out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    /** The real bundle, failing on a key it does not have, so the export cannot ask for a missing text. */
    private static Function<String, String> messages(Language language) {
        String name = language == Language.EN
                ? "i18n/messages.properties"
                : "i18n/messages_" + language.code() + ".properties";
        Properties properties = new Properties();
        try (InputStream in = StatisticsExportTest.class.getClassLoader().getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return key -> {
            assertTrue(key.startsWith("statistics.") && properties.containsKey(key), "missing " + key);
            return properties.getProperty(key);
        };
    }

    private static List<String> lines(String csv) {
        assertTrue(csv.endsWith("\r\n"));
        return List.of(csv.substring(1, csv.length() - 2).split("\r\n", -1));
    }

    private static void assertRow(Row row, Object... expected) {
        assertEquals(expected.length, row.getLastCellNum(), "cells in row " + row.getRowNum());
        for (int i = 0; i < expected.length; i++) {
            Cell cell = row.getCell(i);
            if (expected[i] instanceof String text) {
                assertEquals(
                        CellType.STRING, cell.getCellType(), cell.getAddress().toString());
                assertEquals(text, cell.getStringCellValue(), cell.getAddress().toString());
            } else {
                assertEquals(
                        CellType.NUMERIC, cell.getCellType(), cell.getAddress().toString());
                assertEquals(
                        (Double) expected[i],
                        cell.getNumericCellValue(),
                        1e-9,
                        cell.getAddress().toString());
            }
        }
    }
}
