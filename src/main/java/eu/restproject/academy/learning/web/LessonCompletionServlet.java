package eu.restproject.academy.learning.web;

import eu.restproject.academy.learning.Progress;
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

/**
 * "Mark as done and continue" at the end of a lesson: records the completion and sends the learner
 * on (post, then redirect, so that reloading never posts twice).
 */
@WebServlet("/learn/complete")
public class LessonCompletionServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient Progress progress;

    @Inject
    private transient CurrentCaller currentCaller;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!FormToken.accept(request, response)) {
            return;
        }
        String module = request.getParameter("module");
        String lesson = request.getParameter("lesson");
        String next = request.getParameter("next");
        try {
            progress.complete(currentCaller.get(), module, lesson);
        } catch (AcademyException refusal) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String target = next != null && !next.isBlank()
                ? "/learn/lesson.xhtml?module=" + Urls.encode(module) + "&lesson=" + Urls.encode(next)
                : "/learn/module.xhtml?id=" + Urls.encode(module) + "&finished=true";
        response.sendRedirect(request.getContextPath() + target);
    }
}
