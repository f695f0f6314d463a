package eu.restproject.academy.people.api;

import eu.restproject.academy.people.AccountAdministration;
import eu.restproject.academy.people.Country;
import eu.restproject.academy.people.CurrentCaller;
import eu.restproject.academy.people.NewAccount;
import eu.restproject.academy.people.Profession;
import eu.restproject.academy.people.Role;
import eu.restproject.academy.platform.InvalidInputException;
import eu.restproject.academy.platform.api.JsonBodies;
import eu.restproject.academy.platform.i18n.Language;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Accounts opened by the admin through the API, for example by a load or provisioning script. */
@Path("accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AccountsResource {

    /** The new account, and its one-time password when the request chose none. */
    public record OpenedJson(PersonJson account, String oneTimePassword) {}

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private AccountAdministration administration;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Open an account (admin)",
            description =
                    "With a password, the account keeps it; without one, a one-time password is returned once "
                            + "and must be changed at the first sign-in. The same rules as registration and the admin pages apply.")
    @RequestBody(
            description =
                    "{\"email\", \"displayName\", \"country\": \"AT\", \"profession\": \"LAWYER\", "
                            + "\"language\": \"en\" (default), \"roles\": [\"participant\"] (default), \"password\" (optional)}")
    @APIResponse(responseCode = "201", description = "Opened")
    @APIResponse(
            responseCode = "400",
            description = "Unreadable body or a value the rules refuse (e-mail taken, weak password, ...)")
    @APIResponse(responseCode = "403", description = "Not the admin")
    public Response open(String body) {
        var admin = currentCaller.get();
        admin.require(Role.ADMIN);
        JsonObject json = JsonBodies.object(body);
        NewAccount form = new NewAccount(
                JsonBodies.string(json, "email").orElse(null),
                JsonBodies.string(json, "displayName").orElse(null),
                JsonBodies.string(json, "country")
                        .map(code -> parse(Country::valueOf, code, "country", "error.country.unknown"))
                        .orElse(null),
                JsonBodies.string(json, "profession")
                        .map(p -> parse(Profession::valueOf, p, "profession", "error.profession.unknown"))
                        .orElse(null),
                JsonBodies.string(json, "language")
                        .map(code -> Language.fromCode(code)
                                .orElseThrow(
                                        () -> new InvalidInputException("language", "error.language.unknown", code)))
                        .orElse(Language.EN));
        AccountAdministration.Opened opened = administration.create(
                admin, form, roles(json), JsonBodies.string(json, "password").orElse(null));
        return Response.status(201)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new OpenedJson(PersonJson.of(opened.account()), opened.oneTimePassword()))
                .build();
    }

    private static Set<Role> roles(JsonObject json) {
        JsonValue value = json.get("roles");
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return EnumSet.of(Role.PARTICIPANT);
        }
        if (!(value instanceof JsonArray array) || !array.stream().allMatch(JsonString.class::isInstance)) {
            throw new InvalidInputException("roles", JsonBodies.MALFORMED);
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        array.getValuesAs(JsonString.class)
                .forEach(role -> roles.add(parse(Role::valueOf, role.getString(), "roles", "error.role.unknown")));
        return roles;
    }

    private static <T> T parse(Function<String, T> valueOf, String code, String field, String messageKey) {
        try {
            return valueOf.apply(code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, messageKey, code);
        }
    }
}
