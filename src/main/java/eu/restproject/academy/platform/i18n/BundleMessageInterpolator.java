package eu.restproject.academy.platform.i18n;

import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import java.util.Locale;

/**
 * Routes Bean Validation messages to our bundles ({@link ConstraintMessages}) instead of the
 * provider's {@code ValidationMessages}, so that Faces shows a constraint's message in the page's
 * language. Configured in {@code META-INF/validation.xml}; a template naming no key of ours (a
 * library's constraint) keeps the provider's own message.
 */
public class BundleMessageInterpolator implements MessageInterpolator {

    /** Made on first use: making it while the provider reads this class from validation.xml could loop. */
    private MessageInterpolator standard;

    @Override
    public String interpolate(String template, Context context) {
        return interpolate(template, context, Locale.getDefault());
    }

    @Override
    public String interpolate(String template, Context context, Locale locale) {
        return ConstraintMessages.format(
                        locale, template, context.getConstraintDescriptor().getAttributes())
                .orElseGet(() -> standard().interpolate(template, context, locale));
    }

    private synchronized MessageInterpolator standard() {
        if (standard == null) {
            standard = Validation.byDefaultProvider().configure().getDefaultMessageInterpolator();
        }
        return standard;
    }
}
