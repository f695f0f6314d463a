package eu.restproject.academy.people.api;

import eu.restproject.academy.people.AccountAdministration;
import eu.restproject.academy.people.Country;
import eu.restproject.academy.people.CurrentCaller;
import eu.restproject.academy.people.NewAccount;
import eu.restproject.academy.people.Profession;
import eu.restproject.academy.people.Role;
import eu.restproject.academy.platform.InvalidInputException;
import eu.restproject.academy.platform.JsonBodies;
import eu.restproject.academy.platform.i18n.Language;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.EnumSet;
import java.util.List;
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

    @Inject
    private Validator validator;

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
            description = "Unreadable body or values the rules refuse (e-mail taken, weak password, ...); "
                    + "'problems' lists every field the constraints refuse")
    @APIResponse(responseCode = "403", description = "Not the admin")
    public Response open(@NotNull(message = "{" + JsonBodies.MALFORMED + "}") AccountJson body) {
        var admin = currentCaller.get();
        admin.require(Role.ADMIN);
        // Checked here rather than with @Valid, which would run first: only the admin learns what is wrong.
        Set<ConstraintViolation<AccountJson>> problems = validator.validate(body);
        if (!problems.isEmpty()) {
            throw new ConstraintViolationException(problems);
        }
        NewAccount form = new NewAccount(
                body.email(),
                body.displayName(),
                body.country() == null
                        ? null
                        : parse(Country::valueOf, body.country(), "country", "error.country.unknown"),
                body.profession() == null
                        ? null
                        : parse(Profession::valueOf, body.profession(), "profession", "error.profession.unknown"),
                body.language() == null
                        ? Language.EN
                        : Language.fromCode(body.language())
                                .orElseThrow(() -> new InvalidInputException(
                                        "language", "error.language.unknown", body.language())));
        AccountAdministration.Opened opened = administration.create(admin, form, roles(body.roles()), body.password());
        return Response.status(201)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new OpenedJson(PersonJson.of(opened.account()), opened.oneTimePassword()))
                .build();
    }

    private static Set<Role> roles(List<String> names) {
        if (names == null) {
            return EnumSet.of(Role.PARTICIPANT);
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names) {
            if (name == null) {
                throw new InvalidInputException("roles", JsonBodies.MALFORMED);
            }
            roles.add(parse(Role::valueOf, name, "roles", "error.role.unknown"));
        }
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
