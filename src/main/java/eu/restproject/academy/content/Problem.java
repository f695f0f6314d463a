package eu.restproject.academy.content;

/** One thing wrong with a bundle: the file (relative to the bundle), the 1-based line (0 when none applies), and what is wrong. */
public record Problem(String file, int line, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
