package eu.restproject.academy.people;

/** The REST partner countries, by ISO 3166-1 alpha-2 code. Names come from the resource bundles. */
public enum Country {
    AT, FR, ES, NL, MD, RS;

    public String messageKey() {
        return "country." + name();
    }
}
