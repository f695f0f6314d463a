package eu.restproject.academy.seminar.web;

import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.seminar.Seminar;
import eu.restproject.academy.seminar.SeminarDetails;
import eu.restproject.academy.seminar.SeminarSession;
import eu.restproject.academy.seminar.SeminarText;
import eu.restproject.academy.seminar.SessionDetails;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The seminar form's values, filled from a seminar and read back as {@link SeminarDetails}. Dates,
 * times and hours are kept as typed: what cannot be read becomes null, and the constraints of
 * {@link SeminarDetails} name the field, so there is one set of messages for the form and the API.
 */
public class SeminarForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Title and description in one language; a language with neither is left out. */
    public static class Text implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Language language;
        private String title;
        private String description;

        Text(Language language) {
            this.language = language;
        }

        public Language getLanguage() {
            return language;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        boolean isEmpty() {
            return blank(title) && blank(description);
        }
    }

    /** One session row; {@code id} is null for a row added in this form. */
    public static class Session implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long id;
        private String heldOn;
        private String startsAt;
        private String endsAt;
        private String room;
        private String hours;

        public Long getId() {
            return id;
        }

        public String getHeldOn() {
            return heldOn;
        }

        public void setHeldOn(String heldOn) {
            this.heldOn = heldOn;
        }

        public String getStartsAt() {
            return startsAt;
        }

        public void setStartsAt(String startsAt) {
            this.startsAt = startsAt;
        }

        public String getEndsAt() {
            return endsAt;
        }

        public void setEndsAt(String endsAt) {
            this.endsAt = endsAt;
        }

        public String getRoom() {
            return room;
        }

        public void setRoom(String room) {
            this.room = room;
        }

        public String getHours() {
            return hours;
        }

        public void setHours(String hours) {
            this.hours = hours;
        }

        SessionDetails details() {
            return new SessionDetails(
                    id, date(heldOn), time(startsAt), time(endsAt), room == null ? null : room.strip(), decimal(hours));
        }
    }

    private final List<Text> texts = new ArrayList<>();
    private String city;
    private String venue;
    private String startsOn;
    private String endsOn;
    private Integer capacity = 20;
    private List<String> trainerIds = new ArrayList<>();
    private List<String> moduleIds = new ArrayList<>();
    private Integer rotationSeconds = SeminarDetails.DEFAULT_ROTATION_SECONDS;
    private Integer graceMinutes = SeminarDetails.DEFAULT_GRACE_MINUTES;
    private Integer opensMinutesBefore = SeminarDetails.DEFAULT_OPENS_MINUTES_BEFORE;
    private Integer closesMinutesAfter = SeminarDetails.DEFAULT_CLOSES_MINUTES_AFTER;
    private final List<Session> sessions = new ArrayList<>();

    public SeminarForm() {
        for (Language language : Language.values()) {
            texts.add(new Text(language));
        }
        sessions.add(new Session());
    }

    static SeminarForm of(Seminar seminar) {
        SeminarForm form = new SeminarForm();
        for (Text text : form.texts) {
            SeminarText stored = seminar.getTexts().get(text.language);
            if (stored != null) {
                text.title = stored.getTitle();
                text.description = stored.getDescription();
            }
        }
        form.city = seminar.getCity();
        form.venue = seminar.getVenue();
        form.startsOn = seminar.getStartsOn().toString();
        form.endsOn = seminar.getEndsOn().toString();
        form.capacity = seminar.getCapacity();
        form.trainerIds = new ArrayList<>(
                seminar.getTrainerIds().stream().map(String::valueOf).toList());
        form.moduleIds = new ArrayList<>(seminar.getModuleIds());
        form.rotationSeconds = seminar.getRotationSeconds();
        form.graceMinutes = seminar.getGraceMinutes();
        form.opensMinutesBefore = seminar.getOpensMinutesBefore();
        form.closesMinutesAfter = seminar.getClosesMinutesAfter();
        form.sessions.clear();
        for (SeminarSession stored : seminar.getSessions()) {
            Session session = new Session();
            session.id = stored.getId();
            session.heldOn = stored.getHeldOn().toString();
            session.startsAt = stored.getStartsAt().toString();
            session.endsAt = stored.getEndsAt().toString();
            session.room = stored.getRoom();
            session.hours = stored.getHours().stripTrailingZeros().toPlainString();
            form.sessions.add(session);
        }
        return form;
    }

    SeminarDetails details() {
        Map<Language, SeminarText> entered = new EnumMap<>(Language.class);
        texts.stream()
                .filter(t -> !t.isEmpty())
                .forEach(t -> entered.put(
                        t.language, new SeminarText(t.title == null ? "" : t.title.strip(), t.description)));
        Set<Long> trainers = new HashSet<>();
        trainerIds.forEach(id -> trainers.add(Long.valueOf(id)));
        return new SeminarDetails(
                entered,
                strip(city),
                strip(venue),
                date(startsOn),
                date(endsOn),
                orZero(capacity),
                trainers,
                new LinkedHashSet<>(moduleIds),
                orZero(rotationSeconds),
                orZero(graceMinutes),
                orZero(opensMinutesBefore),
                orZero(closesMinutesAfter),
                sessions.stream().map(Session::details).toList());
    }

    void addSession() {
        Session session = new Session();
        if (!sessions.isEmpty()) {
            Session last = sessions.get(sessions.size() - 1);
            session.heldOn = last.heldOn;
            session.room = last.room;
        }
        sessions.add(session);
    }

    void removeSession(int index) {
        if (index >= 0 && index < sessions.size()) {
            sessions.remove(index);
        }
    }

    private static LocalDate date(String text) {
        try {
            return blank(text) ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }

    private static LocalTime time(String text) {
        try {
            return blank(text) ? null : LocalTime.parse(text.strip());
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }

    private static BigDecimal decimal(String text) {
        try {
            return blank(text) ? null : new BigDecimal(text.strip().replace(',', '.'));
        } catch (NumberFormatException unreadable) {
            return null;
        }
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public List<Text> getTexts() {
        return texts;
    }

    public List<Session> getSessions() {
        return sessions;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getVenue() {
        return venue;
    }

    public void setVenue(String venue) {
        this.venue = venue;
    }

    public String getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(String startsOn) {
        this.startsOn = startsOn;
    }

    public String getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(String endsOn) {
        this.endsOn = endsOn;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public List<String> getTrainerIds() {
        return trainerIds;
    }

    public void setTrainerIds(List<String> trainerIds) {
        this.trainerIds = trainerIds;
    }

    public List<String> getModuleIds() {
        return moduleIds;
    }

    public void setModuleIds(List<String> moduleIds) {
        this.moduleIds = moduleIds;
    }

    public Integer getRotationSeconds() {
        return rotationSeconds;
    }

    public void setRotationSeconds(Integer rotationSeconds) {
        this.rotationSeconds = rotationSeconds;
    }

    public Integer getGraceMinutes() {
        return graceMinutes;
    }

    public void setGraceMinutes(Integer graceMinutes) {
        this.graceMinutes = graceMinutes;
    }

    public Integer getOpensMinutesBefore() {
        return opensMinutesBefore;
    }

    public void setOpensMinutesBefore(Integer opensMinutesBefore) {
        this.opensMinutesBefore = opensMinutesBefore;
    }

    public Integer getClosesMinutesAfter() {
        return closesMinutesAfter;
    }

    public void setClosesMinutesAfter(Integer closesMinutesAfter) {
        this.closesMinutesAfter = closesMinutesAfter;
    }
}
