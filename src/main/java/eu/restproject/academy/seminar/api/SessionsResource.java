package eu.restproject.academy.seminar.api;

import eu.restproject.academy.people.CurrentCaller;
import eu.restproject.academy.platform.JsonBodies;
import eu.restproject.academy.platform.PublicUrl;
import eu.restproject.academy.seminar.CheckIn;
import eu.restproject.academy.seminar.CheckInAddress;
import eu.restproject.academy.seminar.CheckInScreen;
import eu.restproject.academy.seminar.CheckIns;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Sessions of a seminar: a participant's own check-in, and the current code for those who run the session. */
@Path("sessions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SessionsResource {

    /** The code a participant read from the check-in screen (the service judges it). */
    public record CodeJson(String code) {}

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private CheckIns checkIns;

    @Inject
    private PublicUrl publicUrl;

    @Context
    private HttpServletRequest request;

    @POST
    @Path("{id}/check-ins")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Check in to a session with the code its check-in screen shows (the caller's own attendance)",
            description =
                    "Marks the caller present, or late after the seminar's grace time. The code changes every few seconds; "
                            + "the one shown just before is still accepted. Repeating a check-in changes nothing and returns the mark.")
    @RequestBody(description = "{\"code\": \"ABC123\"} (case, spaces and dashes do not matter)")
    @APIResponse(
            responseCode = "201",
            description = "Checked in: {sessionId, seminarId, status: PRESENT|LATE, repeated: false}")
    @APIResponse(
            responseCode = "200",
            description = "Had checked in (or been marked) before: the existing mark, repeated: true")
    @APIResponse(responseCode = "400", description = "Unreadable body")
    @APIResponse(responseCode = "403", description = "Not registered (holding a seat) for the session's seminar")
    @APIResponse(responseCode = "404", description = "No such session")
    @APIResponse(
            responseCode = "409",
            description = "Check-in has not opened yet, has closed, or the seminar is cancelled")
    @APIResponse(responseCode = "422", description = "Wrong or expired code")
    @APIResponse(
            responseCode = "429",
            description = "Too many wrong codes lately: refused, the right one too, for the minutes "
                    + "that Retry-After gives in seconds")
    public Response checkIn(
            @PathParam("id") long id, @NotNull(message = "{" + JsonBodies.MALFORMED + "}") @Valid CodeJson body) {
        CheckIn checkIn = checkIns.checkIn(currentCaller.get(), id, body.code());
        return Response.status(checkIn.repeated() ? 200 : 201)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(CheckInJson.of(checkIn))
                .build();
    }

    @GET
    @Path("{id}/check-in-code")
    @Operation(
            summary =
                    "The code and QR address the session's check-in screen shows now (the seminar's trainers, coordinator, admin)",
            description =
                    "code and url are null while the session takes no check-ins; nextChange is when the code changes.")
    @APIResponse(responseCode = "200", description = "The current code and the live count")
    @APIResponse(
            responseCode = "403",
            description = "Not a trainer of the seminar, nor its country's coordinator, nor the admin")
    @APIResponse(responseCode = "404", description = "No such session")
    public CheckInCodeJson code(@PathParam("id") long id) {
        CheckInScreen screen = checkIns.screen(currentCaller.get(), id);
        return CheckInCodeJson.of(screen, publicUrl.of(request, CheckInAddress.path(id, screen.code())));
    }
}
