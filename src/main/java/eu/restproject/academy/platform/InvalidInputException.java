package eu.restproject.academy.platform;

/** A value the user entered is not acceptable; {@link #field()} names the form field it belongs to. */
public class InvalidInputException extends AcademyException {

    private final String field;

    public InvalidInputException(String field, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
