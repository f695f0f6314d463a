package eu.restproject.academy.platform;

/** The caller may not do this or see this: another country's data, another person's account, a missing role. */
public class AccessDeniedException extends AcademyException {

    public AccessDeniedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
