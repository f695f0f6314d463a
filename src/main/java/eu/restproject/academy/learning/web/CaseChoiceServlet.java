package eu.restproject.academy.learning.web;

import eu.restproject.academy.learning.Attempts;
import eu.restproject.academy.people.CurrentCaller;
import eu.restproject.academy.platform.AcademyException;
import eu.restproject.academy.platform.security.FormToken;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * One step of a case study: the choice counts only when the case still stands at the step the form
 * was shown for ({@link Attempts#choose}), so a double click, a replayed or a stale post from
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
        try {
            attempts.choose(
                    currentCaller.get(),
                    attempt,
                    question,
                    request.getParameter("step"),
                    request.getParameter("choice"));
        } catch (AcademyException refusal) {
            // A refused choice changes nothing; the attempt page shows where the case stands.
        }
        response.sendRedirect(request.getContextPath() + "/learn/attempt.xhtml?id=" + attempt + "#q-" + question);
    }
}
