package eu.restproject.academy.people;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A person's name as entered: required, at most {@link AccountRules#NAME_MAX} characters, no
 * control characters. The same messages as {@link AccountRules#checkDisplayName}, which the
 * services still apply.
 *
 * <p>Declared once for the API's request bodies and the Faces forms. Each part reports its own
 * message, so that a form or a request body learns exactly what is wrong.
 */
@NotBlank(message = "{error.name.required}")
@Size(max = AccountRules.NAME_MAX, message = "{error.name.tooLong}")
@Pattern(regexp = AccountRules.NAME_FORM, message = "{error.name.malformed}")
@Constraint(validatedBy = {})
@Documented
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
public @interface DisplayName {

    String message() default "{error.name.malformed}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
