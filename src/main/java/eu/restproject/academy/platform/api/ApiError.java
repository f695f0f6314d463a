package eu.restproject.academy.platform.api;

/** The body of every API error: a stable code for programs and an English sentence for people. */
public record ApiError(String error, String message) {
}
