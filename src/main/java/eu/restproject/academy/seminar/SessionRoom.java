package eu.restproject.academy.seminar;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A session's room: required, at most 100 characters. One message for both, which names the
 * session by its number (the message's <code>{0}</code>, see {@code ConstraintMessages}).
 */
@NotBlank
@Size(max = 100)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Documented
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
public @interface SessionRoom {

    String message() default "{seminar.error.sessionRoom}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
