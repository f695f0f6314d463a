package eu.restproject.academy.seminar;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The hours a session credits: more than 0, at most 24, with at most two decimals (quarter hours
 * fit). One message for all of it, naming the session by its number.
 */
@NotNull
@Positive
@DecimalMax("24")
@Digits(integer = 2, fraction = 2)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Documented
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
public @interface SessionHours {

    String message() default "{seminar.error.sessionHours}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
