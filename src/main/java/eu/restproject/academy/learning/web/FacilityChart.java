package eu.restproject.academy.learning.web;

import eu.restproject.academy.quiz.statistics.QuestionFigures;
import eu.restproject.academy.quiz.statistics.QuizFigures;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

/**
 * The Chart.js configuration that PrimeFaces' {@code p:chart} draws: one horizontal bar per
 * question, its facility index on a fixed 0–100 scale, so that charts of different quizzes or
 * countries read alike. Built as JSON, never by string concatenation, so that labels are escaped.
 */
final class FacilityChart {

    private static final String BAR_COLOUR = "#1d5b79";

    private FacilityChart() {}

    static String json(QuizFigures figures, String label) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (QuestionFigures question : figures.questions()) {
            labels.add(question.questionId());
            if (question.facility().isPresent()) {
                data.add(question.facility().get());
            } else {
                data.addNull();
            }
        }
        JsonObject config = Json.createObjectBuilder()
                .add("type", "bar")
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add("labels", labels)
                                .add(
                                        "datasets",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add("label", label)
                                                        .add("data", data)
                                                        .add("backgroundColor", BAR_COLOUR))))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("indexAxis", "y")
                                .add("responsive", true)
                                .add("maintainAspectRatio", false)
                                .add("animation", false)
                                .add(
                                        "scales",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "x",
                                                        Json.createObjectBuilder()
                                                                .add("min", 0)
                                                                .add("max", 100)))
                                .add(
                                        "plugins",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "legend",
                                                        Json.createObjectBuilder()
                                                                .add("display", false))))
                .build();
        return config.toString();
    }
}
