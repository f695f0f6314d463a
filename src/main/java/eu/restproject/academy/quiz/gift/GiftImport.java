package eu.restproject.academy.quiz.gift;

import eu.restproject.academy.quiz.Quiz;
import java.util.List;

/** The questions read from a GIFT text, and the notes on what could not be taken over as written. */
public record GiftImport(List<Imported> questions, List<GiftNote> notes) {

    public GiftImport {
        questions = List.copyOf(questions);
        notes = List.copyOf(notes);
    }

    /**
     * A question with the line it starts on, its tags (from {@code $CATEGORY} and {@code [tag:…]}
     * comments) and the id the file asked for, which its id differs from when that was taken.
     */
    public record Imported(Quiz.Item item, int line, List<String> tags, String requestedId) {
        public Imported {
            tags = List.copyOf(tags);
        }

        public String id() {
            return item.question().id();
        }
    }

    public boolean hasErrors() {
        return notes.stream().anyMatch(GiftNote::isError);
    }
}
