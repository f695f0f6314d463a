package eu.restproject.academy.seminar;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;

/** A session as a coordinator enters it; {@code id} is null for a new one. */
public record SessionDetails(
        Long id, LocalDate heldOn, LocalTime startsAt, LocalTime endsAt, String room, BigDecimal hours) {}
