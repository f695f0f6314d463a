package eu.restproject.academy.content;

import eu.restproject.academy.platform.UnfitInputException;

/**
 * The uploaded file is not a zip archive, or a damaged or empty one, so there are no files to
 * check. People get the translated key; authors at the command line get {@link #reason()}.
 */
public class UnreadableArchiveException extends UnfitInputException {

    private final String reason;

    UnreadableArchiveException(String reason) {
        super("archive", "modules.upload.unreadable");
        this.reason = reason;
    }

    /** What is wrong with the archive, in English, for the command-line validator. */
    public String reason() {
        return reason;
    }
}
