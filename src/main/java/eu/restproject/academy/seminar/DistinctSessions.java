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
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A stored session appears at most once in a seminar's sessions: an edit that listed it twice
 * would describe one session two ways. Each repetition is reported at {@code sessions[i]}.
 */
@Constraint(validatedBy = DistinctSessions.Check.class)
@Documented
@Target(TYPE)
@Retention(RUNTIME)
public @interface DistinctSessions {

    String message() default "{seminar.error.sessionTwice}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Applies {@link DistinctSessions}. */
    class Check implements ConstraintValidator<DistinctSessions, SeminarDetails> {

        @Override
        public boolean isValid(SeminarDetails seminar, ConstraintValidatorContext context) {
            if (seminar == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            boolean valid = true;
            Set<Long> seen = new HashSet<>();
            List<SessionDetails> sessions = seminar.sessions();
            for (int i = 0; i < sessions.size(); i++) {
                Long id = sessions.get(i).id();
                if (id != null && !seen.add(id)) {
                    context.buildConstraintViolationWithTemplate("{seminar.error.sessionTwice}")
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
