package eu.restproject.academy.seminar;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A session as a coordinator enters it; {@code id} is null for a new one. Its problems are reported
 * at {@code sessions[i]} of its seminar, and their messages name it by its number.
 */
@SessionTimes
public record SessionDetails(
        Long id,
        LocalDate heldOn,
        LocalTime startsAt,
        LocalTime endsAt,
        @SessionRoom String room,
        @SessionHours BigDecimal hours) {}
