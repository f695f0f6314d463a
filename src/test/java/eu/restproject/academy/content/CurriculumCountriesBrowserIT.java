package eu.restproject.academy.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.restproject.academy.people.Country;
import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.platform.i18n.Messages;
import eu.restproject.academy.support.Browser;
import eu.restproject.academy.support.LearnerApi;
import eu.restproject.academy.support.RunningAcademy;
import eu.restproject.academy.support.TestData;
import eu.restproject.academy.support.WebSession;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;

/**
 * A learner from each of the six partner countries reads their own country's sections of every
 * curriculum lesson, and gets their own country's variant of every answer that has one in the final
 * quizzes. Austria and the Netherlands are also checked in the browser.
 */
@ExtendWith(RunningAcademy.class)
class CurriculumCountriesBrowserIT {

    private static final Pattern SECTION_LABEL = Pattern.compile("<p class=\"country-label\">([^<]*)</p>");

    @ParameterizedTest
    @EnumSource(Country.class)
    void aLearnerSeesTheirCountrysSectionsAndAnswers(Country country) throws Exception {
        String name = "curriculum-" + country.name().toLowerCase(Locale.ROOT);
        String token = LearnerApi.participant(name, country.name(), "lawyer");
        WebSession session = new WebSession();
        session.submit(
                session.get("/login.xhtml"),
                "login",
                "submit",
                Map.of("email", TestData.email(name), "password", LearnerApi.PASSWORD));

        String countryName = countryName(country);
        for (String module : CurriculumTest.MODULES) {
            ValidBundle bundle = CurriculumTest.read(CurriculumTest.latest(module));
            for (Manifest.Lesson lesson : bundle.manifest().lessons()) {
                long expected = bundle.lessons().get(lesson.id()).get(Language.EN).stream()
                        .filter(s -> s.countries().contains(country))
                        .count();
                WebSession.Page page = session.get("/learn/lesson.xhtml?module=" + module + "&lesson=" + lesson.id());
                assertEquals(200, page.status(), module + "/" + lesson.id());
                List<String> labels = new ArrayList<>();
                Matcher label = SECTION_LABEL.matcher(page.body());
                while (label.find()) {
                    labels.add(label.group(1));
                }
                assertEquals(
                        expected,
                        labels.size(),
                        module + "/" + lesson.id() + ": the sections a learner from " + country + " sees " + labels);
                labels.forEach(l -> assertTrue(l.contains(countryName), module + "/" + lesson.id() + ": " + l));
            }
        }

        Map<String, Long> firstAttempts = new LinkedHashMap<>();
        for (String module : CurriculumTest.MODULES) {
            List<Map<String, Object>> questions = CurriculumTest.questions(CurriculumTest.latest(module));
            List<Map<String, QuizVariants.Expected>> attempts =
                    QuizVariants.attemptsCovering(questions, country.name());
            assertTrue(!attempts.isEmpty(), module + ": no variant for " + country);
            for (int i = 0; i < attempts.size(); i++) {
                Map<String, QuizVariants.Expected> attempt = attempts.get(i);
                // At most three attempts per learner: a new learner of the same country for each attempt.
                String learner = i == 0
                        ? token
                        : LearnerApi.participant(name + "-" + module.substring(0, 6) + i, country.name(), "lawyer");
                Map<String, String> answers = attempt.entrySet().stream()
                        .collect(Collectors.toMap(
                                Map.Entry::getKey, e -> e.getValue().answer(), (a, b) -> a, LinkedHashMap::new));
                LearnerApi.Submitted submitted = LearnerApi.submit(learner, module + ":final", answers);
                attempt.forEach((question, expected) -> {
                    String feedback = feedbackOf(submitted.result(), question);
                    assertTrue(
                            feedback.contains(expected.feedback()),
                            module + " " + question + " for " + country + ": expected the variant \""
                                    + expected.feedback() + "\" in " + feedback);
                });
                if (i == 0) {
                    firstAttempts.put(module, submitted.attempt());
                }
            }
        }

        if (country == Country.AT || country == Country.NL) {
            inTheBrowser(name, country, countryName, firstAttempts);
        }
    }

    private static void inTheBrowser(String name, Country country, String countryName, Map<String, Long> attempts)
            throws Exception {
        try (Browser browser = new Browser()) {
            browser.signInAfresh(TestData.email(name), LearnerApi.PASSWORD);
            browser.open("/learn/lesson.xhtml?module=recovery-reflection-residence&lesson=reflection-period");
            assertEquals(
                    1,
                    browser.driver()
                            .findElements(By.cssSelector("aside.country-section"))
                            .size(),
                    "one section, the learner’s own");
            assertTrue(browser.find(By.cssSelector("aside.country-section .country-label"))
                    .getText()
                    .contains(countryName));
            ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                    .executeScript("document.querySelector('aside.country-section').scrollIntoView();");
            browser.screenshot("81-curriculum-section-" + country.name().toLowerCase(Locale.ROOT));

            String module = "recovery-reflection-residence";
            browser.open("/learn/attempt-result.xhtml?id=" + attempts.get(module));
            String page = browser.text();
            Map<String, QuizVariants.Expected> first = QuizVariants.attemptsCovering(
                            CurriculumTest.questions(CurriculumTest.latest(module)), country.name())
                    .get(0);
            for (QuizVariants.Expected expected : first.values()) {
                assertTrue(
                        page.contains(expected.feedback()),
                        "the result page shows the " + country + " variant: " + expected.feedback());
            }
            browser.assertAccessible();
            ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                    .executeScript(
                            "[...document.querySelectorAll('p.feedback')].find(p => p.textContent.includes(arguments[0])).scrollIntoView();",
                            first.values().iterator().next().feedback());
            browser.screenshot("82-curriculum-variant-" + country.name().toLowerCase(Locale.ROOT));
        }
    }

    /** The country's name as an English-speaking learner reads it on the page. */
    private static String countryName(Country country) {
        return Messages.format(Locale.ENGLISH, country.messageKey());
    }

    @SuppressWarnings("unchecked")
    private static String feedbackOf(Map<String, Object> result, String question) {
        for (Map<String, Object> line : (List<Map<String, Object>>) result.get("feedback")) {
            if (question.equals(line.get("question"))) {
                return ((List<Map<String, Object>>) line.getOrDefault("feedback", List.of()))
                        .stream().map(f -> String.valueOf(f.get("text"))).collect(Collectors.joining(" | "));
            }
        }
        return "";
    }
}
