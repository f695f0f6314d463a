package eu.restproject.academy.platform;

/**
 * Well-formed input that does not fit what it is for: a question the quiz does not have, an option
 * the question does not offer. The API answers 422, and keeps 400 for input it cannot read at all.
 */
public class UnfitInputException extends InvalidInputException {

    public UnfitInputException(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
