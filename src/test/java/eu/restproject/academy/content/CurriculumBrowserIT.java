package eu.restproject.academy.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.platform.i18n.Localized;
import eu.restproject.academy.support.Browser;
import eu.restproject.academy.support.RunningAcademy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Walks every lesson of every module in {@code modules-content/} in each of the seven languages, as
 * the admin (who sees every country's section), and fails on what a reader would notice: a missing
 * translation key, an empty lesson, the wrong language, an image or asset link that does not load,
 * a reference without its source link.
 */
@ExtendWith(RunningAcademy.class)
class CurriculumBrowserIT {

    /**
     * What a reader would notice on a lesson page, gathered in one round trip: the title, the text,
     * its language, the notices and country sections, the references with their source links, and
     * the images and same-site links (assets) that do not load.
     */
    private static final String READ_PAGE = """
            const done = arguments[arguments.length - 1];
            const article = document.querySelector('article.lesson');
            const page = {
                missingKey: document.documentElement.outerHTML.includes('???'),
                title: document.querySelector('h1').innerText.replace(/[\\u00a0\\u202f]/g, ' '),
                text: article.innerText.length,
                lang: article.getAttribute('lang'),
                fallback: document.getElementById('fallback-notice') !== null,
                sections: document.querySelectorAll('aside.country-section').length,
                references: [...document.querySelectorAll('section.references li')]
                    .map(li => li.querySelectorAll("a[href^='https://']").length === 1 ? '' : li.innerText)
            };
            const broken = [...article.querySelectorAll('img')].filter(i => !i.complete || i.naturalWidth === 0).map(i => i.src);
            const local = [...article.querySelectorAll('a[href]')].map(a => a.href).filter(h => h.startsWith(location.origin));
            Promise.all(local.map(h => fetch(h).then(r => r.ok ? null : h + ' ' + r.status, () => h)))
                .then(results => { page.broken = broken.concat(results.filter(r => r !== null)); done(page); });
            """;

    @Test
    void everyLessonRendersInEveryLanguage() throws IOException {
        List<ValidBundle> modules = new ArrayList<>();
        try (Stream<Path> folders = Files.list(CurriculumTest.CONTENT)) {
            for (Path module : folders.filter(Files::isDirectory).sorted().toList()) {
                modules.add(CurriculumTest.read(
                        CurriculumTest.latest(module.getFileName().toString())));
            }
        }
        int pages = 0;
        try (Browser browser = new Browser()) {
            browser.signInAfresh(RunningAcademy.ADMIN_EMAIL, RunningAcademy.ADMIN_PASSWORD);
            try {
                for (Language language : Language.values()) {
                    // Chosen on the lesson page just read: the switch must keep the page's required parameters.
                    browser.chooseLanguage(language.name());
                    assertEquals(
                            language.htmlTag(),
                            browser.find(By.tagName("html")).getAttribute("lang"),
                            "the language switch");
                    for (ValidBundle module : modules) {
                        boolean fallbackSeen = false;
                        for (Manifest.Lesson lesson : module.manifest().lessons()) {
                            // Every lesson in every language it ships in; of those shown in English
                            // instead, the first of each module (the same page as the English one, with the notice).
                            boolean shipped = module.lessons().get(lesson.id()).containsKey(language);
                            if (shipped || !fallbackSeen) {
                                check(browser, module, lesson, language);
                                pages++;
                                fallbackSeen |= !shipped;
                            }
                        }
                    }
                }
                browser.open("/learn/lesson.xhtml?module=recovery-reflection-residence&lesson=reflection-period");
                browser.assertAccessible();
                browser.screenshot("80-curriculum-lesson-serbian");
            } finally {
                browser.screenshot("80-curriculum-last-page");
                browser.open("/learn/catalogue.xhtml");
                browser.chooseLanguage("EN");
            }
        }
        assertTrue(pages >= 7 * 12 + 24, "pages walked: " + pages);
    }

    @SuppressWarnings("unchecked")
    private static void check(Browser browser, ValidBundle module, Manifest.Lesson lesson, Language language) {
        String where = module.manifest().id() + "/" + lesson.id() + " in " + language.code();
        browser.open("/learn/lesson.xhtml?module=" + module.manifest().id() + "&lesson=" + lesson.id());
        Map<String, Object> page =
                (Map<String, Object>) ((JavascriptExecutor) browser.driver()).executeAsyncScript(READ_PAGE);
        assertEquals(false, page.get("missingKey"), where + ": a translation key is missing");
        assertEquals(
                Localized.pick(lesson.title(), language).replace('\u00a0', ' ').replace('\u202f', ' '),
                page.get("title"),
                where + ": title");
        assertTrue(((Number) page.get("text")).intValue() > 800, where + ": the lesson is empty or nearly so");

        boolean translated = module.lessons().get(lesson.id()).containsKey(language);
        assertEquals(translated ? language.htmlTag() : "en", page.get("lang"), where + ": language of the text");
        assertEquals(!translated, page.get("fallback"), where + ": the notice that the lesson is shown in English");
        long sections = module.lessons().get(lesson.id()).get(translated ? language : Language.EN).stream()
                .filter(s -> !s.forEveryone())
                .count();
        assertEquals(
                sections,
                ((Number) page.get("sections")).longValue(),
                where + ": the admin sees every country section");
        assertEquals(List.of(), page.get("broken"), where + ": images or asset links that do not load");

        List<String> references = (List<String>) page.get("references");
        assertEquals(lesson.references().size(), references.size(), where + ": references");
        references.forEach(reference -> assertEquals("", reference, where + ": a reference without its source"));
    }
}
