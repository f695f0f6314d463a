package eu.restproject.academy.seminar;

import eu.restproject.academy.platform.i18n.Language;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a coordinator enters for a seminar, before it is checked. Sessions without an id are new;
 * an existing session left out is removed (refused once it has attendance marks).
 */
public record SeminarDetails(
        Map<Language, SeminarText> texts,
        String city,
        String venue,
        LocalDate startsOn,
        LocalDate endsOn,
        int capacity,
        Set<Long> trainerIds,
        Set<String> moduleIds,
        int rotationSeconds,
        int graceMinutes,
        int opensMinutesBefore,
        int closesMinutesAfter,
        List<SessionDetails> sessions) {

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
