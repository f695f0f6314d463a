package eu.restproject.academy.seminar;

/**
 * Fired, in the closing transaction, when a coordinator closes a session's attendance that was open,
 * so that features built on seminars (certificates) act on final attendance without seminar knowing
 * them.
 */
public record SessionClosed(SeminarSession session) {}
