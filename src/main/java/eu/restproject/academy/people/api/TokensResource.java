package eu.restproject.academy.people.api;

import eu.restproject.academy.people.ApiTokens;
import eu.restproject.academy.people.TokenSignIn;
import eu.restproject.academy.platform.JsonBodies;
import eu.restproject.academy.platform.api.ApiError;
import eu.restproject.academy.platform.api.ApiLanguage;
import eu.restproject.academy.platform.i18n.Language;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Personal API tokens for mobile clients and scripts, in exchange for e-mail and password. */
@Path("tokens")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TokensResource {

    static final String DEFAULT_NAME = "API client";

    /** A token just created; {@code token} is shown this once and cannot be recovered. */
    public record IssuedJson(long id, String name, String prefix, Instant createdAt, String token) {}

    @Inject
    private TokenSignIn signIn;

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uri;

    @POST
    @SecurityRequirement(name = "basic")
    @Operation(
            summary = "Create a personal API token with e-mail and password (HTTP Basic); the token is shown once",
            description =
                    "Counts against the same sign-in throttle as the sign-in page: after 5 failures for an e-mail from one "
                            + "address, or 30 from one address whatever the e-mails, that address is refused for 15 minutes. "
                            + "Accounts that must change their password first get no token.")
    @RequestBody(description = "Optional: {\"name\": \"my phone\"} (1 to 60 characters)")
    @APIResponse(responseCode = "201", description = "The token, shown this once")
    @APIResponse(responseCode = "400", description = "Unreadable body or unacceptable token name")
    @APIResponse(responseCode = "401", description = "No Basic credentials, or wrong e-mail or password")
    @APIResponse(
            responseCode = "403",
            description = "The account must change its password on the website first, or confirm its e-mail address")
    @APIResponse(responseCode = "429", description = "Too many failed attempts from this address; wait and try again")
    public Response create(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, String body) {
        Language language = ApiLanguage.of(uri, headers);
        String name = JsonBodies.string(JsonBodies.object(body), "name").orElse(DEFAULT_NAME);
        String[] credentials = basic(authorization);
        if (credentials == null) {
            return challenge(ApiError.response(401, language, "error.token.credentials"));
        }
        TokenSignIn.Outcome outcome = signIn.issue(credentials[0], credentials[1], name);
        if (outcome.issued().isEmpty()) {
            return switch (outcome.refusal()) {
                case THROTTLED -> ApiError.response(429, language, "signIn.throttled", signIn.lockMinutes());
                case MUST_CHANGE_PASSWORD -> ApiError.response(403, language, "error.token.passwordChange");
                case UNCONFIRMED -> ApiError.response(403, language, "error.account.unconfirmed");
                case INVALID -> challenge(ApiError.response(401, language, "signIn.failed"));
            };
        }
        ApiTokens.Issued issued = outcome.issued().get();
        return Response.status(201)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new IssuedJson(
                        issued.token().getId(),
                        issued.token().getName(),
                        issued.token().getPrefix(),
                        issued.token().getCreatedAt(),
                        issued.secret()))
                .build();
    }

    /** E-mail and password from an {@code Authorization: Basic} header, or null when there are none. */
    private static String[] basic(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(
                    Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Response challenge(Response response) {
        return Response.fromResponse(response)
                .header("WWW-Authenticate", "Basic realm=\"REST Academy\", charset=\"UTF-8\"")
                .build();
    }
}
