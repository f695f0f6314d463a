package eu.restproject.academy.learning.web;

import eu.restproject.academy.learning.EssayGrading;
import eu.restproject.academy.people.CurrentCaller;
import eu.restproject.academy.platform.AcademyException;
import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.platform.i18n.LanguagePreference;
import eu.restproject.academy.platform.web.FacesMessages;
import eu.restproject.academy.quiz.QuestionLayout;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The trainers' grading queue for written answers. */
@Named
@ViewScoped
public class EssaysView implements Serializable {

    private static final long serialVersionUID = 1L;

    private transient List<EssayGrading.Pending> pending;
    private final Map<String, BigDecimal> points = new HashMap<>();
    private final Map<String, String> rubrics = new HashMap<>();

    @Inject
    private transient EssayGrading grading;

    @Inject
    private transient CurrentCaller currentCaller;

    @Inject
    private LanguagePreference languagePreference;

    @PostConstruct
    void load() {
        pending = grading.queue(currentCaller.get());
    }

    public void grade(long attemptId, String questionId) {
        String key = attemptId + "/" + questionId;
        try {
            grading.grade(currentCaller.get(), attemptId, questionId, points.get(key), rubrics.get(key));
            FacesMessages.info("essays.saved");
            pending = grading.queue(currentCaller.get());
        } catch (AcademyException refusal) {
            FacesMessages.error(refusal.messageKey(), refusal.arguments());
        }
    }

    public String text(Map<Language, String> texts) {
        return QuestionLayout.text(texts, languagePreference.getLanguage());
    }

    public List<EssayGrading.Pending> getPending() {
        if (pending == null) {
            load();
        }
        return pending;
    }

    public Map<String, BigDecimal> getPoints() {
        return points;
    }

    public Map<String, String> getRubrics() {
        return rubrics;
    }
}
