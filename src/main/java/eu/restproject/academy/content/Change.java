package eu.restproject.academy.content;

import java.util.Locale;

/** How a lesson relates to the lesson with the same id in the module's previous version. */
public enum Change {
    NEW,
    UNCHANGED,
    EDITORIAL,
    SUBSTANTIVE;

    /** Whether a learner who completed the earlier lesson keeps the completion. */
    public boolean keepsCompletion() {
        return this == UNCHANGED || this == EDITORIAL;
    }

    public boolean needsNote() {
        return this == EDITORIAL || this == SUBSTANTIVE;
    }

    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
