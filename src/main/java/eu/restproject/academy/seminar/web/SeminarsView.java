package eu.restproject.academy.seminar.web;

import eu.restproject.academy.people.Caller;
import eu.restproject.academy.people.Country;
import eu.restproject.academy.people.CurrentCaller;
import eu.restproject.academy.people.Role;
import eu.restproject.academy.platform.AcademyException;
import eu.restproject.academy.platform.i18n.LanguagePreference;
import eu.restproject.academy.platform.web.FacesMessages;
import eu.restproject.academy.seminar.Registrations;
import eu.restproject.academy.seminar.Seminar;
import eu.restproject.academy.seminar.SeminarDates;
import eu.restproject.academy.seminar.Seminars;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;

/**
 * Staff's list of seminars: their own country's, or for the admin all countries or the one in the
 * address ({@code ?country=FR}).
 */
@Named
@RequestScoped
public class SeminarsView {

    /** One seminar as the list shows it. */
    public record Row(
            long id,
            String title,
            String dates,
            String city,
            Country country,
            long taken,
            int capacity,
            long waiting,
            boolean cancelled) {}

    private String country;
    private List<Row> rows = List.of();
    private boolean denied;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private Seminars seminars;

    @Inject
    private Registrations registrations;

    @Inject
    private LanguagePreference languagePreference;

    public void load() {
        Caller caller = currentCaller.get();
        Country asked = country == null
                ? null
                : Arrays.stream(Country.values())
                        .filter(c -> c.name().equals(country))
                        .findFirst()
                        .orElse(null);
        if (country != null && asked == null) {
            denied = true;
            FacesMessages.error("error.country.unknown", country);
            return;
        }
        try {
            rows = seminars.forStaff(caller, asked).stream().map(this::row).toList();
        } catch (AcademyException refusal) {
            denied = true;
            FacesMessages.error(refusal.messageKey(), refusal.arguments());
        }
    }

    private Row row(Seminar seminar) {
        return new Row(
                seminar.getId(),
                seminar.title(languagePreference.getLanguage()),
                SeminarDates.dates(seminar, languagePreference.getLocale()),
                seminar.getCity(),
                seminar.getCountry(),
                registrations.seatsTaken(seminar.getId()),
                seminar.getCapacity(),
                registrations.waiting(seminar.getId()),
                seminar.isCancelled());
    }

    public boolean isMayCreate() {
        return currentCaller
                .find()
                .map(c -> c.has(Role.ADMIN) || c.has(Role.COORDINATOR))
                .orElse(false);
    }

    public boolean isAdmin() {
        return currentCaller.isAdmin();
    }

    public Country[] getCountries() {
        return Country.values();
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public List<Row> getRows() {
        return rows;
    }

    public boolean isDenied() {
        return denied;
    }
}
