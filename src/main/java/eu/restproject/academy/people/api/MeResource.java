package eu.restproject.academy.people.api;

import eu.restproject.academy.people.Caller;
import eu.restproject.academy.people.CurrentCaller;
import eu.restproject.academy.people.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    /** Who the token belongs to. */
    public record Me(String email, List<String> roles, String country) {}

    @Inject
    private CurrentCaller currentCaller;

    @GET
    @Operation(summary = "The caller's e-mail, roles and country")
    @APIResponse(responseCode = "200", description = "The caller")
    @APIResponse(responseCode = "401", description = "No valid token")
    public Me me() {
        Caller caller = currentCaller.get();
        return new Me(
                caller.email(),
                caller.roles().stream().map(Role::groupName).sorted().toList(),
                caller.country() == null ? null : caller.country().name());
    }
}
