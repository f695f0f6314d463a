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
 * An account's e-mail address as entered: required, at most {@link AccountRules#EMAIL_MAX}
 * characters, of the form {@link AccountRules#EMAIL_FORM}. The same messages as
 * {@link AccountRules#checkEmail}, which the services still apply to what reaches them otherwise
 * (a CSV import, the start-up settings).
 *
 * <p>Declared once for the API's request bodies and the Faces forms. Each part reports its own
 * message, so that a form or a request body learns exactly what is wrong.
 */
@NotBlank(message = "{error.email.required}")
@Size(max = AccountRules.EMAIL_MAX, message = "{error.email.tooLong}")
@Pattern(regexp = AccountRules.EMAIL_FORM, message = "{error.email.malformed}")
@Constraint(validatedBy = {})
@Documented
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
public @interface AccountEmail {

    String message() default "{error.email.malformed}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
