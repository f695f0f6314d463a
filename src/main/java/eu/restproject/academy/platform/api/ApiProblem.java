package eu.restproject.academy.platform.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** One problem of a refused request body: the JSON member it concerns, its message key and text. */
@JsonbPropertyOrder({"field", "error", "message"})
public record ApiProblem(String field, String error, String message) {}
