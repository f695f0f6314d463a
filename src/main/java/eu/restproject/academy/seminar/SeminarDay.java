package eu.restproject.academy.seminar;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotNull;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A seminar's first or last day: required. Composed for the reason {@link SeminarCity} gives.
 */
@NotNull(message = "{seminar.error.dates}")
@Constraint(validatedBy = {})
@Documented
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
public @interface SeminarDay {

    String message() default "{seminar.error.dates}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
