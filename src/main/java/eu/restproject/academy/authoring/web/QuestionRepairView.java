package eu.restproject.academy.authoring.web;

import eu.restproject.academy.authoring.BankQuestion;
import eu.restproject.academy.authoring.QuestionBank;
import eu.restproject.academy.authoring.QuizDrafts;
import eu.restproject.academy.people.CurrentCaller;
import eu.restproject.academy.platform.AcademyException;
import eu.restproject.academy.platform.web.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Set;
import org.omnifaces.util.Faces;

/**
 * A bank question the quiz reader refuses (stored before every path into the bank was checked),
 * which the question form cannot hold: its quiz-file text is corrected here, through the same
 * checked save as every question, or the question is deleted.
 */
@Named
@ViewScoped
public class QuestionRepairView implements Serializable {

    private static final long serialVersionUID = 1L;

    private String module;
    private String id;
    private long version;
    private Set<String> tags;
    private String definition;
    private String problem;

    @Inject
    private transient QuestionBank bank;

    @Inject
    private transient QuizDrafts drafts;

    @Inject
    private transient CurrentCaller currentCaller;

    public void load() {
        BankQuestion stored = bank.get(currentCaller.get(), module, id);
        version = stored.getVersion();
        tags = stored.getTags();
        definition = stored.getDefinition();
        problem = QuestionBank.reading(stored).problem();
    }

    public String save() {
        try {
            bank.save(currentCaller.get(), module, definition, tags, version);
            FacesMessages.info("authoring.question.saved", id);
            Faces.getFlash().setKeepMessages(true);
            return "/author/question?faces-redirect=true&module=" + module + "&id=" + id;
        } catch (AcademyException refusal) {
            FacesMessages.refusal("repair", refusal);
            return null;
        }
    }

    public String delete() {
        try {
            bank.delete(currentCaller.get(), module, id, drafts.usedBy(module, id));
            FacesMessages.info("authoring.question.deleted", id);
            Faces.getFlash().setKeepMessages(true);
            return "/author/module?faces-redirect=true&module=" + module;
        } catch (AcademyException refusal) {
            FacesMessages.refusal("repair", refusal);
            return null;
        }
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

    public String getDefinition() {
        return definition;
    }

    public void setDefinition(String definition) {
        this.definition = definition;
    }

    public String getProblem() {
        return problem;
    }
}
