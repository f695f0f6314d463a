package eu.restproject.academy.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.restproject.academy.support.Browser;
import eu.restproject.academy.support.BrowserPerClass;
import eu.restproject.academy.support.RunningAcademy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** The admin publishes bundles in the browser and through the API, compares versions and retires one. */
@ExtendWith({RunningAcademy.class, BrowserPerClass.class})
class ModulesAdminBrowserIT {

    private static Browser browser;

    private static Path archive(String name, Map<String, byte[]> files) throws Exception {
        Path zip = Files.createTempFile(name, ".zip");
        Files.write(zip, Bundles.zip(files));
        return zip;
    }

    private static Map<String, byte[]> module(String version, String secondChange, String secondText) {
        return Bundles.version("it-admin", version, secondChange, "Wording improved.", secondText);
    }

    private static void upload(Path zip) {
        browser.open("/admin/modules.xhtml");
        browser.find(By.id("archive")).sendKeys(zip.toAbsolutePath().toString());
        browser.submit("upload:submit");
    }

    @Test
    void theAdminPublishesComparesAndRetiresVersions() throws Exception {
        browser.signInAfresh(RunningAcademy.ADMIN_EMAIL, RunningAcademy.ADMIN_PASSWORD);

        Map<String, byte[]> bad = module("1.0.0", "new", "Fine.\n\n[click](javascript:alert(1))\n");
        bad.put(
                "module.yaml",
                Bundles.utf8(new String(bad.get("module.yaml"), java.nio.charset.StandardCharsets.UTF_8)
                        .replace("version: 1.0.0", "version: 1.0")));
        upload(archive("bad", bad));
        String problems = browser.find(By.id("upload:problems")).getText();
        assertTrue(problems.contains("module.yaml:2"), problems);
        assertTrue(problems.contains("lessons/second-lesson.en.md:3"), problems);
        assertFalse(browser.text().contains("it-admin"), "nothing was stored");
        browser.assertAccessible();
        browser.screenshot("30-admin-upload-refused");

        upload(archive("v1", module("1.0.0", "new", "At least 30 days.\n")));
        assertTrue(browser.text().contains("1.0.0"), browser.text());
        upload(archive("v11", module("1.1.0", "editorial", "At least thirty days.\n")));
        assertTrue(browser.find(By.id("history-it-admin")).isDisplayed());

        browser.find(By.xpath(
                        "//section[@aria-labelledby='history-it-admin']//a[contains(., 'Compare 1.0.0 → 1.1.0')]"))
                .click();
        String diff = browser.find(By.id("diff-second-lesson"))
                .findElement(By.xpath(".."))
                .getText();
        assertTrue(diff.contains("-At least 30 days."), diff);
        assertTrue(diff.contains("+At least thirty days."), diff);
        assertTrue(diff.contains("editorial"), diff);
        browser.assertAccessible();
        browser.screenshot("31-admin-diff");

        browser.open("/admin/modules.xhtml");
        browser.driver()
                .findElements(By.cssSelector("input[aria-label='Retire it-admin 1.1.0']"))
                .get(0)
                .click();
        browser.find(By.cssSelector("input[aria-label='Offer again it-admin 1.1.0']"));
        HttpResponse<String> manifest = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(RunningAcademy.url("/api/v1/modules/it-admin")))
                                .header("Authorization", "Bearer " + RunningAcademy.ADMIN_TOKEN)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertTrue(
                manifest.body().contains("\"version\":\"1.0.0\""),
                "the retired 1.1.0 is no longer current: " + manifest.body());
        browser.screenshot("32-admin-retired");
    }

    @Test
    void aDamagedArchiveIsRefusedOnThePageInTheAdminsLanguage() throws Exception {
        browser.signInAfresh(RunningAcademy.ADMIN_EMAIL, RunningAcademy.ADMIN_PASSWORD);
        browser.open("/admin/modules.xhtml");
        browser.chooseLanguage("FR");
        try {
            byte[] whole = Bundles.zip(module("1.0.0", "new", "Text\n"));
            Path truncated = Files.createTempFile("truncated", ".zip");
            Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length / 2));
            upload(truncated);
            assertTrue(
                    browser.text().contains("Le fichier n’est pas une archive zip, ou il est endommagé ou vide."),
                    browser.text());
            browser.screenshot("33-admin-upload-damaged");
        } finally {
            browser.chooseLanguage("EN");
        }
    }

    @Test
    void theApiListsModulesAndRefusesBadBundlesWithFileAndLine() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> modules = client.send(
                HttpRequest.newBuilder(URI.create(RunningAcademy.url("/api/v1/modules")))
                        .header("Authorization", "Bearer " + RunningAcademy.ADMIN_TOKEN)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, modules.statusCode());
        assertTrue(modules.body().contains("\"id\":\"essentials-identification\""), modules.body());
        assertTrue(
                modules.body().contains("\"lessons\":[\"definition\",\"identification\",\"non-punishment\"]"),
                modules.body());

        Map<String, byte[]> hostile = module("1.0.0", "new", "Text\n");
        hostile.put("module.yaml", Bundles.utf8("id: !!java/object it-api\n"));
        HttpResponse<String> refused = client.send(
                HttpRequest.newBuilder(URI.create(RunningAcademy.url("/api/v1/bundles")))
                        .header("Authorization", "Bearer " + RunningAcademy.ADMIN_TOKEN)
                        .header("Content-Type", "application/zip")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(Bundles.zip(hostile)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(422, refused.statusCode(), refused.body());
        assertTrue(
                refused.body()
                        .contains(
                                "\"file\":\"module.yaml\",\"line\":1,\"message\":\"YAML tags (!name) are not allowed\""),
                refused.body());

        HttpResponse<String> notZip = client.send(
                HttpRequest.newBuilder(URI.create(RunningAcademy.url("/api/v1/bundles")))
                        .header("Authorization", "Bearer " + RunningAcademy.ADMIN_TOKEN)
                        .header("Content-Type", "application/zip")
                        .POST(HttpRequest.BodyPublishers.ofString("not a zip"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(422, notZip.statusCode());

        byte[] whole = Bundles.zip(module("1.0.0", "new", "Text\n"));
        HttpResponse<String> truncated = client.send(
                HttpRequest.newBuilder(URI.create(RunningAcademy.url("/api/v1/bundles")))
                        .header("Authorization", "Bearer " + RunningAcademy.ADMIN_TOKEN)
                        .header("Content-Type", "application/zip")
                        .header("Accept-Language", "de")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(java.util.Arrays.copyOf(whole, whole.length / 2)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(422, truncated.statusCode(), truncated.body());
        assertTrue(
                truncated.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                truncated.headers().toString());
        assertTrue(truncated.body().contains("\"error\":\"modules.upload.unreadable\""), truncated.body());
        assertTrue(
                truncated
                        .body()
                        .contains("\"message\":\"Die Datei ist kein Zip-Archiv oder sie ist beschädigt oder leer."),
                truncated.body());
        HttpResponse<String> health = client.send(
                HttpRequest.newBuilder(URI.create(RunningAcademy.url("/health")))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(health.body().contains("\"UP\""), "the server keeps serving");
    }
}
