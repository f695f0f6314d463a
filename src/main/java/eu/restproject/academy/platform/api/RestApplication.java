package eu.restproject.academy.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The JSON API. Every call needs a personal API token, except creating one with e-mail and password;
 * the OpenAPI document is at {@code /openapi}. Errors are {@code {"error": key, "message": text}}, the
 * text in the language of {@code ?lang=} or {@code Accept-Language}; a request body refused by its
 * constraints adds {@code "problems"}, one per field ({@link ValidationMapper}). Jersey's WADL is off: it would
 * describe the API a second time and name the Jersey version.
 */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "REST Academy API",
                        version = "1",
                        description =
                                "Training and seminar platform of the REST project. Authenticate with a personal API token "
                                        + "(create one on your profile page) as 'Authorization: Bearer <token>'."),
        security = @SecurityRequirement(name = "token"))
@SecurityScheme(
        securitySchemeName = "token",
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        description = "Personal API token")
@SecurityScheme(
        securitySchemeName = "basic",
        type = SecuritySchemeType.HTTP,
        scheme = "basic",
        description = "E-mail and password; only for creating a token (POST /api/v1/tokens)")
public class RestApplication extends Application {

    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
