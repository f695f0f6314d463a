package eu.restproject.academy.seminar;

import eu.restproject.academy.content.Library;
import eu.restproject.academy.people.Account;
import eu.restproject.academy.people.Accounts;
import eu.restproject.academy.people.Caller;
import eu.restproject.academy.people.Country;
import eu.restproject.academy.people.Role;
import eu.restproject.academy.platform.StartFailure;
import eu.restproject.academy.platform.i18n.Language;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * With {@code ACADEMY_DEMO=true} and no seminars yet: one seminar per country, with a session that
 * is under way now (so that check-in and roll call can be tried at once) and one tomorrow, the
 * country's demo trainer assigned and its two demo participants registered.
 */
@Startup
@Singleton
@Interceptors(StartFailure.class)
@DependsOn({"FirstStart", "ContentLoader"})
public class DemoSeminars {

    private static final Logger LOG = Logger.getLogger(DemoSeminars.class.getName());

    private record Local(String title, String description, String city, String venue) {}

    private static final Map<Country, Local> LOCAL = Map.of(
            Country.AT,
                    new Local(
                            "Aufenthaltsrecht für Betroffene von Menschenhandel",
                            "Nationales Seminar zu Erholungs- und Bedenkzeit und Aufenthaltstiteln.",
                            "Wien",
                            "LEFÖ-IBF, Seminarraum"),
            Country.FR,
                    new Local(
                            "Droit au séjour des victimes de la traite",
                            "Séminaire national sur le délai de rétablissement et de réflexion et les titres de séjour.",
                            "Paris",
                            "Maison des associations"),
            Country.ES,
                    new Local(
                            "Residencia de las víctimas de trata",
                            "Seminario nacional sobre el periodo de restablecimiento y reflexión y la autorización de residencia.",
                            "Madrid",
                            "Centro cívico"),
            Country.NL,
                    new Local(
                            "Verblijfsrecht voor slachtoffers van mensenhandel",
                            "Nationaal seminar over de bedenktijd en verblijfsvergunningen.",
                            "Amsterdam",
                            "Vergadercentrum"),
            Country.MD,
                    new Local(
                            "Dreptul de ședere al victimelor traficului de persoane",
                            "Seminar național despre perioada de recuperare și reflecție și permisele de ședere.",
                            "Chișinău",
                            "Centrul de conferințe"),
            Country.RS,
                    new Local(
                            "Pravo boravka žrtava trgovine ljudima",
                            "Nacionalni seminar o periodu oporavka i razmišljanja i dozvolama boravka.",
                            "Beograd",
                            "Konferencijska sala"));

    private static final Map<Country, Language> LANGUAGE = Map.of(
            Country.AT,
            Language.DE,
            Country.FR,
            Language.FR,
            Country.ES,
            Language.ES,
            Country.NL,
            Language.NL,
            Country.MD,
            Language.RO,
            Country.RS,
            Language.SR);

    /** Late in the evening the first session ends at midnight; check-in stays open a while longer to be tried. */
    private static final int DEMO_CLOSES_MINUTES_AFTER = 120;

    @Inject
    @ConfigProperty(name = "academy.demo", defaultValue = "false")
    boolean demo;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Accounts accounts;

    @Inject
    private Seminars seminars;

    @Inject
    private Registrations registrations;

    @Inject
    private Library library;

    @PostConstruct
    void onStart() {
        if (!demo
                || em.createQuery("select count(s) from Seminar s", Long.class).getSingleResult() > 0) {
            return;
        }
        Optional<Account> anyCoordinator = accounts.findByEmail("coordinator.at@example.org");
        if (anyCoordinator.isEmpty()) {
            return;
        }
        Set<String> modules = Set.copyOf(library.someModuleIds(2));
        for (Country country : Country.values()) {
            seed(country, modules);
        }
        LOG.info("REST Academy demo: one seminar per country, its first session under way now");
    }

    private void seed(Country country, Set<String> modules) {
        Optional<Account> coordinator = demoAccount("coordinator", country);
        Optional<Account> trainer = demoAccount("trainer", country);
        if (coordinator.isEmpty() || trainer.isEmpty()) {
            return;
        }
        Caller caller = new Caller(
                coordinator.get().getId(), coordinator.get().getEmail(), EnumSet.of(Role.COORDINATOR), country);
        ZonedDateTime now = ZonedDateTime.now(country.zone()).truncatedTo(ChronoUnit.MINUTES);
        LocalDate today = now.toLocalDate();
        // The first session runs from an hour ago for four hours, kept within today.
        LocalTime start = now.getHour() >= 1 ? now.toLocalTime().minusHours(1) : LocalTime.MIDNIGHT;
        LocalTime end = now.getHour() < 19 ? start.plusHours(4) : LocalTime.of(23, 59);
        Local local = LOCAL.get(country);
        SeminarDetails details = new SeminarDetails(
                Map.of(
                        Language.EN,
                        new SeminarText(
                                "Residence rights of trafficked persons",
                                "National seminar on the recovery and reflection period and residence permits."),
                        LANGUAGE.get(country),
                        new SeminarText(local.title(), local.description())),
                local.city(),
                local.venue(),
                today,
                today.plusDays(1),
                25,
                Set.of(trainer.get().getId()),
                modules,
                SeminarDetails.DEFAULT_ROTATION_SECONDS,
                SeminarDetails.DEFAULT_GRACE_MINUTES,
                SeminarDetails.DEFAULT_OPENS_MINUTES_BEFORE,
                DEMO_CLOSES_MINUTES_AFTER,
                List.of(
                        new SessionDetails(null, today, start, end, "1", new BigDecimal("4.00")),
                        new SessionDetails(
                                null,
                                today.plusDays(1),
                                LocalTime.of(9, 0),
                                LocalTime.of(13, 0),
                                "1",
                                new BigDecimal("4.00"))));
        Seminar seminar = seminars.create(caller, country, details);
        for (int number = 1; number <= 2; number++) {
            demoAccount("participant" + number, country)
                    .ifPresent(p -> registrations.add(caller, seminar.getId(), p.getEmail()));
        }
    }

    private Optional<Account> demoAccount(String localPart, Country country) {
        return accounts.findByEmail(localPart + "." + country.name().toLowerCase(Locale.ROOT) + "@example.org");
    }
}
