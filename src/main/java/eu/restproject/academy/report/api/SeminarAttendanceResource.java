package eu.restproject.academy.report.api;

import eu.restproject.academy.people.Caller;
import eu.restproject.academy.people.CurrentCaller;
import eu.restproject.academy.platform.AccessDeniedException;
import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.report.AttendanceReports;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * A seminar's attendance as JSON, under the seminar's URL. It lives in report, which reads across
 * features, so that seminar knows nothing of the reports built on it; JAX-RS picks this class for the
 * path because its template is longer than the seminar resource's.
 */
@Path("seminars/{id}/attendance")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SeminarAttendanceResource {

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private AttendanceReports attendance;

    @GET
    @Operation(
            summary = "A seminar's attendance: one entry per participant and session (staff of its country, the admin)",
            description =
                    "Everyone holding a seat, and anyone with a mark who withdrew later; status, source and remark are null "
                            + "where nothing is recorded yet; hoursCredited is 0 unless present or late.")
    @APIResponse(responseCode = "200", description = "The entries, by participant and session")
    @APIResponse(responseCode = "403", description = "Not staff, or another country")
    @APIResponse(responseCode = "404", description = "No such seminar")
    public List<AttendanceJson> attendance(@PathParam("id") long id) {
        Caller caller = currentCaller.get();
        if (!caller.isStaff()) {
            throw new AccessDeniedException("error.access.role");
        }
        // The rows carry no translated text that the API uses; the language only picks the title.
        return attendance.seminar(caller, id, Language.EN).rows().stream()
                .map(AttendanceJson::of)
                .toList();
    }
}
