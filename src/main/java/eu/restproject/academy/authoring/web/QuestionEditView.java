package eu.restproject.academy.authoring.web;

import eu.restproject.academy.authoring.BankQuestion;
import eu.restproject.academy.authoring.QuestionBank;
import eu.restproject.academy.content.Problem;
import eu.restproject.academy.content.QuizFile;
import eu.restproject.academy.content.QuizWriter;
import eu.restproject.academy.people.Country;
import eu.restproject.academy.people.CurrentCaller;
import eu.restproject.academy.platform.AcademyException;
import eu.restproject.academy.platform.InvalidInputException;
import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.platform.i18n.LanguagePreference;
import eu.restproject.academy.platform.web.FacesMessages;
import eu.restproject.academy.quiz.Quiz;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.omnifaces.util.Faces;

/**
 * Creating or editing one question of a module's bank, with a preview exactly as learners see it,
 * graded for the country the author picks.
 */
@Named
@ViewScoped
public class QuestionEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    private String module;
    private String id;
    private String type;
    private Long version;
    private QuestionForm form;
    private Language language;
    private String previewCountry;
    private QuestionPreview preview;

    @Inject
    private transient QuestionBank bank;

    @Inject
    private transient CurrentCaller currentCaller;

    @Inject
    private LanguagePreference languagePreference;

    public void load() {
        language = languagePreference.getLanguage();
        if (id != null && !id.isBlank()) {
            BankQuestion stored = bank.get(currentCaller.get(), module, id);
            Optional<Quiz.Item> item = QuestionBank.reading(stored).item();
            if (item.isEmpty()) {
                // A question stored before every path into the bank was checked: the form cannot hold it.
                Faces.redirect("author/repair.xhtml?module=%s&id=%s", module, id);
                return;
            }
            version = stored.getVersion();
            form = QuestionForms.of(item.get(), stored.getTags());
        } else {
            bank.questions(currentCaller.get(), module);
            form = QuestionForms.blank(type);
        }
    }

    public void save() {
        try {
            Quiz.Item item = QuestionFromForm.toItem(form);
            List<String> tags = Arrays.stream(
                            form.getTags() == null
                                    ? new String[0]
                                    : form.getTags().split(","))
                    .toList();
            BankQuestion saved = bank.save(currentCaller.get(), module, QuizWriter.questionYaml(item), tags, version);
            version = saved.getVersion();
            id = saved.getQuestionId();
            form = QuestionForms.of(QuestionBank.item(saved), saved.getTags());
            FacesMessages.info("authoring.question.saved", id);
        } catch (AcademyException refusal) {
            FacesMessages.refusal("editor", refusal);
        }
    }

    public void showPreview() {
        preview = null;
        try {
            Quiz.Item item = QuestionFromForm.toItem(form);
            QuizFile.Outcome outcome = QuizFile.readQuestion(QuizWriter.questionYaml(item));
            if (!outcome.problems().isEmpty()) {
                throw new InvalidInputException(
                        "question",
                        "error.authoring.invalid",
                        outcome.problems().stream().map(Problem::message).collect(Collectors.joining("; ")));
            }
            preview = new QuestionPreview(
                    outcome.quiz().get().items().get(0),
                    languagePreference.getLanguage(),
                    previewCountry == null || previewCountry.isEmpty() ? null : Country.valueOf(previewCountry));
        } catch (AcademyException refusal) {
            FacesMessages.refusal("editor", refusal);
        }
    }

    public void addOption() {
        QuestionForm.Option option = QuestionForms.row(form.getOptions());
        form.getOptions().add(option);
        form.getVariants().forEach(v -> {
            QuestionForm.Option feedback = new QuestionForm.Option();
            feedback.setId(option.getId());
            v.getFeedback().add(feedback);
        });
    }

    public void removeOption(int index) {
        String removed = form.getOptions().remove(index).getId();
        form.getVariants().forEach(v -> {
            v.getFeedback().removeIf(f -> f.getId() != null && f.getId().equals(removed));
            v.getCorrect().remove(removed);
        });
    }

    /** A variant has a feedback row for each option, matched by id when saved. */
    public void addVariant() {
        QuestionForm.Variant variant = new QuestionForm.Variant();
        QuestionFromForm.nameOptions(form);
        getVariantOptions().forEach(o -> {
            QuestionForm.Option feedback = new QuestionForm.Option();
            feedback.setId(o.getId());
            variant.getFeedback().add(feedback);
        });
        form.getVariants().add(variant);
    }

    public void removeVariant(int index) {
        form.getVariants().remove(index);
    }

    public void addAnswer() {
        form.getAnswers().add(QuestionForms.row(form.getAnswers()));
    }

    public void removeAnswer(int index) {
        form.getAnswers().remove(index);
    }

    public void addPrompt() {
        form.getPrompts().add(new QuestionForm.Prompt());
    }

    public void removePrompt(int index) {
        form.getPrompts().remove(index);
    }

    public void addItem() {
        form.getItems().add(QuestionForms.row(form.getItems()));
    }

    public void removeItem(int index) {
        form.getItems().remove(index);
    }

    public void addShortVariant() {
        form.getShortVariants().add(new QuestionForm.ShortVariant());
    }

    public void removeShortVariant(int index) {
        form.getShortVariants().remove(index);
    }

    public void addStep(boolean ending) {
        QuestionForm.Step step = new QuestionForm.Step();
        step.setEnding(ending);
        step.setPoints("0");
        if (!ending) {
            step.getChoices().add(new QuestionForm.Choice());
        }
        form.getSteps().add(step);
    }

    public void removeStep(int index) {
        form.getSteps().remove(index);
    }

    public void addChoice(int stepIndex) {
        form.getSteps().get(stepIndex).getChoices().add(new QuestionForm.Choice());
    }

    public void removeChoice(int stepIndex, int choiceIndex) {
        form.getSteps().get(stepIndex).getChoices().remove(choiceIndex);
    }

    /** The options a choice variant refers to: the question's, or true and false. */
    public List<QuestionForm.Option> getVariantOptions() {
        if (!"truefalse".equals(form.getType())) {
            return form.getOptions();
        }
        return java.util.stream.Stream.of("true", "false")
                .map(value -> {
                    QuestionForm.Option option = new QuestionForm.Option();
                    option.setId(value);
                    option.getText()
                            .put(
                                    language,
                                    eu.restproject.academy.platform.i18n.Messages.format(
                                            language.locale(), "attempt." + value));
                    return option;
                })
                .toList();
    }

    public void addPairVariant() {
        form.getPairVariants().add(new QuestionForm.PairVariant());
    }

    public void removePairVariant(int index) {
        form.getPairVariants().remove(index);
    }

    public void addOrderVariant() {
        form.getOrderVariants().add(new QuestionForm.OrderVariant());
    }

    public void removeOrderVariant(int index) {
        form.getOrderVariants().remove(index);
    }

    public void addCaseVariant() {
        form.getCaseVariants().add(new QuestionForm.CaseVariant());
    }

    public void removeCaseVariant(int index) {
        form.getCaseVariants().remove(index);
    }

    /** The choices of the case as "step/choice", for its country variants. */
    public List<String> getCaseChoices() {
        return form.getSteps().stream()
                .filter(s -> !s.isEnding() && s.getId() != null)
                .flatMap(s -> s.getChoices().stream()
                        .filter(c -> c.getId() != null && !c.getId().isBlank())
                        .map(c -> s.getId() + "/" + c.getId()))
                .toList();
    }

    public boolean isNew() {
        return version == null;
    }

    public List<String> getTypes() {
        return QuestionForms.TYPES;
    }

    public Country[] getCountries() {
        return Country.values();
    }

    public Language[] getLanguages() {
        return Language.values();
    }

    public QuestionForm getForm() {
        return form;
    }

    public QuestionPreview getPreview() {
        return preview;
    }

    public String getModule() {
        return module;
    }

    public void setModule(String module) {
        this.module = module;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }

    public String getPreviewCountry() {
        return previewCountry;
    }

    public void setPreviewCountry(String previewCountry) {
        this.previewCountry = previewCountry;
    }
}
