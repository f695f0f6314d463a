package eu.restproject.academy.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.support.PdfPages;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The certificate as it prints (A4 landscape), in Serbian and Romanian: its text, and the QR code of the verification page. */
class CertificatePdfTest {

    private static final String BASE = "https://academy.example.org";

    @Test
    void aSerbianCertificateNamesThePersonTheSeminarAndTheHoursWithAReadableCode() throws Exception {
        String code = CertificateCodes.random();
        CertificateContent content = new CertificateContent(
                code,
                "Đorđe Čačić-Šćekić",
                "Pravo boravka žrtava trgovine ljudima",
                LocalDate.of(2026, 3, 14),
                LocalDate.of(2026, 3, 15),
                "Beograd",
                new BigDecimal("6.50"),
                Instant.parse("2026-03-16T10:00:00Z"),
                Language.SR);
        byte[] pdf = CertificatePdf.write(content, "Projekat REST — LEFÖ-IBF i partneri", BASE);

        String text = PdfPages.text(pdf);
        for (String expected : new String[] {
            "Potvrda o prisustvu",
            "Đorđe Čačić-Šćekić",
            "Pravo boravka žrtava trgovine ljudima",
            "Beograd",
            "Sati prisustva: 6.5",
            "LEFÖ-IBF",
            code,
            BASE + "/verify.xhtml?code=" + code,
            "mart 2026"
        }) {
            assertTrue(text.contains(expected), expected + " in:\n" + text);
        }
        BufferedImage page = PdfPages.render(pdf, 0, 110, "certificate-sr");
        assertTrue(page.getWidth() > page.getHeight(), "landscape");
        assertEquals(List.of(BASE + "/verify.xhtml?code=" + code), PdfPages.qrCodes(page));
    }

    @Test
    void aRomanianCertificateKeepsCommaBelowLetters() throws Exception {
        CertificateContent content = new CertificateContent(
                "ABCD-EFGH-JKMN",
                "Ștefan Țurcan",
                "Dreptul de ședere al victimelor traficului",
                LocalDate.of(2026, 5, 4),
                LocalDate.of(2026, 5, 4),
                "Chișinău",
                new BigDecimal("4.00"),
                Instant.parse("2026-05-04T15:00:00Z"),
                Language.RO);
        byte[] pdf = CertificatePdf.write(content, "Proiectul REST — LEFÖ-IBF și partenerii", BASE);
        String text = PdfPages.text(pdf);
        for (String expected : new String[] {
            "Certificat de participare",
            "Ștefan Țurcan",
            "ședere",
            "Chișinău",
            "Ore de participare: 4",
            "ABCD-EFGH-JKMN",
            "4 mai 2026"
        }) {
            assertTrue(text.contains(expected), expected + " in:\n" + text);
        }
        PdfPages.render(pdf, 0, 110, "certificate-ro");
    }

    @Test
    void codesAreTwelveUnambiguousCharactersInGroupsAndTypedCodesAreForgiven() {
        String code = CertificateCodes.random();
        assertTrue(
                code.matches(
                        "[ABCDEFGHJKMNPQRSTUVWXYZ2345679]{4}-[ABCDEFGHJKMNPQRSTUVWXYZ2345679]{4}-[ABCDEFGHJKMNPQRSTUVWXYZ2345679]{4}"),
                code);
        assertEquals(
                java.util.Optional.of(code),
                CertificateCodes.normalise(" " + code.toLowerCase().replace("-", " ") + " "));
        assertTrue(CertificateCodes.normalise("ABCD-EFGH-IJKL").isEmpty(), "I and L are not in the alphabet");
        assertTrue(CertificateCodes.normalise("ABCD").isEmpty());
        assertTrue(CertificateCodes.normalise(null).isEmpty());
    }
}
