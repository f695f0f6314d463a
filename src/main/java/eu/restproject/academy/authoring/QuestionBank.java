package eu.restproject.academy.authoring;

import eu.restproject.academy.content.Library;
import eu.restproject.academy.content.Problem;
import eu.restproject.academy.content.QuizFile;
import eu.restproject.academy.content.QuizWriter;
import eu.restproject.academy.people.Caller;
import eu.restproject.academy.platform.InvalidInputException;
import eu.restproject.academy.platform.NotFoundException;
import eu.restproject.academy.quiz.Quiz;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A module's question bank. Every question is checked by the bundle's own quiz reader before it is
 * stored, so the bank never holds a question that could not be published.
 */
@ApplicationScoped
public class QuestionBank {

    static final int MAX_TAGS = 20;
    /** The size of the column a question is stored in. */
    static final int MAX_DEFINITION = 200_000;

    private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._-]{0,39}");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Library library;

    private final Clock clock = Clock.systemUTC();

    public List<BankQuestion> questions(Caller author, String moduleId) {
        Authors.require(author);
        return em.createNamedQuery("BankQuestion.ofModule", BankQuestion.class)
                .setParameter("module", moduleId)
                .getResultList();
    }

    public Optional<BankQuestion> find(String moduleId, String questionId) {
        return em.createNamedQuery("BankQuestion.byId", BankQuestion.class)
                .setParameter("module", moduleId)
                .setParameter("question", questionId)
                .getResultStream()
                .findFirst();
    }

    /** The module's questions by id, read at once, for a draft that asks many of them. */
    Map<String, BankQuestion> byId(String moduleId) {
        Map<String, BankQuestion> questions = new HashMap<>();
        em.createNamedQuery("BankQuestion.ofModule", BankQuestion.class)
                .setParameter("module", moduleId)
                .getResultStream()
                .forEach(q -> questions.put(q.getQuestionId(), q));
        return questions;
    }

    public BankQuestion get(Caller author, String moduleId, String questionId) {
        Authors.require(author);
        return find(moduleId, questionId).orElseThrow(() -> new NotFoundException("error.authoring.questionNotFound"));
    }

    /**
     * A stored question read again: the question, or why the quiz reader refuses it. Every path into
     * the bank reads what it stores, but rows stored before that was so (a GIFT import in another
     * language than English) may not read; pages show them as invalid instead of failing.
     */
    public record Reading(Optional<Quiz.Item> item, String problem) {}

    public static Reading reading(BankQuestion question) {
        QuizFile.Outcome outcome =
                QuizFile.readQuestion(question.getDefinition() == null ? "" : question.getDefinition());
        return new Reading(outcome.quiz().map(q -> q.items().get(0)), problems(outcome));
    }

    /** The question as learners get it, for a question known to be valid (one just stored). */
    public static Quiz.Item item(BankQuestion question) {
        return read(question.getDefinition()).items().get(0);
    }

    /** Why the quiz reader refuses the question as it would be stored, if it does. */
    public static Optional<String> refusal(Quiz.Item item) {
        QuizFile.Outcome outcome = QuizFile.readQuestion(QuizWriter.questionYaml(item));
        return outcome.quiz().isPresent() ? Optional.empty() : Optional.of(problems(outcome));
    }

    /**
     * Stores a new question or a revision of one.
     *
     * @param expectedVersion the version the author edited, null for a new question: a question changed
     *                        meanwhile by someone else is refused rather than overwritten
     */
    @Transactional
    public BankQuestion save(
            Caller author, String moduleId, String questionYaml, Collection<String> tags, Long expectedVersion) {
        Authors.require(author);
        library.getCurrent(moduleId);
        Quiz.Item item = read(questionYaml).items().get(0);
        String questionId = item.question().id();
        Optional<BankQuestion> stored = find(moduleId, questionId);
        if (expectedVersion == null && stored.isPresent()) {
            throw new InvalidInputException("id", "error.authoring.idTaken", questionId);
        }
        if (expectedVersion != null && (stored.isEmpty() || stored.get().getVersion() != expectedVersion)) {
            throw new InvalidInputException("question", "error.authoring.stale");
        }
        BankQuestion question =
                store(author, stored.orElseGet(() -> new BankQuestion(moduleId, questionId)), item, normalised(tags));
        em.flush();
        return question;
    }

    /** Adds or replaces questions by id, as a quiz file's import does; returns the ids stored. */
    @Transactional
    public List<String> putAll(Caller author, String moduleId, List<Quiz.Item> items, Collection<String> tags) {
        Authors.require(author);
        library.getCurrent(moduleId);
        for (Quiz.Item item : items) {
            put(author, moduleId, item, tags);
        }
        em.flush();
        return items.stream().map(i -> i.question().id()).toList();
    }

    /** Adds the question, or replaces the one of the same id, adding the tags to those it has. */
    BankQuestion put(Caller author, String moduleId, Quiz.Item item, Collection<String> tags) {
        String questionId = item.question().id();
        BankQuestion question = find(moduleId, questionId).orElseGet(() -> new BankQuestion(moduleId, questionId));
        Set<String> merged = new TreeSet<>(question.getTags());
        merged.addAll(normalised(tags));
        return store(author, question, item, normalised(merged));
    }

    /**
     * The one way a question is written into the bank: as the quiz-file YAML, read back by the
     * bundle's own quiz reader, so that nothing it would refuse is ever stored.
     */
    private BankQuestion store(Caller author, BankQuestion question, Quiz.Item item, Set<String> tags) {
        String definition = sized(QuizWriter.questionYaml(item));
        Quiz.Item checked = read(definition).items().get(0);
        question.revise(QuizWriter.type(checked), definition, tags, author.accountId(), clock.instant());
        if (question.getId() == null) {
            em.persist(question);
        }
        return question;
    }

    @Transactional
    public void delete(Caller author, String moduleId, String questionId, List<String> usedBy) {
        BankQuestion question = get(author, moduleId, questionId);
        if (!usedBy.isEmpty()) {
            throw new InvalidInputException("question", "error.authoring.inUse", String.join(", ", usedBy));
        }
        em.remove(question);
    }

    private static String sized(String definition) {
        if (definition.length() > MAX_DEFINITION) {
            throw new InvalidInputException("question", "error.authoring.tooLarge", MAX_DEFINITION / 1000);
        }
        return definition;
    }

    private static Quiz read(String questionYaml) {
        QuizFile.Outcome outcome = QuizFile.readQuestion(questionYaml == null ? "" : questionYaml);
        return outcome.quiz()
                .orElseThrow(() -> new InvalidInputException("question", "error.authoring.invalid", problems(outcome)));
    }

    private static String problems(QuizFile.Outcome outcome) {
        return outcome.problems().stream().map(Problem::message).collect(Collectors.joining("; "));
    }

    static Set<String> normalised(Collection<String> tags) {
        Set<String> result = new TreeSet<>();
        for (String tag : tags) {
            String clean = tag == null ? "" : tag.strip().toLowerCase(Locale.ROOT);
            if (clean.isEmpty()) {
                continue;
            }
            if (!TAG.matcher(clean).matches()) {
                throw new InvalidInputException("tags", "error.authoring.tag", clean);
            }
            result.add(clean);
        }
        if (result.size() > MAX_TAGS) {
            throw new InvalidInputException("tags", "error.authoring.tooManyTags", MAX_TAGS);
        }
        return result;
    }
}
