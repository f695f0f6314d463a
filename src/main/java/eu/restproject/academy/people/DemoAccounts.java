package eu.restproject.academy.people;

import eu.restproject.academy.platform.i18n.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * The demo cast: per country a trainer, a coordinator and two participants, so that a newcomer can
 * try every role and see the country scope at work. All e-mails are at example.org.
 */
@ApplicationScoped
class DemoAccounts {

    private record Person(Country country, Role role, String name, Profession profession, int number) {
        String email() {
            String local = role == Role.PARTICIPANT ? "participant" + number : role.groupName();
            return local + "." + country.name().toLowerCase(Locale.ROOT) + "@example.org";
        }
    }

    private static final List<Person> CAST = List.of(
            new Person(Country.AT, Role.TRAINER, "Anna Berger", Profession.LAWYER, 0),
            new Person(Country.AT, Role.COORDINATOR, "Markus Huber", Profession.NGO_STAFF, 0),
            new Person(Country.AT, Role.PARTICIPANT, "Lena Gruber", Profession.SOCIAL_WORKER, 1),
            new Person(Country.AT, Role.PARTICIPANT, "Tobias Wimmer", Profession.POLICE, 2),
            new Person(Country.FR, Role.TRAINER, "Claire Martin", Profession.LAWYER, 0),
            new Person(Country.FR, Role.COORDINATOR, "Julien Moreau", Profession.NGO_STAFF, 0),
            new Person(Country.FR, Role.PARTICIPANT, "Sophie Lefèvre", Profession.ASYLUM_OFFICER, 1),
            new Person(Country.FR, Role.PARTICIPANT, "Hugo Laurent", Profession.LABOUR_INSPECTOR, 2),
            new Person(Country.ES, Role.TRAINER, "Lucía García", Profession.LAWYER, 0),
            new Person(Country.ES, Role.COORDINATOR, "Javier Martínez", Profession.NGO_STAFF, 0),
            new Person(Country.ES, Role.PARTICIPANT, "Carmen López", Profession.SOCIAL_WORKER, 1),
            new Person(Country.ES, Role.PARTICIPANT, "Diego Sánchez", Profession.POLICE, 2),
            new Person(Country.NL, Role.TRAINER, "Sanne de Vries", Profession.SOCIAL_WORKER, 0),
            new Person(Country.NL, Role.COORDINATOR, "Daan Jansen", Profession.NGO_STAFF, 0),
            new Person(Country.NL, Role.PARTICIPANT, "Emma Bakker", Profession.LABOUR_INSPECTOR, 1),
            new Person(Country.NL, Role.PARTICIPANT, "Lars Visser", Profession.ASYLUM_OFFICER, 2),
            new Person(Country.MD, Role.TRAINER, "Ana Rusu", Profession.LAWYER, 0),
            new Person(Country.MD, Role.COORDINATOR, "Ion Ceban", Profession.NGO_STAFF, 0),
            new Person(Country.MD, Role.PARTICIPANT, "Elena Popa", Profession.SOCIAL_WORKER, 1),
            new Person(Country.MD, Role.PARTICIPANT, "Victor Lungu", Profession.JUDGE_PROSECUTOR, 2),
            new Person(Country.RS, Role.TRAINER, "Milica Jovanović", Profession.SOCIAL_WORKER, 0),
            new Person(Country.RS, Role.COORDINATOR, "Nikola Petrović", Profession.NGO_STAFF, 0),
            new Person(Country.RS, Role.PARTICIPANT, "Jelena Nikolić", Profession.HEALTH_PROFESSIONAL, 1),
            new Person(Country.RS, Role.PARTICIPANT, "Marko Ilić", Profession.POLICE, 2));

    @Inject
    private Accounts accounts;

    /**
     * Creates the cast with one password hash for all: they share one password by design, and
     * hashing it 24 times would only slow the first start.
     */
    int create(String passwordHash) {
        Instant now = Instant.now();
        for (Person person : CAST) {
            Language language = languageOf(person.country());
            Account account = new Account(person.email(), person.name(), language, passwordHash);
            account.describe(person.name(), person.profession(), language);
            account.assignRoles(EnumSet.of(person.role()), person.country());
            account.acceptPrivacyNotice(now);
            accounts.add(account);
        }
        return CAST.size();
    }

    private static Language languageOf(Country country) {
        return switch (country) {
            case AT -> Language.DE;
            case FR -> Language.FR;
            case ES -> Language.ES;
            case NL -> Language.NL;
            case MD -> Language.RO;
            case RS -> Language.SR;
        };
    }
}
