package eu.restproject.academy.people;

import java.time.ZoneId;

/** The REST partner countries, by ISO 3166-1 alpha-2 code. Names come from the resource bundles. */
public enum Country {
    AT("Europe/Vienna"), FR("Europe/Paris"), ES("Europe/Madrid"), NL("Europe/Amsterdam"), MD("Europe/Chisinau"),
    RS("Europe/Belgrade");

    private final ZoneId zone;

    Country(String zone) {
        this.zone = ZoneId.of(zone);
    }

    /** The time zone of the country's seminars: session times are local times there. */
    public ZoneId zone() {
        return zone;
    }

    public String messageKey() {
        return "country." + name();
    }
}
