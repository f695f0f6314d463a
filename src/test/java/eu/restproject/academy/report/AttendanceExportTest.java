package eu.restproject.academy.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The attendance export as CSV and XLSX, read back: one row per participant and session, formulas neutralised. */
class AttendanceExportTest {

    private final SeminarReport report = ReportFixtures.report();

    @Test
    void figuresCountPeopleSessionsAndProfessions() {
        assertEquals(new AttendanceFigures(3, 2, new BigDecimal("10.50")), report.figures());
        assertEquals(Optional.of(new BigDecimal("66.7")), report.figures().rate());
        AttendanceFigures first = report.sessions().get(0).figures();
        assertEquals(new AttendanceFigures(3, 2, new BigDecimal("6.50")), first);
        assertEquals(
                new AttendanceFigures(3, 1, new BigDecimal("4.00")),
                report.sessions().get(1).figures());
        assertEquals(3, report.professions().size());
        assertEquals(null, report.professions().get(2).profession(), "no profession given comes last");
        assertEquals("report.profession.none", report.professions().get(2).messageKey());
        assertEquals(Optional.empty(), AttendanceFigures.NONE.rate());
    }

    @Test
    void csvHasTranslatedHeadersIsoDatesNumbersAndNoFormula() {
        String csv = new String(
                AttendanceExport.write(report, Locale.ENGLISH, AttendanceExport.Format.CSV), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFF"));
        List<String> lines = List.of(csv.substring(1).split("\r\n"));
        assertEquals(7, lines.size(), "a header and one row per participant and session");
        assertEquals(
                "Seminar,Date,Start,End,City,Venue,Room,Participant,E-mail,Profession,Hours,Status,Remark",
                lines.get(0));
        assertEquals(
                "Residence rights of trafficked persons,2026-03-14,09:00,13:00,Chișinău,Centrul de conferințe,A 1.02,"
                        + "Ana Țurcan,p2@example.org,Social worker,2.50,Late,'" + ReportFixtures.FORMULA,
                lines.get(1));
        assertTrue(lines.get(2).endsWith(",Đorđe Čačić-Šćekić,p3@example.org,,0,Not recorded,"), lines.get(2));
        assertTrue(lines.get(4).endsWith(",0,Absent,'@SUM(1)"), lines.get(4));
        assertTrue(lines.get(5).endsWith(",0,Excused,'\t+1"), lines.get(5));
        assertTrue(lines.get(6).startsWith("Residence rights of trafficked persons,2026-03-15,"), lines.get(6));
        assertTrue(lines.get(6).endsWith(",Ștefan Ionescu,p1@example.org,Lawyer,4.00,Present,'-1+2"), lines.get(6));

        String german = new String(
                AttendanceExport.write(report, Locale.GERMAN, AttendanceExport.Format.CSV), StandardCharsets.UTF_8);
        assertTrue(german.startsWith("\uFEFFSeminar,Datum,Beginn,Ende,Ort,"), german);
        assertFalse(german.contains("???"), "every text comes from the bundle");
    }

    @Test
    void xlsxKeepsNumbersNumericAndFormulaLikeTextAsQuotedText() throws IOException {
        byte[] file = AttendanceExport.write(report, Locale.ENGLISH, AttendanceExport.Format.XLSX);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheet("Attendance");
            assertEquals("Participant", sheet.getRow(0).getCell(7).getStringCellValue());
            Row late = sheet.getRow(1);
            assertEquals("2026-03-14", late.getCell(1).getStringCellValue());
            assertEquals("Ana Țurcan", late.getCell(7).getStringCellValue());
            assertEquals(CellType.NUMERIC, late.getCell(10).getCellType());
            assertEquals(2.5, late.getCell(10).getNumericCellValue(), 1e-9);
            Cell remark = late.getCell(12);
            assertEquals(CellType.STRING, remark.getCellType());
            assertEquals(ReportFixtures.FORMULA, remark.getStringCellValue());
            assertTrue(remark.getCellStyle().getQuotePrefixed());
            assertTrue(sheet.getRow(5).getCell(12).getCellStyle().getQuotePrefixed(), "tab-prefixed text too");
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertNotEquals(
                            CellType.FORMULA,
                            cell.getCellType(),
                            cell.getAddress().toString());
                }
            }
            assertEquals(6, sheet.getLastRowNum());
        }
    }
}
