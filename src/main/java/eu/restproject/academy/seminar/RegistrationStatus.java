package eu.restproject.academy.seminar;

/** Where a registration stands: a seat, a place in the waiting list, or withdrawn. */
public enum RegistrationStatus {
    REGISTERED,
    WAITING,
    CANCELLED;

    public String messageKey() {
        return "registration.status." + name();
    }
}
