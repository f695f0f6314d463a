package eu.restproject.academy.authoring.web;

import eu.restproject.academy.authoring.BankQuestion;
import eu.restproject.academy.authoring.QuestionBank;
import eu.restproject.academy.authoring.QuizDraft;
import eu.restproject.academy.authoring.QuizDrafts;
import eu.restproject.academy.authoring.QuizSettings;
import eu.restproject.academy.content.BundlePublisher;
import eu.restproject.academy.content.Problem;
import eu.restproject.academy.people.CurrentCaller;
import eu.restproject.academy.platform.AcademyException;
import eu.restproject.academy.platform.InvalidInputException;
import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.platform.i18n.LanguagePreference;
import eu.restproject.academy.platform.i18n.Messages;
import eu.restproject.academy.platform.web.FacesMessages;
import eu.restproject.academy.quiz.QuestionLayout;
import eu.restproject.academy.quiz.Quiz;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.omnifaces.util.Faces;

/**
 * One quiz draft: its settings, the questions it asks in order, what would be published, publishing
 * it, its export as a bundle's quiz file, and the versions published so far.
 */
@Named
@ViewScoped
public class QuizDraftView implements Serializable {

    private static final long serialVersionUID = 1L;

    private String module;
    private String quiz;
    private long version;
    private final Map<Language, String> title = new EnumMap<>(Language.class);
    private Integer passMark;
    private Integer timeLimit;
    private Integer attempts;
    private Quiz.FeedbackPolicy feedback;
    private boolean completesModule;
    private List<String> questionIds = new ArrayList<>();
    private final Map<String, String> questionTexts = new LinkedHashMap<>();
    private String toAdd;
    private List<Problem> problems = List.of();
    private boolean unpublished;
    private List<QuizDrafts.PublishedQuiz> history = List.of();

    @Inject
    private transient QuizDrafts drafts;

    @Inject
    private transient QuestionBank bank;

    @Inject
    private transient CurrentCaller currentCaller;

    @Inject
    private LanguagePreference languagePreference;

    public void load() {
        QuizDraft draft = drafts.get(currentCaller.get(), module, quiz);
        version = draft.getVersion();
        QuizSettings read = drafts.settings(draft);
        title.clear();
        title.putAll(read.title());
        passMark = read.passMark();
        timeLimit = read.timeLimitMinutes().orElse(null);
        attempts = read.maxAttempts().orElse(null);
        feedback = read.feedback();
        completesModule = read.completesModule();
        questionIds = new ArrayList<>(draft.getQuestionIds());
        questionTexts.clear();
        for (BankQuestion question : bank.questions(currentCaller.get(), module)) {
            String text = QuestionBank.reading(question)
                    .item()
                    .map(i -> QuestionLayout.text(i.text(), languagePreference.getLanguage()))
                    .orElseGet(() -> Messages.format(languagePreference.getLocale(), "authoring.question.invalid"));
            questionTexts.put(question.getQuestionId(), question.getQuestionId() + " · " + text);
        }
        QuizDrafts.Review review = drafts.review(draft);
        problems = review.composed().problems();
        unpublished = review.unpublished();
        history = drafts.history(module, quiz);
    }

    public void save() {
        try {
            Map<Language, String> titles = new EnumMap<>(Language.class);
            title.forEach((language, text) -> {
                if (text != null && !text.isBlank()) {
                    titles.put(language, text.strip());
                }
            });
            if (passMark == null) {
                throw new InvalidInputException("passMark", "error.authoring.number", "");
            }
            QuizSettings settings = new QuizSettings(
                    quiz,
                    titles,
                    passMark,
                    Optional.ofNullable(timeLimit),
                    Optional.ofNullable(attempts),
                    feedback,
                    completesModule);
            drafts.save(currentCaller.get(), module, settings, questionIds, version);
            FacesMessages.info("authoring.quiz.saved");
            load();
        } catch (AcademyException refusal) {
            FacesMessages.refusal("draft", refusal);
        }
    }

    public void add() {
        if (toAdd != null && !toAdd.isEmpty() && !questionIds.contains(toAdd)) {
            questionIds.add(toAdd);
        }
        toAdd = null;
    }

    public void remove(int index) {
        questionIds.remove(index);
    }

    public void moveUp(int index) {
        if (index > 0) {
            questionIds.add(index - 1, questionIds.remove(index));
        }
    }

    public void publish() {
        try {
            BundlePublisher.Publication publication = drafts.publish(currentCaller.get(), module, quiz);
            if (publication.result() == BundlePublisher.Result.REFUSED) {
                problems = publication.problems();
                FacesMessages.error("authoring.publish.refused");
                return;
            }
            FacesMessages.info(
                    "authoring.publish.done",
                    publication.version().orElseThrow().getVersion());
            load();
        } catch (AcademyException refusal) {
            FacesMessages.refusal("draft", refusal);
        }
    }

    public void restart() {
        try {
            drafts.restart(currentCaller.get(), module, quiz);
            FacesMessages.info("authoring.restart.done");
            load();
        } catch (AcademyException refusal) {
            FacesMessages.refusal("draft", refusal);
        }
    }

    public void export() throws IOException {
        try {
            byte[] file = drafts.export(currentCaller.get(), module, quiz).getBytes(StandardCharsets.UTF_8);
            Faces.sendFile(file, quiz + ".yaml", true);
        } catch (AcademyException refusal) {
            FacesMessages.refusal("draft", refusal);
        }
    }

    public String questionText(String questionId) {
        return questionTexts.getOrDefault(questionId, questionId);
    }

    public List<String> getAvailable() {
        return questionTexts.keySet().stream()
                .filter(id -> !questionIds.contains(id))
                .toList();
    }

    public Language[] getLanguages() {
        return Language.values();
    }

    public Quiz.FeedbackPolicy[] getPolicies() {
        return Quiz.FeedbackPolicy.values();
    }

    public List<String> getQuestionIds() {
        return questionIds;
    }

    public List<Problem> getProblems() {
        return problems;
    }

    public boolean isUnpublished() {
        return unpublished;
    }

    public List<QuizDrafts.PublishedQuiz> getHistory() {
        return history;
    }

    public Map<Language, String> getTitle() {
        return title;
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

    public Integer getPassMark() {
        return passMark;
    }

    public void setPassMark(Integer passMark) {
        this.passMark = passMark;
    }

    public Integer getTimeLimit() {
        return timeLimit;
    }

    public void setTimeLimit(Integer timeLimit) {
        this.timeLimit = timeLimit;
    }

    public Integer getAttempts() {
        return attempts;
    }

    public void setAttempts(Integer attempts) {
        this.attempts = attempts;
    }

    public Quiz.FeedbackPolicy getFeedback() {
        return feedback;
    }

    public void setFeedback(Quiz.FeedbackPolicy feedback) {
        this.feedback = feedback;
    }

    public boolean isCompletesModule() {
        return completesModule;
    }

    public void setCompletesModule(boolean completesModule) {
        this.completesModule = completesModule;
    }

    public String getToAdd() {
        return toAdd;
    }

    public void setToAdd(String toAdd) {
        this.toAdd = toAdd;
    }
}
