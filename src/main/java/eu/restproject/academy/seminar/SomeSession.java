package eu.restproject.academy.seminar;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotEmpty;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A seminar has at least one session. Composed for the reason {@link SeminarCity} gives.
 */
@NotEmpty(message = "{seminar.error.noSession}")
@Constraint(validatedBy = {})
@Documented
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
public @interface SomeSession {

    String message() default "{seminar.error.noSession}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
