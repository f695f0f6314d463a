package eu.restproject.academy.quiz;

/** The score for one answer; {@code awaitingTrainer} for essays until a trainer grades them. */
public record Grade(Score score, boolean awaitingTrainer) {

    static Grade of(Score score) {
        return new Grade(score, false);
    }
}
