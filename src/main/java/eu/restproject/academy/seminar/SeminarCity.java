package eu.restproject.academy.seminar;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A seminar's city: required, at most 100 characters, each with its own message.
 *
 * <p>A composed constraint rather than the standard ones on the record component, which would also
 * land on {@link SeminarDetails}' constructor parameter, where Payara's OpenAPI scanner takes
 * them for a resource parameter and fails the whole {@code /openapi} document.
 */
@NotBlank(message = "{seminar.error.required.city}")
@Size(max = 100, message = "{seminar.error.tooLong}")
@Constraint(validatedBy = {})
@Documented
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
public @interface SeminarCity {

    String message() default "{seminar.error.required.city}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
