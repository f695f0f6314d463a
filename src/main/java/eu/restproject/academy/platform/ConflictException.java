package eu.restproject.academy.platform;

/**
 * Input that would be acceptable, for something that no longer takes it: a submitted attempt, a
 * quiz whose time is up, a case-study step already taken. The API answers 409.
 */
public class ConflictException extends InvalidInputException {

    public ConflictException(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
