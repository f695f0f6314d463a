package eu.restproject.academy.quiz.gift;

/** Ends the reading of one question that cannot be imported, with the note that says why; never leaves the reader. */
final class SkippedQuestion extends Exception {

    private final transient GiftNote note;

    SkippedQuestion(GiftNote note) {
        super(note.key(), null, false, false);
        this.note = note;
    }

    GiftNote note() {
        return note;
    }
}
