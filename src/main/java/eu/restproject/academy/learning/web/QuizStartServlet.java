package eu.restproject.academy.learning.web;

import eu.restproject.academy.learning.Attempts;
import eu.restproject.academy.learning.QuizAttempt;
import eu.restproject.academy.people.CurrentCaller;
import eu.restproject.academy.platform.AcademyException;
import eu.restproject.academy.platform.security.FormToken;
import eu.restproject.academy.platform.web.Urls;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** "Start the quiz" on a module page: opens a new attempt, or the one still open, and goes there. */
@WebServlet("/learn/start-quiz")
public class QuizStartServlet extends HttpServlet {

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
        String module = request.getParameter("module");
        try {
            QuizAttempt attempt = attempts.start(currentCaller.get(), module, request.getParameter("quiz"));
            response.sendRedirect(request.getContextPath() + "/learn/attempt.xhtml?id=" + attempt.getId());
        } catch (AcademyException refusal) {
            response.sendRedirect(request.getContextPath() + "/learn/module.xhtml?id=" + Urls.encode(module)
                    + "&refused=" + Urls.encode(refusal.messageKey()));
        }
    }
}
