package eu.restproject.academy.quiz.gift;

import java.util.List;

/** A GIFT text and the notes on what GIFT could not hold. */
public record GiftExport(String text, List<GiftNote> notes) {

    public GiftExport {
        notes = List.copyOf(notes);
    }
}
