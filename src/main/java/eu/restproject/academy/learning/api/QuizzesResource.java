package eu.restproject.academy.learning.api;

import eu.restproject.academy.content.Library;
import eu.restproject.academy.learning.Attempts;
import eu.restproject.academy.learning.QuizStatistics;
import eu.restproject.academy.people.Caller;
import eu.restproject.academy.people.CurrentCaller;
import eu.restproject.academy.platform.InvalidInputException;
import eu.restproject.academy.platform.NotFoundException;
import eu.restproject.academy.platform.api.ApiLanguage;
import eu.restproject.academy.quiz.Quiz;
import eu.restproject.academy.quiz.statistics.StatisticsExport;
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
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Quizzes, named {@code module:quiz}, starting an attempt at one, and their statistics for staff. */
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
    private QuizStatistics statistics;

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
    @Operation(
            summary = "A quiz's questions in the caller's language, without answers or feedback",
            description =
                    "The module's current version, or ?version=x.y.z. Language: ?lang=, else Accept-Language, else the "
                            + "account's language. Of a case study only the start step; later steps come with the attempt.")
    @APIResponse(responseCode = "200", description = "The quiz")
    @APIResponse(responseCode = "404", description = "No such module, version or quiz")
    public QuizJson quiz(
            @Parameter(description = "module:quiz, e.g. essentials-identification:final") @PathParam("id") String id,
            @QueryParam("version") String version) {
        Matcher ids = parse(id);
        String moduleVersion = version == null || version.isBlank()
                ? library.getCurrent(ids.group(1)).getVersion()
                : version;
        Quiz quiz = attempts.quiz(ids.group(1), moduleVersion, ids.group(2));
        return QuizJson.of(
                ids.group(1),
                moduleVersion,
                quiz,
                texts.language(currentCaller.get(), ApiLanguage.requested(uri, headers)));
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
        AttemptJson json = AttemptJson.of(
                attempts.state(learner, opened.attempt().getId()),
                null,
                texts.language(learner, ApiLanguage.requested(uri, headers)));
        return Response.status(opened.resumed() ? 200 : 201)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(json)
                .build();
    }

    @GET
    @Path("{id}/statistics")
    @Produces({MediaType.APPLICATION_JSON, StatisticsExport.CSV_MEDIA_TYPE, StatisticsExport.XLSX_MEDIA_TYPE})
    @Operation(
            summary = "Item analysis of a quiz version's submitted attempts (staff)",
            description =
                    "One module version at a time: the current one, or ?version=x.y.z. Trainers and coordinators get their "
                            + "own country's attempts (another country is refused with 403); the admin any country or, without ?country=, all, "
                            + "with the six countries side by side in 'countries'. Attempts waiting for a trainer's essay grade are left out "
                            + "and counted in 'awaitingTrainer'. ?format=csv or xlsx returns the export file instead of JSON.")
    @APIResponse(responseCode = "200", description = "The figures, or the CSV or XLSX file")
    @APIResponse(responseCode = "400", description = "Unknown country, profession or format")
    @APIResponse(responseCode = "403", description = "Not staff, or another country than the caller's own")
    @APIResponse(responseCode = "404", description = "No such module, version or quiz")
    public Response statistics(
            @Parameter(description = "module:quiz, e.g. essentials-identification:final") @PathParam("id") String id,
            @Parameter(description = "module version; default: the current one") @QueryParam("version") String version,
            @Parameter(description = "AT, FR, ES, NL, MD or RS; default: the caller's own, for the admin all")
                    @QueryParam("country")
                    String country,
            @Parameter(description = "a profession, e.g. lawyer or social_worker; default: all")
                    @QueryParam("profession")
                    String profession,
            @Parameter(description = "csv or xlsx for a file; default: JSON") @QueryParam("format") String format) {
        Matcher ids = parse(id);
        Caller caller = currentCaller.get();
        Optional<QuizStatistics.Format> file = format(format);
        QuizStatistics.Report report = statistics.report(
                caller, QuizStatistics.Request.of(ids.group(1), ids.group(2), version, country, profession));
        if (file.isEmpty()) {
            return Response.ok(StatisticsJson.of(report), MediaType.APPLICATION_JSON_TYPE)
                    .build();
        }
        byte[] bytes =
                QuizStatistics.export(report, texts.language(caller, ApiLanguage.requested(uri, headers)), file.get());
        return Response.ok(bytes, file.get().mediaType())
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"" + file.get().fileName(report) + "\"")
                .build();
    }

    private static Optional<QuizStatistics.Format> format(String format) {
        if (format == null || format.isBlank() || format.equalsIgnoreCase("json")) {
            return Optional.empty();
        }
        QuizStatistics.Format file = Arrays.stream(QuizStatistics.Format.values())
                .filter(f -> f.name().equalsIgnoreCase(format.strip()))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("format", "error.statistics.format", format));
        return Optional.of(file);
    }

    private static Matcher parse(String id) {
        Matcher matcher = QUIZ_ID.matcher(id == null ? "" : id);
        if (!matcher.matches()) {
            throw new NotFoundException("error.quiz.notFound");
        }
        return matcher;
    }
}
