package eu.restproject.academy.learning.web;

import eu.restproject.academy.content.Library;
import eu.restproject.academy.content.ModuleVersion;
import eu.restproject.academy.learning.QuizStatistics;
import eu.restproject.academy.people.Caller;
import eu.restproject.academy.people.Country;
import eu.restproject.academy.people.CurrentCaller;
import eu.restproject.academy.people.Profession;
import eu.restproject.academy.people.Role;
import eu.restproject.academy.platform.AcademyException;
import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.platform.i18n.LanguagePreference;
import eu.restproject.academy.platform.i18n.Localized;
import eu.restproject.academy.platform.i18n.Messages;
import eu.restproject.academy.platform.web.FacesMessages;
import eu.restproject.academy.quiz.Quiz;
import eu.restproject.academy.quiz.statistics.QuestionFigures;
import eu.restproject.academy.quiz.statistics.QuizFigures;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.omnifaces.util.Faces;

/**
 * Item analysis of one quiz version for staff. The choice (module, quiz, version, country,
 * profession) is in the address, so that it can be bookmarked and sent by a plain GET form;
 * a module, quiz or version that does not fit the others falls back to the first quiz and the
 * current version. The service decides the country scope.
 */
@Named
@RequestScoped
public class QuizStatisticsView {

    private String module;
    private String quiz;
    private String version;
    private String country;
    private String profession;
    private String format;

    private List<String> modules = List.of();
    private List<ModuleVersion> versions = List.of();
    private Map<String, Quiz> quizzes = Map.of();
    private final Map<String, String> moduleTitles = new HashMap<>();
    private QuizStatistics.Report report;
    private String chart;
    private Language language;

    @Inject
    private Library library;

    @Inject
    private QuizStatistics statistics;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private LanguagePreference languagePreference;

    public void load() throws IOException {
        language = languagePreference.getLanguage();
        Map<String, List<ModuleVersion>> all = library.all();
        modules = all.entrySet().stream()
                .filter(e -> Library.currentOf(e.getValue()).isPresent())
                .map(Map.Entry::getKey)
                .toList();
        if (modules.isEmpty()) {
            return;
        }
        for (String id : modules) {
            moduleTitles.put(
                    id,
                    text(library.bundle(Library.currentOf(all.get(id)).orElseThrow())
                            .manifest()
                            .title()));
        }
        module = modules.contains(module) ? module : modules.get(0);
        versions = new ArrayList<>(all.get(module));
        Collections.reverse(versions);
        ModuleVersion chosen = versions.stream()
                .filter(v -> v.getVersion().equals(version))
                .findFirst()
                .orElseGet(() -> Library.currentOf(all.get(module)).orElseThrow());
        version = chosen.getVersion();
        quizzes = library.bundle(chosen).quizzes();
        if (quizzes.isEmpty()) {
            return;
        }
        quiz = quizzes.containsKey(quiz) ? quiz : quizzes.keySet().iterator().next();
        try {
            report = statistics.report(
                    currentCaller.get(), QuizStatistics.Request.of(module, quiz, version, country, profession));
            chart = FacilityChart.json(report.figures(), message("statistics.column.facility"));
        } catch (AcademyException refusal) {
            FacesMessages.error(refusal.messageKey(), refusal.arguments());
        }
        sendFileIfAsked();
    }

    /** With {@code ?format=csv} or {@code xlsx}, the figures go out as a file instead of the page. */
    private void sendFileIfAsked() throws IOException {
        Optional<QuizStatistics.Format> asked = Arrays.stream(QuizStatistics.Format.values())
                .filter(f -> f.name().equalsIgnoreCase(format))
                .findFirst();
        if (report != null && asked.isPresent()) {
            Faces.sendFile(
                    QuizStatistics.export(report, language, asked.get()),
                    asked.get().fileName(report),
                    true);
        }
    }

    /** A figure with two decimals, or a dash where the data cannot tell (too few attempts, no spread). */
    public String figure(Optional<BigDecimal> value) {
        return value.map(BigDecimal::toPlainString).orElse("—");
    }

    public String text(Map<Language, String> texts) {
        return Localized.pick(texts, language);
    }

    /** A message with one argument, in the reader's language. */
    public String message(String key, Object argument) {
        return Messages.format(language.locale(), key, argument);
    }

    private String message(String key) {
        return Messages.format(language.locale(), key);
    }

    /** The question's text in the reader's language. */
    public String questionText(String questionId) {
        return report.quiz().items().stream()
                .filter(i -> i.question().id().equals(questionId))
                .findFirst()
                .map(i -> text(i.text()))
                .orElse(questionId);
    }

    /** The facility of a question in a country's figures, for the side-by-side table. */
    public String facility(QuizFigures figures, String questionId) {
        return figures.questions().stream()
                .filter(q -> q.questionId().equals(questionId))
                .findFirst()
                .map(q -> figure(q.facility()))
                .orElse("—");
    }

    /** The figures of one country, for the admin's side-by-side table. */
    public QuizFigures ofCountry(Country c) {
        return report.countries().map(b -> b.groups().get(c)).orElse(null);
    }

    /** Room for every bar with its label; Chart.js fills the height given. */
    public String getChartHeight() {
        return (4 + 2.5 * getQuestions().size()) + "rem";
    }

    public String moduleTitle(String moduleId) {
        return moduleTitles.getOrDefault(moduleId, moduleId);
    }

    public boolean isAdmin() {
        return currentCaller.find().map(c -> c.has(Role.ADMIN)).orElse(false);
    }

    /** The country a trainer or coordinator is bound to. */
    public Country getOwnCountry() {
        return currentCaller.find().map(Caller::country).orElse(null);
    }

    public List<QuestionFigures> getQuestions() {
        return report == null ? List.of() : report.figures().questions();
    }

    public Country[] getCountries() {
        return Country.values();
    }

    public Profession[] getProfessions() {
        return Profession.values();
    }

    public List<String> getModules() {
        return modules;
    }

    public List<ModuleVersion> getVersions() {
        return versions;
    }

    public Map<String, Quiz> getQuizzes() {
        return quizzes;
    }

    public QuizStatistics.Report getReport() {
        return report;
    }

    public String getChart() {
        return chart;
    }

    public String getModule() {
        return module;
    }

    public void setModule(String module) {
        this.module = module;
    }

    public String getQuiz() {
        return quiz;
    }

    public void setQuiz(String quiz) {
        this.quiz = quiz;
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getProfession() {
        return profession;
    }

    public void setProfession(String profession) {
        this.profession = profession;
    }

    public String getFormat() {
        return format;
    }

    public void setFormat(String format) {
        this.format = format;
    }
}
