package eu.restproject.academy.authoring;

import eu.restproject.academy.content.BundlePublisher;
import eu.restproject.academy.content.BundleRevision;
import eu.restproject.academy.content.Library;
import eu.restproject.academy.content.ModuleVersion;
import eu.restproject.academy.content.Problem;
import eu.restproject.academy.content.QuizFile;
import eu.restproject.academy.content.QuizWriter;
import eu.restproject.academy.people.Caller;
import eu.restproject.academy.platform.InvalidInputException;
import eu.restproject.academy.platform.NotFoundException;
import eu.restproject.academy.quiz.EssayQuestion;
import eu.restproject.academy.quiz.Quiz;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Quiz drafts: the next version of each quiz of a module, built from the module's question bank.
 * Publishing a draft publishes the next module version with that quiz file; attempts already
 * started stay on the version they began with, and every published version stays in the history.
 */
@ApplicationScoped
public class QuizDrafts {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Quiz.Item STAND_IN = new Quiz.Item(
            new EssayQuestion("stand-in", BigDecimal.ONE),
            Map.of(eu.restproject.academy.platform.i18n.Language.EN, "-"),
            Map.of());

    /** A published version of a quiz: the module version whose quiz file differed from the one before. */
    public record PublishedQuiz(
            String moduleVersion, java.time.Instant publishedAt, ModuleVersion.Source source, int questions) {}

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Library library;

    @Inject
    private QuestionBank bank;

    @Inject
    private BundlePublisher publisher;

    private final Clock clock = Clock.systemUTC();

    /**
     * The module's drafts. A published quiz without a draft (the first time, or a quiz added by an
     * uploaded version) gets one, and those of its questions the bank lacks are put in the bank.
     */
    @Transactional
    public List<QuizDraft> drafts(Caller author, String moduleId) {
        Authors.require(author);
        ModuleVersion current = library.getCurrent(moduleId);
        List<String> drafted = list(moduleId).stream().map(QuizDraft::getQuizId).toList();
        for (Quiz quiz : library.bundle(current).quizzes().values()) {
            if (!drafted.contains(quiz.id())) {
                List<Quiz.Item> missing = quiz.items().stream()
                        .filter(i -> bank.find(moduleId, i.question().id()).isEmpty())
                        .toList();
                bank.putAll(author, moduleId, missing, List.of(quiz.id()));
                QuizDraft draft = new QuizDraft(moduleId, quiz.id());
                draft.buildOn(current.getVersion());
                store(author, draft, QuizSettings.of(quiz), ids(quiz));
            }
        }
        return list(moduleId);
    }

    /** Makes the draft the quiz as published in the latest version again; its questions in the bank are replaced. */
    @Transactional
    public QuizDraft restart(Caller author, String moduleId, String quizId) {
        QuizDraft draft = get(author, moduleId, quizId);
        ModuleVersion latest = latest(moduleId);
        Quiz quiz = Optional.ofNullable(library.bundle(latest).quizzes().get(quizId))
                .orElseThrow(() -> new NotFoundException("error.quiz.notFound"));
        bank.putAll(author, moduleId, quiz.items(), List.of(quiz.id()));
        draft.buildOn(latest.getVersion());
        return store(author, draft, QuizSettings.of(quiz), ids(quiz));
    }

    public QuizDraft get(Caller author, String moduleId, String quizId) {
        Authors.require(author);
        return em.createNamedQuery("QuizDraft.byId", QuizDraft.class)
                .setParameter("module", moduleId)
                .setParameter("quiz", quizId)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("error.quiz.notFound"));
    }

    @Transactional
    public QuizDraft create(Caller author, String moduleId, String quizId, String englishTitle) {
        Authors.require(author);
        library.getCurrent(moduleId);
        if (quizId == null || !ID.matcher(quizId).matches()) {
            throw new InvalidInputException("quizId", "error.authoring.quizId");
        }
        if (!list(moduleId).stream()
                .filter(d -> d.getQuizId().equals(quizId))
                .toList()
                .isEmpty()) {
            throw new InvalidInputException("quizId", "error.authoring.quizIdTaken", quizId);
        }
        QuizSettings settings = new QuizSettings(
                quizId,
                Map.of(
                        eu.restproject.academy.platform.i18n.Language.EN,
                        englishTitle == null ? "" : englishTitle.strip()),
                60,
                Optional.empty(),
                Optional.empty(),
                Quiz.FeedbackPolicy.AFTER_SUBMISSION,
                false);
        return store(author, new QuizDraft(moduleId, quizId), settings, List.of());
    }

    /** Saves settings and the ordered question list, refusing anything the bundle reader would refuse. */
    @Transactional
    public QuizDraft save(
            Caller author, String moduleId, QuizSettings settings, List<String> questionIds, long expectedVersion) {
        QuizDraft draft = get(author, moduleId, settings.quizId());
        if (draft.getVersion() != expectedVersion) {
            throw new InvalidInputException("draft", "error.authoring.stale");
        }
        return store(author, draft, settings, questionIds);
    }

    /** What a draft would publish, and whether that differs from what learners get now. */
    public record Review(QuizFile.Outcome composed, boolean unpublished) {}

    /** The quiz file this draft would publish, with every problem the bundle reader finds in it. */
    public QuizFile.Outcome compose(QuizDraft draft) {
        Map<String, BankQuestion> bankQuestions = bank.byId(draft.getModuleId());
        List<String> questions = new ArrayList<>();
        for (String questionId : draft.getQuestionIds()) {
            BankQuestion question = bankQuestions.get(questionId);
            if (question == null) {
                return new QuizFile.Outcome(
                        Optional.empty(),
                        List.of(new Problem(
                                fileOf(draft), 0, "the question '" + questionId + "' is no longer in the bank")));
            }
            questions.add(question.getDefinition());
        }
        return QuizFile.read(fileOf(draft), QuizWriter.compose(draft.getSettings(), questions));
    }

    /** The draft composed once, and compared with the quiz in the module's current version (or that it has none). */
    public Review review(QuizDraft draft) {
        QuizFile.Outcome composed = compose(draft);
        Optional<Quiz> quiz = composed.quiz();
        return new Review(composed, quiz.isEmpty() || !quiz.equals(published(draft.getModuleId(), draft.getQuizId())));
    }

    /** The draft's settings, read by the quiz reader with a stand-in question, since they are stored without questions. */
    public QuizSettings settings(QuizDraft draft) {
        String yaml = QuizWriter.compose(draft.getSettings(), List.of(QuizWriter.questionYaml(STAND_IN)));
        return QuizSettings.of(valid(QuizFile.read(fileOf(draft), yaml)));
    }

    public String export(Caller author, String moduleId, String quizId) {
        QuizDraft draft = get(author, moduleId, quizId);
        return QuizWriter.quiz(valid(compose(draft)));
    }

    /** Reads a quiz file into the bank and makes it the quiz's draft; nothing is stored if the file has a problem. */
    @Transactional
    public QuizDraft importFile(Caller author, String moduleId, String fileName, String text) {
        Authors.require(author);
        library.getCurrent(moduleId);
        Quiz quiz = valid(QuizFile.read(fileName, text));
        bank.putAll(author, moduleId, quiz.items(), List.of(quiz.id()));
        QuizDraft draft = list(moduleId).stream()
                .filter(d -> d.getQuizId().equals(quiz.id()))
                .findFirst()
                .orElseGet(() -> new QuizDraft(moduleId, quiz.id()));
        // Importing a file is deciding what the quiz should be, whatever was published before.
        draft.buildOn(latest(moduleId).getVersion());
        return store(author, draft, QuizSettings.of(quiz), ids(quiz));
    }

    /** Whether the draft differs from the quiz in the module's current version (or that has none). */
    public boolean isUnpublished(QuizDraft draft) {
        return review(draft).unpublished();
    }

    public Optional<Quiz> published(String moduleId, String quizId) {
        return library.current(moduleId).map(v -> library.bundle(v).quizzes().get(quizId));
    }

    @Transactional
    public BundlePublisher.Publication publish(Caller author, String moduleId, String quizId) {
        QuizDraft draft = get(author, moduleId, quizId);
        Review review = review(draft);
        Quiz quiz = valid(review.composed());
        if (!review.unpublished()) {
            throw new InvalidInputException("draft", "error.authoring.nothingToPublish");
        }
        ModuleVersion latest = latest(moduleId);
        Quiz publishedNow = library.bundle(latest).quizzes().get(quizId);
        Quiz builtOn = draft.getBasedOn() == null
                ? null
                : library.find(moduleId, draft.getBasedOn())
                        .map(v -> library.bundle(v).quizzes().get(quizId))
                        .orElse(null);
        if (!java.util.Objects.equals(publishedNow, builtOn)) {
            throw new InvalidInputException("draft", "error.authoring.publishedMeanwhile", latest.getVersion());
        }
        BundlePublisher.Publication publication = publisher.publish(
                BundleRevision.withQuiz(library.files(latest), latest.semanticVersion(), quizId, QuizWriter.quiz(quiz)),
                ModuleVersion.Source.AUTHORING,
                null,
                null);
        publication.version().ifPresent(v -> draft.buildOn(v.getVersion()));
        return publication;
    }

    private ModuleVersion latest(String moduleId) {
        List<ModuleVersion> versions = library.versions(moduleId);
        if (versions.isEmpty()) {
            throw new NotFoundException("error.module.notFound");
        }
        return versions.get(versions.size() - 1);
    }

    /** The versions in which the quiz changed, oldest first. */
    public List<PublishedQuiz> history(String moduleId, String quizId) {
        List<PublishedQuiz> history = new ArrayList<>();
        Quiz previous = null;
        for (ModuleVersion version : library.versions(moduleId)) {
            Quiz quiz = library.bundle(version).quizzes().get(quizId);
            if (quiz != null && !quiz.equals(previous)) {
                history.add(new PublishedQuiz(
                        version.getVersion(),
                        version.getPublishedAt(),
                        version.getSource(),
                        quiz.items().size()));
            }
            previous = quiz;
        }
        return history;
    }

    /** The ids of the drafts that ask a question, to keep it from being deleted while in use. */
    public List<String> usedBy(String moduleId, String questionId) {
        return list(moduleId).stream()
                .filter(d -> d.getQuestionIds().contains(questionId))
                .map(QuizDraft::getQuizId)
                .toList();
    }

    private QuizDraft store(Caller author, QuizDraft draft, QuizSettings settings, List<String> questionIds) {
        List<String> unique = List.copyOf(new LinkedHashSet<>(questionIds));
        Map<String, BankQuestion> bankQuestions = bank.byId(draft.getModuleId());
        for (String questionId : unique) {
            if (!bankQuestions.containsKey(questionId)) {
                throw new InvalidInputException("questions", "error.authoring.questionNotFound");
            }
        }
        // Settings are checked with a stand-in question, which also serves while the draft has none yet.
        valid(QuizFile.read(fileOf(draft), QuizWriter.quiz(settings.withItems(List.of(STAND_IN)))));
        draft.revise(QuizWriter.settings(settings.withItems(List.of())), unique, author.accountId(), clock.instant());
        if (draft.getId() == null) {
            em.persist(draft);
        }
        em.flush();
        return draft;
    }

    private List<QuizDraft> list(String moduleId) {
        return em.createNamedQuery("QuizDraft.ofModule", QuizDraft.class)
                .setParameter("module", moduleId)
                .getResultList();
    }

    private static List<String> ids(Quiz quiz) {
        return quiz.items().stream().map(i -> i.question().id()).toList();
    }

    private static String fileOf(QuizDraft draft) {
        return "quizzes/" + draft.getQuizId() + ".yaml";
    }

    private static Quiz valid(QuizFile.Outcome outcome) {
        return outcome.quiz()
                .orElseThrow(() -> new InvalidInputException(
                        "quiz",
                        "error.authoring.invalid",
                        outcome.problems().stream().map(Problem::toString).collect(Collectors.joining("; "))));
    }
}
