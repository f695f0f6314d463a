package eu.restproject.academy.authoring.web;

import eu.restproject.academy.authoring.BankQuestion;
import eu.restproject.academy.authoring.GiftImports;
import eu.restproject.academy.authoring.QuestionBank;
import eu.restproject.academy.authoring.QuizDraft;
import eu.restproject.academy.authoring.QuizDrafts;
import eu.restproject.academy.content.Library;
import eu.restproject.academy.people.CurrentCaller;
import eu.restproject.academy.platform.AcademyException;
import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.platform.i18n.LanguagePreference;
import eu.restproject.academy.platform.i18n.Messages;
import eu.restproject.academy.platform.web.FacesMessages;
import eu.restproject.academy.quiz.QuestionLayout;
import eu.restproject.academy.quiz.Quiz;
import eu.restproject.academy.quiz.gift.GiftExport;
import eu.restproject.academy.quiz.gift.GiftNote;
import eu.restproject.academy.quiz.gift.GiftReader;
import eu.restproject.academy.quiz.gift.GiftWriter;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.omnifaces.util.Faces;

/**
 * A module's question bank and quiz drafts: questions filtered by tag, new questions and quizzes,
 * import of quiz files and Moodle GIFT files, export of the bank as GIFT.
 */
@Named
@ViewScoped
public class BankView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MAX_UPLOAD_BYTES = GiftReader.MAX_CHARACTERS * 4;

    /** A bank question as listed: id, type, text in the reader's language, tags, and why it is invalid, if it is. */
    public record Row(String id, String type, String text, Set<String> tags, String problem) implements Serializable {

        public boolean isValid() {
            return problem.isEmpty();
        }
    }

    /** A draft as listed, with whether it differs from what learners get now. */
    public record DraftRow(String quizId, String title, int questions, boolean unpublished) implements Serializable {}

    private String module;
    private String tag;
    private String newType = "single";
    private String newQuizId;
    private String newQuizTitle;
    private List<Row> questions;
    private List<DraftRow> quizzes;
    private Set<String> tags;
    private final List<String> notes = new ArrayList<>();
    private Language giftLanguage;
    private GiftImports.Collision collision = GiftImports.Collision.NEW_ID;

    @Inject
    private transient QuestionBank bank;

    @Inject
    private transient QuizDrafts drafts;

    @Inject
    private transient GiftImports giftImports;

    @Inject
    private transient Library library;

    @Inject
    private transient CurrentCaller currentCaller;

    @Inject
    private LanguagePreference languagePreference;

    public void load() {
        if (giftLanguage == null) {
            giftLanguage = languagePreference.getLanguage();
        }
        quizzes = new ArrayList<>();
        for (QuizDraft draft : drafts.drafts(currentCaller.get(), module)) {
            QuizDrafts.Review review = drafts.review(draft);
            String title = review.composed()
                    .quiz()
                    .map(q -> QuestionLayout.text(q.title(), languagePreference.getLanguage()))
                    .orElse(draft.getQuizId());
            quizzes.add(new DraftRow(
                    draft.getQuizId(), title, draft.getQuestionIds().size(), review.unpublished()));
        }
        questions = new ArrayList<>();
        tags = new TreeSet<>();
        for (BankQuestion question : bank.questions(currentCaller.get(), module)) {
            tags.addAll(question.getTags());
            if (tag == null || tag.isEmpty() || question.getTags().contains(tag)) {
                QuestionBank.Reading reading = QuestionBank.reading(question);
                String text = reading.item()
                        .map(i -> QuestionLayout.text(i.text(), languagePreference.getLanguage()))
                        .orElse("");
                questions.add(new Row(
                        question.getQuestionId(), question.getType(), text, question.getTags(), reading.problem()));
            }
        }
    }

    public String getModuleTitle() {
        return library.current(module)
                .map(v -> QuestionLayout.text(library.bundle(v).manifest().title(), languagePreference.getLanguage()))
                .orElse(module);
    }

    public void filter() {
        load();
    }

    public String createQuiz() {
        try {
            drafts.create(currentCaller.get(), module, newQuizId, newQuizTitle);
            return "/author/quiz?faces-redirect=true&module=" + module + "&quiz=" + newQuizId;
        } catch (AcademyException refusal) {
            FacesMessages.refusal("newQuiz", refusal);
            return null;
        }
    }

    public void delete(String questionId) {
        try {
            bank.delete(currentCaller.get(), module, questionId, drafts.usedBy(module, questionId));
            FacesMessages.info("authoring.question.deleted", questionId);
            load();
        } catch (AcademyException refusal) {
            FacesMessages.refusal("bank", refusal);
        }
    }

    /** A quiz file (.yaml) becomes the draft of its quiz; a GIFT file adds its questions to the bank. */
    public void importFile() throws IOException, ServletException {
        notes.clear();
        HttpServletRequest request = (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
        Part part = request.getPart("file");
        if (part == null || part.getSize() == 0) {
            FacesMessages.error("authoring.import.missing");
            return;
        }
        if (part.getSize() > MAX_UPLOAD_BYTES) {
            FacesMessages.error("authoring.import.tooLarge", MAX_UPLOAD_BYTES / 1024 / 1024);
            return;
        }
        String name = part.getSubmittedFileName() == null
                ? ""
                : part.getSubmittedFileName().toLowerCase(Locale.ROOT);
        String text;
        try (InputStream in = part.getInputStream()) {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(in.readAllBytes()))
                    .toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            FacesMessages.error("authoring.import.encoding");
            return;
        }
        try {
            if (name.endsWith(".yaml") || name.endsWith(".yml")) {
                QuizDraft draft = drafts.importFile(currentCaller.get(), module, part.getSubmittedFileName(), text);
                FacesMessages.info(
                        "authoring.import.quiz",
                        draft.getQuizId(),
                        draft.getQuestionIds().size());
            } else {
                importGift(text);
            }
            load();
        } catch (AcademyException refusal) {
            FacesMessages.refusal("import", refusal);
        }
    }

    private void importGift(String text) {
        GiftImports.Report report = giftImports.importFile(currentCaller.get(), module, text, giftLanguage, collision);
        report.lines()
                .forEach(line -> notes.add(Messages.format(
                        languagePreference.getLocale(), line.key(), line.args().toArray())));
        if (report.refused()) {
            FacesMessages.error("authoring.import.giftRefused");
        } else {
            FacesMessages.info(
                    "authoring.import.gift", report.stored(), report.lines().size());
        }
    }

    /** The bank as a GIFT file; what GIFT cannot hold, and invalid questions, are listed in comments at its top. */
    public void exportGift() throws IOException {
        List<Quiz.Item> items = new ArrayList<>();
        StringBuilder file = new StringBuilder();
        for (BankQuestion question : bank.questions(currentCaller.get(), module)) {
            QuestionBank.Reading reading = QuestionBank.reading(question);
            reading.item()
                    .ifPresentOrElse(
                            items::add,
                            () -> file.append("// ")
                                    .append(Messages.format(
                                                    languagePreference.getLocale(),
                                                    "authoring.gift.exportInvalid",
                                                    question.getQuestionId(),
                                                    reading.problem())
                                            .replace('\n', ' '))
                                    .append('\n'));
        }
        GiftExport export = new GiftWriter().write(items, languagePreference.getLanguage());
        export.notes()
                .forEach(note -> file.append("// ")
                        .append(describe(note).replace('\n', ' '))
                        .append('\n'));
        file.append(file.isEmpty() ? "" : "\n").append(export.text());
        Faces.sendFile(file.toString().getBytes(StandardCharsets.UTF_8), module + ".gift.txt", true);
    }

    private String describe(GiftNote note) {
        return Messages.format(
                languagePreference.getLocale(), note.key(), note.args().toArray());
    }

    public Language[] getLanguages() {
        return Language.values();
    }

    public GiftImports.Collision[] getCollisions() {
        return GiftImports.Collision.values();
    }

    public Language getGiftLanguage() {
        return giftLanguage;
    }

    public void setGiftLanguage(Language giftLanguage) {
        this.giftLanguage = giftLanguage;
    }

    public GiftImports.Collision getCollision() {
        return collision;
    }

    public void setCollision(GiftImports.Collision collision) {
        this.collision = collision;
    }

    public List<String> getTypes() {
        return QuestionForms.TYPES;
    }

    public List<Row> getQuestions() {
        return questions;
    }

    public List<DraftRow> getQuizzes() {
        return quizzes;
    }

    public Set<String> getTags() {
        return tags;
    }

    public List<String> getNotes() {
        return notes;
    }

    public String getModule() {
        return module;
    }

    public void setModule(String module) {
        this.module = module;
    }

    public String getTag() {
        return tag;
    }

    public void setTag(String tag) {
        this.tag = tag;
    }

    public String getNewType() {
        return newType;
    }

    public void setNewType(String newType) {
        this.newType = newType;
    }

    public String getNewQuizId() {
        return newQuizId;
    }

    public void setNewQuizId(String newQuizId) {
        this.newQuizId = newQuizId;
    }

    public String getNewQuizTitle() {
        return newQuizTitle;
    }

    public void setNewQuizTitle(String newQuizTitle) {
        this.newQuizTitle = newQuizTitle;
    }
}
