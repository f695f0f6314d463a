package eu.restproject.academy.learning.api;

import eu.restproject.academy.content.Library;
import eu.restproject.academy.learning.Attempts;
import eu.restproject.academy.people.Caller;
import eu.restproject.academy.people.CurrentCaller;
import eu.restproject.academy.platform.NotFoundException;
import eu.restproject.academy.platform.api.ApiLanguage;
import eu.restproject.academy.quiz.Quiz;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Quizzes, named {@code module:quiz}, and starting an attempt at one. */
@Path("quizzes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class QuizzesResource {

    /** Module and quiz ids are lower-case letters, digits and '-', so the ':' between them is unambiguous. */
    private static final Pattern QUIZ_ID = Pattern.compile("([a-z0-9-]+):([a-z0-9-]+)");

    @Inject
    private Library library;

    @Inject
    private Attempts attempts;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private Texts texts;

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uri;

    @GET
    @Path("{id}")
    @Operation(summary = "A quiz's questions in the caller's language, without answers or feedback",
            description = "The module's current version, or ?version=x.y.z. Language: ?lang=, else Accept-Language, else the "
                    + "account's language. Of a case study only the start step; later steps come with the attempt.")
    @APIResponse(responseCode = "200", description = "The quiz")
    @APIResponse(responseCode = "404", description = "No such module, version or quiz")
    public QuizJson quiz(@Parameter(description = "module:quiz, e.g. essentials-identification:final") @PathParam("id") String id,
            @QueryParam("version") String version) {
        Matcher ids = parse(id);
        String moduleVersion = version == null || version.isBlank() ? library.getCurrent(ids.group(1)).getVersion() : version;
        Quiz quiz = attempts.quiz(ids.group(1), moduleVersion, ids.group(2));
        return QuizJson.of(ids.group(1), moduleVersion, quiz, texts.language(currentCaller.get(), ApiLanguage.requested(uri, headers)));
    }

    @POST
    @Path("{id}/attempts")
    @Operation(summary = "Start an attempt on the module's current version, or resume the one under way")
    @APIResponse(responseCode = "201", description = "A new attempt")
    @APIResponse(responseCode = "200", description = "The attempt under way, with its saved answers")
    @APIResponse(responseCode = "404", description = "No such module or quiz")
    @APIResponse(responseCode = "409", description = "No attempts left")
    public Response start(@PathParam("id") String id) {
        Matcher ids = parse(id);
        Caller learner = currentCaller.get();
        Attempts.Opened opened = attempts.open(learner, ids.group(1), ids.group(2));
        AttemptJson json = AttemptJson.of(attempts.state(learner, opened.attempt().getId()), null, texts.language(learner, ApiLanguage.requested(uri, headers)));
        return Response.status(opened.resumed() ? 200 : 201).type(MediaType.APPLICATION_JSON_TYPE).entity(json).build();
    }

    private static Matcher parse(String id) {
        Matcher matcher = QUIZ_ID.matcher(id == null ? "" : id);
        if (!matcher.matches()) {
            throw new NotFoundException("error.quiz.notFound");
        }
        return matcher;
    }
}
