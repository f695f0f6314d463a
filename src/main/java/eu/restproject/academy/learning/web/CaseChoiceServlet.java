package eu.restproject.academy.learning.web;

import eu.restproject.academy.learning.Attempts;
import eu.restproject.academy.people.Caller;
import eu.restproject.academy.people.CurrentCaller;
import eu.restproject.academy.platform.AcademyException;
import eu.restproject.academy.platform.security.FormToken;
import eu.restproject.academy.quiz.Answer;
import eu.restproject.academy.quiz.CaseStudy;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One step of a case study: the choice is added to the saved path, but only when the case still
 * stands at the step the form was shown for, so a double click, a replayed or a stale post from
 * another tab changes nothing. The learner returns to the attempt at that case.
 */
@WebServlet("/learn/case-choice")
public class CaseChoiceServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient Attempts attempts;

    @Inject
    private transient CurrentCaller currentCaller;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!FormToken.accept(request, response)) {
            return;
        }
        long attempt;
        try {
            attempt = Long.parseLong(request.getParameter("attempt"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String question = request.getParameter("question");
        Caller learner = currentCaller.get();
        try {
            Attempts.State state = attempts.state(learner, attempt);
            Answer saved = state.answers().get(question);
            List<String> path = new ArrayList<>(saved instanceof Answer.Path p ? p.choiceIds() : List.of());
            boolean atThatStep = state.quiz().items().stream()
                    .filter(item -> item.question().id().equals(question) && item.question() instanceof CaseStudy)
                    .map(item -> ((CaseStudy) item.question()).play(path).current().id())
                    .anyMatch(current -> current.equals(request.getParameter("step")));
            if (atThatStep) {
                path.add(request.getParameter("choice"));
                attempts.save(learner, attempt, question, new Answer.Path(path));
            }
        } catch (AcademyException refusal) {
            // A stale or replayed step changes nothing; the attempt page shows where the case stands.
        }
        response.sendRedirect(request.getContextPath() + "/learn/attempt.xhtml?id=" + attempt + "#q-" + question);
    }
}
