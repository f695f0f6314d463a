package eu.restproject.academy.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.restproject.academy.support.Browser;
import eu.restproject.academy.support.PdfPages;
import eu.restproject.academy.support.RunningAcademy;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The Austrian coordinator opens the demo seminar's attendance dashboard, downloads the XLSX and a
 * sign-in sheet (read back with POI and rendered to PNG), the French coordinator is refused the
 * same address, and a participant's certificate is verified on the public page without signing in.
 */
@ExtendWith(RunningAcademy.class)
class AttendanceBrowserIT {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aCoordinatorReadsDownloadsAndPrintsTheAttendanceOfTheirSeminar() throws Exception {
        String dashboard;
        String sheetScan;
        try (Browser browser = new Browser()) {
            signInInEnglish(browser, "coordinator.at@example.org");
            browser.open("/staff/attendance-country.xhtml");
            assertTrue(browser.text().contains("Austria"), browser.text());
            // The demo seminar, not one that another test made in Testville.
            browser.driver()
                    .get(browser.find(
                                    By.xpath(
                                            "//ul[@id='seminar-list']//a[contains(., 'Residence rights of trafficked persons')]"))
                            .getAttribute("href"));
            browser.find(By.cssSelector("#sessionsChart canvas"));
            dashboard = browser.driver()
                    .getCurrentUrl()
                    .substring(browser.driver().getCurrentUrl().indexOf("/staff/"));
            String text = browser.text();
            assertTrue(text.contains("Residence rights of trafficked persons") && text.contains("Wien"), text);
            assertEquals(
                    2,
                    browser.driver()
                            .findElements(By.cssSelector("#sessions tbody tr"))
                            .size());
            assertTrue(browser.find(By.id("seminar-figures")).getText().contains("Registered 2"), text);
            browser.assertAccessible();
            browser.screenshot("80-attendance-dashboard");
            browser.resize(390, 844);
            assertTrue(browser.fitsWidth(), "the dashboard fits a phone");
            browser.screenshot("81-attendance-dashboard-phone");
            browser.resize(1280, 900);

            byte[] xlsx = download(browser, browser.find(By.id("xlsx")).getAttribute("href"), "spreadsheetml");
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                Sheet sheet = workbook.getSheet("Attendance");
                assertEquals("Participant", sheet.getRow(0).getCell(7).getStringCellValue());
                Row lena = sheet.getRow(1);
                assertEquals("Lena Gruber", lena.getCell(7).getStringCellValue());
                assertEquals("participant1.at@example.org", lena.getCell(8).getStringCellValue());
                assertEquals("Wien", lena.getCell(4).getStringCellValue());
                assertEquals(4, sheet.getLastRowNum(), "two participants at two sessions");
            }

            WebElement sheetLink = browser.find(By.cssSelector("a.sheet-link"));
            byte[] pdf = download(browser, sheetLink.getAttribute("href"), "application/pdf");
            String pdfText = PdfPages.text(pdf);
            assertTrue(
                    pdfText.contains("Lena Gruber")
                            && pdfText.contains("Tobias Wimmer")
                            && pdfText.contains("Anna Berger"),
                    pdfText);
            List<String> codes = PdfPages.qrCodes(PdfPages.render(pdf, 0, 150, "82-sign-in-sheet"));
            assertEquals(2, codes.size(), codes.toString());
            assertTrue(
                    codes.stream().allMatch(c -> c.startsWith(RunningAcademy.url("/staff/sheet-scan.xhtml?t="))),
                    codes.toString());
            // Lena Gruber (participant1) has the lower account id: the demo accounts are made in that order.
            sheetScan = codes.stream()
                    .min(java.util.Comparator.comparingLong(AttendanceBrowserIT::accountId))
                    .orElseThrow();
        }

        try (Browser browser = new Browser()) {
            signInInEnglish(browser, "coordinator.fr@example.org");
            browser.open(dashboard);
            String text = browser.text();
            assertTrue(text.contains("You can only see the personal data of people in your own country."), text);
            assertFalse(text.contains("Lena Gruber"));
            assertTrue(browser.driver().findElements(By.id("xlsx")).isEmpty());
            browser.screenshot("83-attendance-other-country");
        }

        try (Browser browser = new Browser()) {
            signInInEnglish(browser, "participant2.at@example.org");
            browser.open("/seminars/certificate.xhtml?" + dashboard.substring(dashboard.indexOf("seminar=")));
            if (browser.driver().findElements(By.id("download")).isEmpty()) {
                assertTrue(
                        browser.text().contains("There is no attendance recorded for you at this seminar"),
                        browser.text());
            }
            // The account keeps the language chosen; the demo participant gets German back for the other tests.
            browser.chooseLanguage("DE");
        }

        try (Browser browser = new Browser()) {
            browser.open("/verify.xhtml?code=ABCD-EFGH-JKMN");
            assertTrue(browser.text().contains("No valid certificate has this code."), browser.text());
            browser.assertAccessible();
        }

        // Attendance from paper: the coordinator scans Lena Gruber's sheet code; opening its address records her.
        try (Browser browser = new Browser()) {
            signInInEnglish(browser, "coordinator.at@example.org");
            assertEquals(200, get(browser, sheetScan).statusCode(), sheetScan);
            browser.driver().get(sheetScan);
            assertEquals("Lena Gruber", browser.find(By.id("participant")).getText(), browser.text());
            assertTrue(browser.driver().findElements(By.id("refusal")).isEmpty(), browser.text());
        }
        String seminarParameter = dashboard.substring(dashboard.indexOf("seminar="));
        String code;
        try (Browser browser = new Browser()) {
            signInInEnglish(browser, "participant1.at@example.org");
            browser.open("/seminars/certificate.xhtml?" + seminarParameter);
            assertFalse(
                    browser.driver().findElements(By.id("download")).isEmpty(),
                    "the scanned attendance earns a certificate: " + browser.text());
            code = browser.find(By.cssSelector("#code code")).getText();
            byte[] certificate =
                    download(browser, browser.find(By.id("download")).getAttribute("href"), "application/pdf");
            assertTrue(PdfPages.text(certificate).contains(code));
            PdfPages.render(certificate, 0, 100, "84-certificate");
            browser.screenshot("85-certificate-page");
            // The account keeps the language chosen; the demo participant gets German back for the other tests.
            browser.chooseLanguage("DE");
        }
        try (Browser browser = new Browser()) {
            browser.open("/verify.xhtml?code=" + code);
            String text = browser.text();
            assertTrue(text.contains("This certificate is valid") && text.contains(code), text);
            assertFalse(text.contains("@example.org"), "no e-mail on the public page");
            browser.assertAccessible();
            browser.screenshot("86-verify");
        }
    }

    /** The account a sheet code names: the middle part of its token. */
    private static long accountId(String sheetScan) {
        return Long.parseLong(sheetScan.substring(sheetScan.indexOf("t=") + 2).split("\\.")[1]);
    }

    private static void signInInEnglish(Browser browser, String email) {
        browser.signInAfresh(email, RunningAcademy.DEMO_PASSWORD);
        browser.chooseLanguage("EN");
    }

    /** Fetches a download link with the browser's session cookies, as the browser's download would. */
    private static byte[] download(Browser browser, String url, String expectedType) throws Exception {
        HttpResponse<byte[]> response = get(browser, url);
        assertEquals(200, response.statusCode(), url);
        assertTrue(
                response.headers().firstValue("Content-Type").orElse("").contains(expectedType),
                response.headers().toString());
        assertTrue(
                response.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"),
                response.headers().toString());
        return response.body();
    }

    private static HttpResponse<byte[]> get(Browser browser, String url) throws Exception {
        String cookies = browser.driver().manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Cookie", cookies)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
