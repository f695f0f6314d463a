package eu.restproject.academy.people;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/** The REST partner countries, by ISO 3166-1 alpha-2 code. Names come from the resource bundles. */
public enum Country {
    AT("Europe/Vienna"),
    FR("Europe/Paris"),
    ES("Europe/Madrid"),
    NL("Europe/Amsterdam"),
    MD("Europe/Chisinau"),
    RS("Europe/Belgrade");

    private final ZoneId zone;

    Country(String zone) {
        this.zone = ZoneId.of(zone);
    }

    /** The time zone of the country's seminars: session times are local times there. */
    public ZoneId zone() {
        return zone;
    }

    /** The partner country with this code, in any case and with blanks around it ignored. */
    public static Optional<Country> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(code.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public String messageKey() {
        return "country." + name();
    }
}
