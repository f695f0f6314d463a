package eu.restproject.academy.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.restproject.academy.people.Profession;
import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.seminar.SeminarSession;
import eu.restproject.academy.seminar.SheetTokens;
import eu.restproject.academy.support.PdfPages;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A session's sign-in sheet, rendered as it would print: names with Romanian and Serbian letters,
 * the header repeated on the second page, page numbers, and personal QR codes a phone can read.
 */
class SignInSheetPdfTest {

    private static final String BASE = "https://academy.example.org";

    @Test
    void everyRowHasTheNameAndAPersonalCodeForTheSheetScanPage() throws Exception {
        SeminarSession session = ReportFixtures.SEMINAR.getSessions().get(0);
        List<SignInSheet.Signer> people = new ArrayList<>(List.of(
                new SignInSheet.Signer(41, "Ana Țurcan", Profession.SOCIAL_WORKER),
                new SignInSheet.Signer(42, "Đorđe Čačić-Šćekić", null),
                new SignInSheet.Signer(43, "Ștefan Ionescu", Profession.LAWYER)));
        for (int i = 1; i <= 12; i++) {
            people.add(new SignInSheet.Signer(100 + i, "Participant " + i, Profession.POLICE));
        }
        SignInSheet sheet =
                new SignInSheet(session, ReportFixtures.SEMINAR.title(Language.RO), List.of("Ana Rusu"), people);
        byte[] pdf = SignInSheetPdf.write(sheet, Language.RO, BASE);

        String text = PdfPages.text(pdf);
        for (String expected : new String[] {
            "Dreptul de ședere al victimelor traficului",
            "Ana Țurcan",
            "Đorđe Čačić-Šćekić",
            "Ștefan Ionescu",
            "Ana Rusu",
            "Chișinău",
            "Semnătură",
            "Pagina 1 din 2",
            "Pagina 2 din 2"
        }) {
            assertTrue(text.contains(expected), expected + " in:\n" + text);
        }
        assertEquals(2, PdfPages.pages(pdf));
        assertEquals(2, text.split("Semnătură", -1).length - 1, "the table header repeats on the second page");

        BufferedImage page = PdfPages.render(pdf, 0, 150, "report-sign-in-sheet");
        List<String> codes = PdfPages.qrCodes(page);
        String expected = BASE + "/staff/sheet-scan.xhtml?t=" + SheetTokens.issue(session, 41);
        assertTrue(codes.contains(expected), expected + " among " + codes);
        assertTrue(SheetTokens.parse(expected.substring(expected.indexOf("t=") + 2))
                .isPresent());
    }
}
