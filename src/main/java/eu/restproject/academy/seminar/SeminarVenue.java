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
 * A seminar's venue: required, at most 200 characters, each with its own message.
 *
 * <p>Composed for the reason {@link SeminarCity} gives.
 */
@NotBlank(message = "{seminar.error.required.venue}")
@Size(max = 200, message = "{seminar.error.tooLong}")
@Constraint(validatedBy = {})
@Documented
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
public @interface SeminarVenue {

    String message() default "{seminar.error.required.venue}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
