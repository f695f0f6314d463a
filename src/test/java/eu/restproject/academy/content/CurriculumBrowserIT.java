package eu.restproject.academy.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.support.Browser;
import eu.restproject.academy.support.RunningAcademy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Walks every lesson of every module in {@code modules-content/} in each of the seven languages, as
 * the admin (who sees every country's section), and fails on what a reader would notice: a missing
 * translation key, an empty lesson, the wrong language, an image or asset link that does not load,
 * a reference without its source link.
 */
@ExtendWith(RunningAcademy.class)
class CurriculumBrowserIT {

    /** Counts images that did not load and same-site links that do not answer 200. */
    private static final String BROKEN_ASSETS = """
            const done = arguments[arguments.length - 1];
            const article = document.querySelector('article.lesson');
            const broken = [...article.querySelectorAll('img')].filter(i => !i.complete || i.naturalWidth === 0).map(i => i.src);
            const local = [...article.querySelectorAll('a[href]')].map(a => a.href).filter(h => h.startsWith(location.origin));
            Promise.all(local.map(h => fetch(h).then(r => r.ok ? null : h + ' ' + r.status, () => h)))
                .then(results => done(broken.concat(results.filter(r => r !== null))));
            """;

    @Test
    void everyLessonRendersInEveryLanguage() throws IOException {
        List<ValidBundle> modules = new ArrayList<>();
        try (Stream<Path> folders = Files.list(CurriculumTest.CONTENT)) {
            for (Path module : folders.filter(Files::isDirectory).sorted().toList()) {
                modules.add(CurriculumTest.read(CurriculumTest.latest(module.getFileName().toString())));
            }
        }
        int pages = 0;
        try (Browser browser = new Browser()) {
            browser.signInAfresh(RunningAcademy.ADMIN_EMAIL, RunningAcademy.ADMIN_PASSWORD);
            try {
                for (Language language : Language.values()) {
                    browser.chooseLanguage(language.name());
                    for (ValidBundle module : modules) {
                        for (Manifest.Lesson lesson : module.manifest().lessons()) {
                            check(browser, module, lesson, language);
                            pages++;
                        }
                    }
                }
                browser.open("/learn/lesson.xhtml?module=recovery-reflection-residence&lesson=reflection-period");
                browser.assertAccessible();
                browser.screenshot("80-curriculum-lesson-serbian");
            } finally {
                browser.chooseLanguage("EN");
            }
        }
        assertTrue(pages >= 7 * 20, "pages walked: " + pages);
    }

    private static void check(Browser browser, ValidBundle module, Manifest.Lesson lesson, Language language) {
        String where = module.manifest().id() + "/" + lesson.id() + " in " + language.code();
        browser.open("/learn/lesson.xhtml?module=" + module.manifest().id() + "&lesson=" + lesson.id());
        String page = browser.driver().getPageSource();
        assertTrue(!page.contains("???"), where + ": a translation key is missing");
        assertEquals(Localized.pick(lesson.title(), language), browser.find(By.tagName("h1")).getText(), where + ": title");

        WebElement article = browser.find(By.cssSelector("article.lesson"));
        assertTrue(article.getText().length() > 800, where + ": the lesson is empty or nearly so");
        boolean translated = module.lessons().get(lesson.id()).containsKey(language);
        assertEquals(translated ? language.htmlTag() : "en", article.getAttribute("lang"), where + ": language of the text");
        assertEquals(!translated, !browser.driver().findElements(By.id("fallback-notice")).isEmpty(),
                where + ": the notice that the lesson is shown in English");
        long sections = module.lessons().get(lesson.id()).get(translated ? language : Language.EN).stream()
                .filter(s -> !s.forEveryone()).count();
        assertEquals(sections, browser.driver().findElements(By.cssSelector("aside.country-section")).size(),
                where + ": the admin sees every country section");

        Object broken = ((JavascriptExecutor) browser.driver()).executeAsyncScript(BROKEN_ASSETS);
        assertEquals(List.of(), broken, where + ": images or asset links that do not load");

        List<WebElement> references = browser.driver().findElements(By.cssSelector("section.references li"));
        assertEquals(lesson.references().size(), references.size(), where + ": references");
        for (WebElement reference : references) {
            List<WebElement> source = reference.findElements(By.cssSelector("a[href^='https://']"));
            assertEquals(1, source.size(), where + ": a reference without its source: " + reference.getText());
        }
    }
}
