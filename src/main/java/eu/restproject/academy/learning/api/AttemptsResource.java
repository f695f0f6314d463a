package eu.restproject.academy.learning.api;

import eu.restproject.academy.learning.Attempts;
import eu.restproject.academy.people.Caller;
import eu.restproject.academy.people.CurrentCaller;
import eu.restproject.academy.platform.api.ApiLanguage;
import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.quiz.Answer;
import eu.restproject.academy.quiz.AnswerCodec;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * A learner's own attempts: read, autosave one answer, submit. Another learner's attempt is
 * answered like one that does not exist (404).
 */
@Path("attempts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AttemptsResource {

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
    @Path("{attemptId}")
    @Operation(
            summary =
                    "One of the caller's attempts: saved answers, where each case study stands, the result once submitted")
    @APIResponse(responseCode = "200", description = "The attempt")
    @APIResponse(responseCode = "404", description = "No such attempt of the caller's")
    public AttemptJson attempt(@PathParam("attemptId") long attemptId) {
        return json(currentCaller.get(), attemptId);
    }

    @PUT
    @Path("{attemptId}/answers/{questionId}")
    @Operation(
            summary = "Save (autosave) the answer to one question, replacing the earlier one",
            description =
                    "A case study takes the saved path with one more choice, at the step it stands at; sending the "
                            + "saved path again (a replay) changes nothing.")
    @RequestBody(
            description =
                    "{\"choice\":[ids]}, {\"pairs\":{prompt: answer}}, {\"order\":[ids]}, {\"text\":\"...\"} or {\"path\":[choice ids]}")
    @APIResponse(responseCode = "204", description = "Saved (or, for a replayed case-study path, nothing to change)")
    @APIResponse(responseCode = "400", description = "The body is not one of the answer formats")
    @APIResponse(responseCode = "404", description = "No such attempt of the caller's")
    @APIResponse(
            responseCode = "409",
            description = "Already submitted, time is up, or an earlier case-study choice would change")
    @APIResponse(responseCode = "422", description = "The quiz has no such question, or the answer does not fit it")
    public Response save(
            @PathParam("attemptId") long attemptId, @PathParam("questionId") String questionId, String body) {
        Answer answer = AnswerCodec.parse(body);
        Caller learner = currentCaller.get();
        if (answer instanceof Answer.Path path) {
            attempts.advance(learner, attemptId, questionId, path.choiceIds());
        } else {
            attempts.save(learner, attemptId, questionId, answer);
        }
        return Response.noContent().build();
    }

    @POST
    @Path("{attemptId}/submission")
    @Operation(summary = "Submit the attempt; submitting again returns the same result and changes nothing")
    @APIResponse(
            responseCode = "200",
            description = "The result: score, max, percent, passed (null while a trainer grades an "
                    + "essay), awaitingTrainer, and per-question feedback when the quiz shows feedback")
    @APIResponse(responseCode = "404", description = "No such attempt of the caller's")
    public AttemptJson.ResultJson submit(@PathParam("attemptId") long attemptId) {
        Caller learner = currentCaller.get();
        try {
            attempts.submit(learner, attemptId);
        } catch (TransactionalException concurrent) {
            // Two submissions at once: the attempt's version lets one of them grade it, the other reads that result.
            AttemptJson.ResultJson stored = json(learner, attemptId).result();
            if (stored == null) {
                throw concurrent;
            }
            return stored;
        }
        return json(learner, attemptId).result();
    }

    private AttemptJson json(Caller learner, long attemptId) {
        Language language = texts.language(learner, ApiLanguage.requested(uri, headers));
        Attempts.State state = attempts.state(learner, attemptId);
        AttemptJson.ResultJson result = state.attempt().isSubmitted()
                ? ResultJsons.of(state, attempts.grades(state), attempts.rubrics(attemptId), language)
                : null;
        return AttemptJson.of(state, result, language);
    }
}
