package eu.restproject.academy.seminar;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A session has a day, a start and an end, and ends after it starts. One problem per session
 * rather than one per missing value, since the message asks for all three.
 */
@Constraint(validatedBy = SessionTimes.Check.class)
@Documented
@Target(TYPE)
@Retention(RUNTIME)
public @interface SessionTimes {

    String message() default "{seminar.error.sessionTime}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Applies {@link SessionTimes}. */
    class Check implements ConstraintValidator<SessionTimes, SessionDetails> {

        @Override
        public boolean isValid(SessionDetails session, ConstraintValidatorContext context) {
            if (session == null) {
                return true;
            }
            if (session.heldOn() == null || session.startsAt() == null || session.endsAt() == null) {
                return false;
            }
            if (!session.endsAt().isAfter(session.startsAt())) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate("{seminar.error.sessionEndBeforeStart}")
                        .addConstraintViolation();
                return false;
            }
            return true;
        }
    }
}
