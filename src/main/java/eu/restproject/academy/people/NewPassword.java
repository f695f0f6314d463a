package eu.restproject.academy.people;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A new password's length, when one is given: {@link AccountRules#PASSWORD_MIN} to
 * {@link AccountRules#PASSWORD_MAX} characters. Whether it is easy to guess stays with
 * {@link AccountRules#checkPassword}: no constraint knows the list of common passwords, nor the
 * e-mail address the password must not contain.
 *
 * <p>Declared once for the API's request bodies and the Faces forms. Each part reports its own
 * message, so that a form or a request body learns exactly what is wrong.
 */
@Size(min = AccountRules.PASSWORD_MIN, message = "{error.password.tooShort}")
@Size(max = AccountRules.PASSWORD_MAX, message = "{error.password.tooLong}")
@Constraint(validatedBy = {})
@Documented
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
public @interface NewPassword {

    String message() default "{error.password.tooShort}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
