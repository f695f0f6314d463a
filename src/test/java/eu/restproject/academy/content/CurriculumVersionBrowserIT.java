package eu.restproject.academy.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.platform.i18n.Localized;
import eu.restproject.academy.support.Browser;
import eu.restproject.academy.support.LearnerApi;
import eu.restproject.academy.support.RunningAcademy;
import eu.restproject.academy.support.TestData;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The curriculum module shipped in two versions, replayed on a copy: a learner who read every lesson
 * of 1.0.0 keeps the unchanged and editorially changed lessons as done after 1.1.0 is published, and
 * is asked to read the substantively changed one again, with the note saying why.
 */
@ExtendWith(RunningAcademy.class)
class CurriculumVersionBrowserIT {

    private static final String COPY = "it-curriculum-versions";

    @Test
    void progressSurvivesTheSecondVersionExceptForTheSubstantiveChange() throws Exception {
        String module = CurriculumTest.MODULES.stream()
                .filter(m -> Files.isDirectory(CurriculumTest.CONTENT.resolve(m).resolve("1.1.0")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no curriculum module has a version 1.1.0"));
        Manifest first = CurriculumTest.read(
                        CurriculumTest.CONTENT.resolve(module).resolve("1.0.0"))
                .manifest();
        Manifest second = CurriculumTest.read(
                        CurriculumTest.CONTENT.resolve(module).resolve("1.1.0"))
                .manifest();
        List<Manifest.Lesson> editorial = second.lessons().stream()
                .filter(l -> l.change() == Change.EDITORIAL)
                .toList();
        List<Manifest.Lesson> substantive = second.lessons().stream()
                .filter(l -> l.change() == Change.SUBSTANTIVE)
                .toList();
        assertEquals(1, editorial.size(), "one editorial change");
        assertEquals(1, substantive.size(), "one substantive change");

        publish(module, "1.0.0");
        LearnerApi.participant("curriculum-versions", "ES", "lawyer");
        try (Browser browser = new Browser()) {
            browser.signInAfresh(TestData.email("curriculum-versions"), LearnerApi.PASSWORD);
            browser.open("/learn/lesson.xhtml?module=" + COPY + "&lesson="
                    + first.lessons().get(0).id());
            for (int i = 0; i < first.lessons().size(); i++) {
                browser.submit("complete");
            }
            browser.open("/learn/module.xhtml?id=" + COPY);
            assertEquals(
                    first.lessons().size(),
                    browser.driver()
                            .findElements(By.cssSelector("#lessons li.lesson-completed"))
                            .size(),
                    "every lesson of 1.0.0 read: " + browser.text());

            publish(module, "1.1.0");
            browser.open("/learn/module.xhtml?id=" + COPY);
            for (Manifest.Lesson lesson : second.lessons()) {
                String param = "lesson=" + lesson.id();
                WebElement line =
                        browser.find(By.xpath("//ol[@id='lessons']/li[a[substring(@href, string-length(@href) - "
                                + (param.length() - 1) + ") = '" + param + "']]"));
                String expected = lesson.change() == Change.SUBSTANTIVE ? "lesson-updated" : "lesson-completed";
                assertEquals(
                        expected,
                        line.getAttribute("class"),
                        lesson.id() + " (" + lesson.change() + "): " + line.getText());
            }
            String reworded = Localized.pick(editorial.get(0).note(), Language.EN);
            assertTrue(
                    browser.find(By.id("lessons")).getText().contains("Reworded since you read it: " + reworded),
                    "an editorial change stays done, and its note is shown");
            String note = Localized.pick(substantive.get(0).note(), Language.EN);
            assertTrue(browser.find(By.id("lessons")).getText().contains(note), "the substantive change says why");
            assertTrue(
                    browser.find(By.id("continue"))
                            .getAttribute("href")
                            .contains("lesson=" + substantive.get(0).id()),
                    "continue leads to the lesson to read again");
            browser.screenshot("83-curriculum-new-version");
            browser.find(By.id("continue")).click();
            assertTrue(browser.find(By.id("updated-notice")).getText().contains(note));
            browser.open("/learn/lesson.xhtml?module=" + COPY + "&lesson="
                    + editorial.get(0).id());
            assertTrue(browser.find(By.id("revised-notice")).getText().contains(reworded));
            assertTrue(browser.driver().findElements(By.id("updated-notice")).isEmpty(), "nothing to read again");
        }
    }

    /** Publishes the shipped files of {@code version} under the copy's id. */
    private static void publish(String module, String version) throws Exception {
        Map<String, byte[]> files = new TreeMap<>(
                BundleReader.folder(CurriculumTest.CONTENT.resolve(module).resolve(version))
                        .files()
                        .orElseThrow()
                        .all());
        String manifest = new String(files.get("module.yaml"), StandardCharsets.UTF_8)
                .replaceFirst("(?m)^id: .*$", "id: " + COPY);
        files.put("module.yaml", manifest.getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = Bundles.publishThroughApi(COPY + ".zip", files);
        assertEquals(201, response.statusCode(), response.body());
    }
}
