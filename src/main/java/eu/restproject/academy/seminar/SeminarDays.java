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
import java.util.List;

/**
 * A seminar ends on or after its first day, and each of its sessions is held within its days.
 * The end is reported at {@code endsOn}, a session outside at {@code sessions[i]}, so that its
 * message names the session's number. While the end precedes the start, the sessions are not
 * compared with the dates: every one would be outside, and the dates are what to fix.
 */
@Constraint(validatedBy = SeminarDays.Check.class)
@Documented
@Target(TYPE)
@Retention(RUNTIME)
public @interface SeminarDays {

    String message() default "{seminar.error.endBeforeStart}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Applies {@link SeminarDays}. */
    class Check implements ConstraintValidator<SeminarDays, SeminarDetails> {

        @Override
        public boolean isValid(SeminarDetails seminar, ConstraintValidatorContext context) {
            if (seminar == null || seminar.startsOn() == null || seminar.endsOn() == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            if (seminar.endsOn().isBefore(seminar.startsOn())) {
                context.buildConstraintViolationWithTemplate("{seminar.error.endBeforeStart}")
                        .addPropertyNode("endsOn")
                        .addConstraintViolation();
                return false;
            }
            boolean valid = true;
            List<SessionDetails> sessions = seminar.sessions();
            for (int i = 0; i < sessions.size(); i++) {
                SessionDetails session = sessions.get(i);
                if (session.heldOn() != null
                        && (session.heldOn().isBefore(seminar.startsOn())
                                || session.heldOn().isAfter(seminar.endsOn()))) {
                    context.buildConstraintViolationWithTemplate("{seminar.error.sessionOutside}")
                            .addPropertyNode("sessions")
                            .addBeanNode()
                            .inIterable()
                            .atIndex(i)
                            .addConstraintViolation();
                    valid = false;
                }
            }
            return valid;
        }
    }
}
