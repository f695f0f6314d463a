package eu.restproject.academy.people.api;

import eu.restproject.academy.people.Caller;
import eu.restproject.academy.people.Country;
import eu.restproject.academy.people.CurrentCaller;
import eu.restproject.academy.people.PeopleDirectory;
import eu.restproject.academy.platform.InvalidInputException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** People of a country, for the staff who may see them. */
@Path("people")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PeopleResource {

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private PeopleDirectory directory;

    @GET
    @Operation(summary = "The accounts of one country (staff: their own country; admin: any)")
    @APIResponse(responseCode = "200", description = "The accounts, by name")
    @APIResponse(responseCode = "400", description = "Unknown country code")
    @APIResponse(responseCode = "403", description = "Not staff, or another country")
    public List<PersonJson> ofCountry(
            @Parameter(description = "AT, FR, ES, NL, MD or RS; default: the caller's own") @QueryParam("country")
                    String country) {
        Caller caller = currentCaller.get();
        Country target = country == null || country.isBlank() ? caller.country() : parse(country);
        return directory.ofCountry(caller, target).stream().map(PersonJson::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One account (oneself, or a person of a country the caller may see)")
    @APIResponse(responseCode = "200", description = "The account")
    @APIResponse(responseCode = "403", description = "Another country")
    @APIResponse(responseCode = "404", description = "No such account")
    public PersonJson person(@PathParam("id") long id) {
        return PersonJson.of(directory.person(currentCaller.get(), id));
    }

    private static Country parse(String code) {
        return Country.fromCode(code)
                .orElseThrow(() -> new InvalidInputException("country", "error.country.unknown", code));
    }
}
