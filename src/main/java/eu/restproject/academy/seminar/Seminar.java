package eu.restproject.academy.seminar;

import eu.restproject.academy.people.Country;
import eu.restproject.academy.platform.i18n.Language;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A national seminar: held in one country, with a title per language, a capacity and one or more
 * sessions. Invariants (constraints of {@link SeminarDetails}, checked before anything is stored): it ends on or
 * after the day it starts, has a title in at least one language, and every session lies within
 * its dates.
 */
@Entity
@NamedQuery(
        name = "Seminar.ofCountry",
        query = "select s from Seminar s where s.country = :country order by s.startsOn, s.id")
@NamedQuery(name = "Seminar.all", query = "select s from Seminar s order by s.startsOn, s.id")
@NamedQuery(name = "Seminar.byInvitation", query = "select s from Seminar s where s.invitationCode = :code")
public class Seminar {

    @Id
    @SequenceGenerator(name = "seminar_seq", sequenceName = "seminar_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seminar_seq")
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    private Country country;

    @Column(nullable = false, length = 100)
    private String city;

    @Column(nullable = false, length = 200)
    private String venue;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(nullable = false)
    private int capacity;

    @Column(name = "invitation_code", nullable = false, length = 16)
    private String invitationCode;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancel_notice", length = 2000)
    private String cancelNotice;

    @Column(name = "rotation_seconds", nullable = false)
    private int rotationSeconds;

    @Column(name = "grace_minutes", nullable = false)
    private int graceMinutes;

    @Column(name = "opens_minutes_before", nullable = false)
    private int opensMinutesBefore;

    @Column(name = "closes_minutes_after", nullable = false)
    private int closesMinutesAfter;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "seminar_text", joinColumns = @JoinColumn(name = "seminar_id"))
    @MapKeyColumn(name = "language", length = 5)
    @MapKeyEnumerated(EnumType.STRING)
    private Map<Language, SeminarText> texts = new EnumMap<>(Language.class);

    /**
     * The iCalendar SEQUENCE of the seminar's events: raised whenever calendars must replace their copy
     * (a new time or place, a cancellation), so that a later file always wins over an earlier one.
     */
    @Column(name = "calendar_sequence", nullable = false)
    private int calendarSequence;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "seminar_trainer", joinColumns = @JoinColumn(name = "seminar_id"))
    @Column(name = "account_id")
    private Set<Long> trainerIds = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "seminar_module", joinColumns = @JoinColumn(name = "seminar_id"))
    @Column(name = "module_id", length = 64)
    private Set<String> moduleIds = new LinkedHashSet<>();

    @OneToMany(mappedBy = "seminar", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("heldOn, startsAt")
    private List<SeminarSession> sessions = new ArrayList<>();

    protected Seminar() {}

    Seminar(Country country, String invitationCode, Instant createdAt) {
        this.country = country;
        this.invitationCode = invitationCode;
        this.createdAt = createdAt;
    }

    /** Takes over everything a coordinator edits; sessions are matched by id, new ones added, missing ones removed. */
    void describe(SeminarDetails details) {
        city = details.city();
        venue = details.venue();
        startsOn = details.startsOn();
        endsOn = details.endsOn();
        capacity = details.capacity();
        rotationSeconds = details.rotationSeconds();
        graceMinutes = details.graceMinutes();
        opensMinutesBefore = details.opensMinutesBefore();
        closesMinutesAfter = details.closesMinutesAfter();
        texts.clear();
        texts.putAll(details.texts());
        trainerIds.clear();
        trainerIds.addAll(details.trainerIds());
        moduleIds.clear();
        moduleIds.addAll(details.moduleIds());
    }

    /** Calendars holding the seminar's events must take the next file's copy over theirs. */
    void reviseCalendar() {
        calendarSequence++;
    }

    public int getCalendarSequence() {
        return calendarSequence;
    }

    void cancel(String notice, Instant at) {
        cancelledAt = at;
        cancelNotice = notice;
    }

    void add(SeminarSession session) {
        sessions.add(session);
    }

    void remove(SeminarSession session) {
        sessions.remove(session);
    }

    /** The text in the reader's language, else in English, else in any language it has. */
    public SeminarText text(Language language) {
        return Stream.of(language, Language.EN)
                .map(texts::get)
                .filter(t -> t != null)
                .findFirst()
                .orElseGet(() -> texts.values().iterator().next());
    }

    public String title(Language language) {
        return text(language).getTitle();
    }

    public boolean isCancelled() {
        return cancelledAt != null;
    }

    public boolean isTrainer(long accountId) {
        return trainerIds.contains(accountId);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Country getCountry() {
        return country;
    }

    public String getCity() {
        return city;
    }

    public String getVenue() {
        return venue;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public int getCapacity() {
        return capacity;
    }

    public String getInvitationCode() {
        return invitationCode;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public String getCancelNotice() {
        return cancelNotice;
    }

    public int getRotationSeconds() {
        return rotationSeconds;
    }

    public int getGraceMinutes() {
        return graceMinutes;
    }

    public int getOpensMinutesBefore() {
        return opensMinutesBefore;
    }

    public int getClosesMinutesAfter() {
        return closesMinutesAfter;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Map<Language, SeminarText> getTexts() {
        return Map.copyOf(texts);
    }

    public Set<Long> getTrainerIds() {
        return Set.copyOf(trainerIds);
    }

    public Set<String> getModuleIds() {
        return Set.copyOf(moduleIds);
    }

    public List<SeminarSession> getSessions() {
        return List.copyOf(sessions);
    }
}
