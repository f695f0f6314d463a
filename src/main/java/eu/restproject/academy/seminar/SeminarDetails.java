package eu.restproject.academy.seminar;

import eu.restproject.academy.platform.i18n.Language;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a coordinator enters for a seminar, with the rules it must satisfy before it is stored, as
 * constraints: {@code Seminars} refuses it with every problem at once, each at the component it
 * concerns (the JSON member and the form field of that name). Sessions without an id are new; an
 * existing session left out is removed (refused once it has attendance marks).
 */
@SeminarTitles
@SeminarDays
@DistinctSessions
public record SeminarDetails(
        Map<Language, @Valid SeminarText> texts,
        @SeminarCity String city,
        @SeminarVenue String venue,
        @SeminarDay LocalDate startsOn,
        @SeminarDay LocalDate endsOn,

        @Between(min = 1, max = SeminarDetails.MAX_CAPACITY, message = "{seminar.error.capacity}")
        int capacity,

        Set<Long> trainerIds,
        Set<String> moduleIds,

        @Between(min = 5, max = 300, message = "{seminar.error.range.rotationSeconds}")
        int rotationSeconds,

        @Between(min = 0, max = 240, message = "{seminar.error.range.graceMinutes}")
        int graceMinutes,

        @Between(min = 0, max = 240, message = "{seminar.error.range.opensMinutesBefore}")
        int opensMinutesBefore,

        @Between(min = 0, max = 240, message = "{seminar.error.range.closesMinutesAfter}")
        int closesMinutesAfter,

        @SomeSession List<@Valid SessionDetails> sessions) {

    public static final int MAX_CAPACITY = 10_000;

    public static final int DEFAULT_ROTATION_SECONDS = 20;
    public static final int DEFAULT_GRACE_MINUTES = 15;
    public static final int DEFAULT_OPENS_MINUTES_BEFORE = 30;
    public static final int DEFAULT_CLOSES_MINUTES_AFTER = 0;

    public SeminarDetails {
        texts = Map.copyOf(texts);
        trainerIds = Set.copyOf(trainerIds);
        moduleIds = Set.copyOf(moduleIds);
        sessions = List.copyOf(sessions);
    }
}
