package eu.restproject.academy.platform;

/**
 * A refusal the user should understand. It carries a resource-bundle key (and arguments), not a
 * sentence, so that pages can say it in the reader's language and the API can name it.
 */
public abstract class AcademyException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    protected AcademyException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
