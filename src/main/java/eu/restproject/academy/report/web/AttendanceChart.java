package eu.restproject.academy.report.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.List;

/**
 * The Chart.js configuration that PrimeFaces' {@code p:chart} draws: two bars per group (a session,
 * a seminar or a country), people registered and people who attended. Built as JSON, never by
 * string concatenation, so that seminar titles are escaped.
 */
final class AttendanceChart {

    private static final String REGISTERED_COLOUR = "#9fb7c6";
    private static final String ATTENDED_COLOUR = "#1d5b79";

    /** One group of bars. */
    record Bar(String label, long registered, long attended) {}

    private AttendanceChart() {}

    static String json(List<Bar> bars, String registeredLabel, String attendedLabel) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder registered = Json.createArrayBuilder();
        JsonArrayBuilder attended = Json.createArrayBuilder();
        for (Bar bar : bars) {
            labels.add(bar.label());
            registered.add(bar.registered());
            attended.add(bar.attended());
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add("labels", labels)
                                .add(
                                        "datasets",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add("label", registeredLabel)
                                                        .add("data", registered)
                                                        .add("backgroundColor", REGISTERED_COLOUR))
                                                .add(Json.createObjectBuilder()
                                                        .add("label", attendedLabel)
                                                        .add("data", attended)
                                                        .add("backgroundColor", ATTENDED_COLOUR))))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("responsive", true)
                                .add("maintainAspectRatio", false)
                                .add("animation", false)
                                .add(
                                        "scales",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "y",
                                                        Json.createObjectBuilder()
                                                                .add("beginAtZero", true)
                                                                .add(
                                                                        "ticks",
                                                                        Json.createObjectBuilder()
                                                                                .add("precision", 0)))))
                .build()
                .toString();
    }
}
