package eu.restproject.academy.seminar;

/** How a participant came to be registered. */
public enum RegistrationChannel {
    INVITATION,
    COORDINATOR,
    IMPORT
}
