package eu.restproject.academy.people;

import eu.restproject.academy.platform.security.Throttle;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Bounds self-registrations per source address ({@code academy.registration.max-per-hour}), which
 * stops mass account creation and bulk probing. The default leaves room for a seminar room full of
 * people registering behind one shared address.
 */
@ApplicationScoped
public class RegistrationThrottle {

    @Inject
    @ConfigProperty(name = "academy.registration.max-per-hour", defaultValue = "30")
    int maxPerHour;

    private Throttle perSource;

    @PostConstruct
    void init() {
        perSource = new Throttle(maxPerHour, Duration.ofHours(1), Duration.ofHours(1));
    }

    /** Counts a registration from {@code source}, or refuses it once the source has had its share. */
    public void admit(String source) {
        perSource.requireOpen(source, "register.throttled");
        perSource.record(source);
    }
}
