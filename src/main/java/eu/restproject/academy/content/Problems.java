package eu.restproject.academy.content;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem of a bundle, so that an author sees them all at once, not one per attempt. */
final class Problems {

    private final List<Problem> found = new ArrayList<>();

    void add(String file, int line, String message) {
        found.add(new Problem(file, line, message));
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    List<Problem> list() {
        return List.copyOf(found);
    }
}
