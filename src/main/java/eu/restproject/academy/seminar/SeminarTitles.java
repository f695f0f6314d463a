package eu.restproject.academy.seminar;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import eu.restproject.academy.platform.i18n.Language;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A seminar has a title in at least one language, and every language it has a text in has a title
 * there: a description alone would show up without a heading. A missing title is reported under
 * {@code texts[language]}, so that the message names the language and the form puts it beside that
 * language's title.
 */
@Constraint(validatedBy = SeminarTitles.Check.class)
@Documented
@Target(TYPE)
@Retention(RUNTIME)
public @interface SeminarTitles {

    String message() default "{seminar.error.title}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Applies {@link SeminarTitles}. */
    class Check implements ConstraintValidator<SeminarTitles, SeminarDetails> {

        @Override
        public boolean isValid(SeminarDetails seminar, ConstraintValidatorContext context) {
            if (seminar == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            if (seminar.texts().values().stream().allMatch(text -> blank(text.getTitle()))) {
                context.buildConstraintViolationWithTemplate("{seminar.error.title}")
                        .addPropertyNode("texts")
                        .addConstraintViolation();
                return false;
            }
            boolean valid = true;
            for (Language language : Language.values()) {
                SeminarText text = seminar.texts().get(language);
                if (text != null && blank(text.getTitle())) {
                    context.buildConstraintViolationWithTemplate("{seminar.error.titleMissing}")
                            .addPropertyNode("texts")
                            .addBeanNode()
                            .inIterable()
                            .atKey(language)
                            .addConstraintViolation();
                    valid = false;
                }
            }
            return valid;
        }

        private static boolean blank(String value) {
            return value == null || value.isBlank();
        }
    }
}
