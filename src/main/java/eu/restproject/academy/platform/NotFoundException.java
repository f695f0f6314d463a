package eu.restproject.academy.platform;

/** What was asked for does not exist (or the caller may not know that it exists). */
public class NotFoundException extends AcademyException {

    public NotFoundException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
