package eu.restproject.academy.seminar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.restproject.academy.platform.InvalidInputException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV import of registrations: what a coordinator's spreadsheet program writes, and what it must not smuggle in. */
class RegistrationImportTest {

    private static List<RegistrationImport.Row> read(String text) {
        return RegistrationImport.read(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String refusal(byte[] bytes) {
        return assertThrows(InvalidInputException.class, () -> RegistrationImport.read(bytes))
                .messageKey();
    }

    @Test
    void aGoodFileGivesOneGoodRowPerLineWithItsLineNumber() {
        List<RegistrationImport.Row> rows =
                read("name,email\nLena Gruber,Lena.Gruber@Example.org\r\n\"Huber, Max\",max@example.org\n");
        assertEquals(2, rows.size());
        assertTrue(rows.stream().allMatch(RegistrationImport.Row::isGood));
        assertEquals(2, rows.get(0).line());
        assertEquals("lena.gruber@example.org", rows.get(0).email(), "e-mails are compared as accounts store them");
        assertEquals("Huber, Max", rows.get(1).name(), "a quoted cell keeps its comma");
        assertEquals(3, rows.get(1).line());
    }

    @Test
    void semicolonsAsExcelWritesThemInGermanyFranceSpainAndTheNetherlands() {
        List<RegistrationImport.Row> rows =
                read("E-Mail-Adresse;Email;Name\nx;anna@example.org;Anna\n;;\n\ny;bert@example.org;Bert\n");
        assertEquals(2, rows.size(), "empty lines and lines of separators are skipped");
        assertEquals("anna@example.org", rows.get(0).email());
        assertEquals("Bert", rows.get(1).name());
        assertEquals(5, rows.get(1).line(), "line numbers count the skipped lines, as an editor shows them");
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstColumnName() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "email\nanna@example.org\n".getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, file, 0, bom.length);
        System.arraycopy(text, 0, file, bom.length, text.length);
        List<RegistrationImport.Row> rows = RegistrationImport.read(file);
        assertEquals("anna@example.org", rows.get(0).email());
    }

    @Test
    void windows1252BytesAreRefusedAsAWhole() {
        byte[] file = "email;name\nlena@example.org;Lefèvre\n".getBytes(Charset.forName("windows-1252"));
        assertEquals("import.error.encoding", refusal(file));
    }

    @Test
    void aFileWithoutAnEmailColumnIsRefusedNamingTheColumnsFound() {
        InvalidInputException refusal =
                assertThrows(InvalidInputException.class, () -> read("name;mail\nAnna;anna@example.org\n"));
        assertEquals("import.error.noEmailColumn", refusal.messageKey());
        assertEquals("name, mail", refusal.arguments()[0]);
    }

    @Test
    void aDuplicateEmailNamesTheLineWhereItFirstAppears() {
        List<RegistrationImport.Row> rows = read("email\nanna@example.org\nbert@example.org\nANNA@example.org \n");
        assertTrue(rows.get(0).isGood());
        assertTrue(rows.get(1).isGood());
        RegistrationImport.Row duplicate = rows.get(2);
        assertFalse(duplicate.isGood());
        assertEquals(4, duplicate.line());
        assertEquals("email", duplicate.field());
        assertEquals("import.error.duplicate", duplicate.reasonKey());
        assertEquals(2, duplicate.arguments()[0]);
    }

    @Test
    void emptyAndMalformedEmailsAreBadRows() {
        List<RegistrationImport.Row> rows = read("name,email\nAnna,\nBert,bert at example.org\n");
        assertEquals("import.error.emailMissing", rows.get(0).reasonKey());
        assertEquals("import.error.emailMalformed", rows.get(1).reasonKey());
    }

    @Test
    void formulaCellsAreTextAndNeverAcceptedAsEmails() {
        List<RegistrationImport.Row> rows = read("email;name\n=cmd|' /C calc'!A0;=HYPERLINK(\"http://evil\")\n"
                + "+x@example.org;Plus\n-x@example.org;Minus\n@SUM(A1);At\nanna@example.org;=1+1\n");
        assertEquals(5, rows.size());
        assertEquals("=cmd|' /C calc'!A0", rows.get(0).email(), "the cell is kept as typed, only to be shown");
        for (RegistrationImport.Row row : rows.subList(0, 4)) {
            assertEquals("import.error.formula", row.reasonKey(), row.email());
            assertEquals("email", row.field());
        }
        assertTrue(rows.get(4).isGood(), "a name is only shown, never stored");
        assertEquals("=1+1", rows.get(4).name());
    }

    @Test
    void moreThanTwoThousandRowsAreRefused() {
        StringBuilder file = new StringBuilder("email\n");
        for (int i = 0; i <= RegistrationImport.MAX_ROWS; i++) {
            file.append("person").append(i).append("@example.org\n");
        }
        InvalidInputException refusal = assertThrows(InvalidInputException.class, () -> read(file.toString()));
        assertEquals("import.error.tooManyRows", refusal.messageKey());
        assertEquals(RegistrationImport.MAX_ROWS, refusal.arguments()[0]);
        assertEquals(
                RegistrationImport.MAX_ROWS,
                read(file.substring(0, file.lastIndexOf("person"))).size());
    }

    @Test
    void emptyFilesAndHeadersWithoutRowsAreRefused() {
        assertEquals("import.error.empty", refusal(new byte[0]));
        assertEquals("import.error.empty", refusal("\n\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("import.error.noRows", refusal("email;name\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aGoodRowHasNoReason() {
        RegistrationImport.Row row = read("email\nanna@example.org").get(0);
        assertNull(row.reasonKey());
        assertNull(row.field());
    }
}
