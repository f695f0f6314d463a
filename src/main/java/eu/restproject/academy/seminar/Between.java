package eu.restproject.academy.seminar;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.OverridesAttribute;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A whole number from {@code min} to {@code max}, reported once with both bounds: the message's
 * <code>{1}</code> is the lower and <code>{2}</code> the upper bound (and <code>{0}</code> the upper,
 * as for every limit), which {@code @Min} and {@code @Max} alone could not say together.
 */
@Min(0)
@Max(Long.MAX_VALUE)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Documented
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
public @interface Between {

    @OverridesAttribute(constraint = Min.class, name = "value")
    long min();

    @OverridesAttribute(constraint = Max.class, name = "value")
    long max();

    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
