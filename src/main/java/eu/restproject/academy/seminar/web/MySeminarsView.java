package eu.restproject.academy.seminar.web;

import eu.restproject.academy.people.Caller;
import eu.restproject.academy.people.CurrentCaller;
import eu.restproject.academy.platform.AcademyException;
import eu.restproject.academy.platform.i18n.LanguagePreference;
import eu.restproject.academy.platform.web.FacesMessages;
import eu.restproject.academy.seminar.CheckIns;
import eu.restproject.academy.seminar.MySeminars;
import eu.restproject.academy.seminar.Registration;
import eu.restproject.academy.seminar.RegistrationStatus;
import eu.restproject.academy.seminar.Registrations;
import eu.restproject.academy.seminar.Seminar;
import eu.restproject.academy.seminar.SeminarDates;
import eu.restproject.academy.seminar.SeminarText;
import eu.restproject.academy.seminar.Seminars;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The participant's seminars page: their registrations first (with a cancellation notice where a
 * seminar was cancelled), then the upcoming seminars of their country, joining by code, and links to
 * check in and to certificates.
 */
@Named
@RequestScoped
public class MySeminarsView {

    /** A seminar as participants read it. */
    public record Card(
            long id,
            String title,
            String description,
            String dates,
            String city,
            String venue,
            List<String> sessions,
            long seatsLeft,
            RegistrationStatus status,
            int waitingPosition,
            boolean cancelled,
            String cancelNotice,
            boolean attended) {

        public boolean isActive() {
            return status == RegistrationStatus.REGISTERED || status == RegistrationStatus.WAITING;
        }
    }

    private List<Card> mine = List.of();
    private List<Card> upcoming = List.of();
    private boolean checkInOpen;
    private String code;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private Seminars seminars;

    @Inject
    private Registrations registrations;

    @Inject
    private MySeminars mySeminars;

    @Inject
    private CheckIns checkIns;

    @Inject
    private LanguagePreference languagePreference;

    @PostConstruct
    void load() {
        Caller caller = currentCaller.get();
        Map<Long, Registration> registered = registrations.mine(caller).stream()
                .collect(Collectors.toMap(Registration::getSeminarId, Function.identity()));
        List<Seminar> mineSeminars = registered.keySet().stream()
                .map(seminars::find)
                .flatMap(java.util.Optional::stream)
                .sorted(java.util.Comparator.comparing(Seminar::getStartsOn))
                .toList();
        Set<Long> attended = mySeminars.attended(caller, mineSeminars);
        mine = mineSeminars.stream()
                .map(s -> card(caller, s, registered.get(s.getId()), attended.contains(s.getId())))
                .toList();
        upcoming = seminars.upcoming(caller).stream()
                .filter(s -> !registered.containsKey(s.getId())
                        || !registered.get(s.getId()).isActive())
                .map(s -> card(caller, s, null, false))
                .toList();
        checkInOpen = !checkIns.openSessionsOf(caller).isEmpty();
    }

    private Card card(Caller caller, Seminar seminar, Registration registration, boolean attended) {
        var locale = languagePreference.getLocale();
        SeminarText text = seminar.text(languagePreference.getLanguage());
        RegistrationStatus status = registration == null ? null : registration.getStatus();
        int position = status == RegistrationStatus.WAITING ? mySeminars.waitingPosition(caller, seminar.getId()) : 0;
        return new Card(
                seminar.getId(),
                text.getTitle(),
                text.getDescription(),
                SeminarDates.dates(seminar, locale),
                seminar.getCity(),
                seminar.getVenue(),
                seminar.getSessions().stream()
                        .map(s -> SeminarDates.session(s, locale) + " · " + s.getRoom())
                        .toList(),
                Math.max(0, seminar.getCapacity() - registrations.seatsTaken(seminar.getId())),
                status,
                position,
                seminar.isCancelled(),
                seminar.getCancelNotice(),
                attended);
    }

    public String withdraw(long seminarId) {
        try {
            Caller caller = currentCaller.get();
            registrations.cancel(caller, seminarId, caller.accountId());
            return back("seminars.mine.withdrawn");
        } catch (AcademyException refusal) {
            FacesMessages.refusal("mine", refusal);
            return null;
        }
    }

    public String join() {
        try {
            Registration registration = registrations.join(currentCaller.get(), code);
            return back(
                    registration.getStatus() == RegistrationStatus.WAITING
                            ? "seminars.join.waiting"
                            : "seminars.join.registered");
        } catch (AcademyException refusal) {
            FacesMessages.refusal("join", refusal);
            return null;
        }
    }

    static String back(String messageKey) {
        FacesMessages.info(messageKey);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/seminars/index?faces-redirect=true";
    }

    public List<Card> getMine() {
        return mine;
    }

    public List<Card> getUpcoming() {
        return upcoming;
    }

    public boolean isCheckInOpen() {
        return checkInOpen;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
