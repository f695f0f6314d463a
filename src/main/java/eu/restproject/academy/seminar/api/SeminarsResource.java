package eu.restproject.academy.seminar.api;

import eu.restproject.academy.people.Caller;
import eu.restproject.academy.people.Country;
import eu.restproject.academy.people.CurrentCaller;
import eu.restproject.academy.platform.AccessDeniedException;
import eu.restproject.academy.platform.InvalidInputException;
import eu.restproject.academy.platform.JsonBodies;
import eu.restproject.academy.platform.UnfitInputException;
import eu.restproject.academy.platform.api.ApiLanguage;
import eu.restproject.academy.platform.api.RefusalMapper;
import eu.restproject.academy.platform.api.ValidationMapper;
import eu.restproject.academy.seminar.Registration;
import eu.restproject.academy.seminar.Registrations;
import eu.restproject.academy.seminar.Seminar;
import eu.restproject.academy.seminar.SeminarDetails;
import eu.restproject.academy.seminar.Seminars;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** National seminars for staff: listing them, and (coordinators) creating them and registering people. */
@Path("seminars")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SeminarsResource {

    /** Whom to register: an account's e-mail address (the service refuses unknown ones). */
    public record EmailJson(String email) {}

    /** A registration as the API shows it. */
    public record RegistrationJson(long seminarId, long accountId, String status) {}

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private Seminars seminars;

    @Inject
    private Registrations registrations;

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uri;

    @GET
    @Operation(
            summary = "The seminars in the caller's scope (staff)",
            description =
                    "Trainers and coordinators: their own country's seminars; the admin: all, or one country with ?country=.")
    @APIResponse(responseCode = "200", description = "The seminars, by first day")
    @APIResponse(responseCode = "400", description = "Unknown country code")
    @APIResponse(responseCode = "403", description = "Not staff, or another country than the caller's own")
    public List<SeminarJson> list(
            @Parameter(description = "AT, FR, ES, NL, MD or RS; default: the caller's own, for the admin all")
                    @QueryParam("country")
                    String country) {
        Caller caller = staff();
        Country chosen = country == null || country.isBlank() ? null : parse(country);
        return seminars.forStaff(caller, chosen).stream()
                .map(s -> SeminarJson.of(s, registrations.seatsTaken(s.getId()), registrations.waiting(s.getId())))
                .toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Create a seminar (coordinator of the country, or the admin)",
            description =
                    "The same rules as the seminar page: a title in at least one language, city and venue, the last day not "
                            + "before the first, capacity 1 to 10,000, at least one session within the seminar's days, ending after it starts, "
                            + "with a room and 0 < hours <= 24. Check-in settings default to a code changing every 20 s, 15 minutes' grace, "
                            + "opening 30 minutes before the start and closing at the end.")
    @RequestBody(
            description =
                    "{\"country\": \"AT\" (default: the caller's), \"texts\": {\"en\": {\"title\", \"description\"}}, "
                            + "\"city\", \"venue\", \"startsOn\": \"2026-05-04\", \"endsOn\", \"capacity\": 25, \"trainerIds\": [], \"moduleIds\": [], "
                            + "\"rotationSeconds\", \"graceMinutes\", \"opensMinutesBefore\", \"closesMinutesAfter\", "
                            + "\"sessions\": [{\"date\": \"2026-05-04\", \"start\": \"09:00\", \"end\": \"13:00\", \"room\": \"1\", \"hours\": 4}]}")
    @APIResponse(responseCode = "201", description = "Created; the seminar as GET lists it")
    @APIResponse(responseCode = "400", description = "Unreadable body")
    @APIResponse(responseCode = "403", description = "Not the coordinator of that country, nor the admin")
    @APIResponse(
            responseCode = "422",
            description =
                    "A value of the wrong kind (the first such), or values the seminar rules refuse: then 'problems' "
                            + "lists every one ({\"field\": the JSON member, e.g. \"endsOn\" or \"sessions\", \"error\": the rule's "
                            + "key, \"message\": its text in the caller's language, naming the session or language it concerns}); "
                            + "'error' and 'message' are the first problem's")
    public Response create(String body) {
        Caller caller = currentCaller.get();
        JsonObject json = JsonBodies.object(body);
        Country country = SeminarRequest.country(json, caller.country());
        SeminarDetails details = SeminarRequest.details(json);
        Seminar created;
        try {
            created = seminars.create(caller, country, details);
        } catch (ConstraintViolationException refusal) {
            // 422 like the shape's refusals, which this API has always promised: the body was readable.
            return ValidationMapper.response(
                    RefusalMapper.UNPROCESSABLE, ApiLanguage.of(uri, headers), refusal.getConstraintViolations());
        } catch (UnfitInputException | AccessDeniedException refusal) {
            throw refusal;
        } catch (InvalidInputException refusal) {
            throw new UnfitInputException(refusal.field(), refusal.messageKey(), refusal.arguments());
        }
        return Response.status(201)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(SeminarJson.of(created, 0, 0))
                .build();
    }

    @POST
    @Path("{id}/registrations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Register an account of the seminar's country by e-mail (coordinator, admin)",
            description =
                    "A seat while there is one, else the waiting list. Registering someone again changes nothing.")
    @RequestBody(description = "{\"email\": \"someone@example.org\"}")
    @APIResponse(responseCode = "201", description = "Registered or put on the waiting list ('status')")
    @APIResponse(responseCode = "200", description = "Was registered already; the registration as it is")
    @APIResponse(
            responseCode = "400",
            description = "Unreadable body, no account with that e-mail, or an account of another country")
    @APIResponse(responseCode = "403", description = "Not the coordinator of the seminar's country, nor the admin")
    @APIResponse(responseCode = "404", description = "No such seminar")
    @APIResponse(responseCode = "409", description = "The seminar is cancelled or over")
    public Response register(
            @PathParam("id") long id, @NotNull(message = "{" + JsonBodies.MALFORMED + "}") @Valid EmailJson body) {
        Registrations.Outcome outcome = registrations.addOnce(currentCaller.get(), id, body.email());
        Registration registration = outcome.registration();
        return Response.status(outcome.created() ? 201 : 200)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new RegistrationJson(
                        id,
                        registration.getAccountId(),
                        registration.getStatus().name()))
                .build();
    }

    private Caller staff() {
        Caller caller = currentCaller.get();
        if (!caller.isStaff()) {
            throw new AccessDeniedException("error.access.role");
        }
        return caller;
    }

    private static Country parse(String code) {
        return Country.fromCode(code)
                .orElseThrow(() -> new InvalidInputException("country", "error.country.unknown", code));
    }
}
