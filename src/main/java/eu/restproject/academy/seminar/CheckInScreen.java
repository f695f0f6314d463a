package eu.restproject.academy.seminar;

import java.time.Instant;

/**
 * What the trainer's check-in screen shows at one moment: the current code (also inside the QR
 * code), when it changes, whether the session takes check-ins, and the live count.
 */
public record CheckInScreen(
        long sessionId,
        String code,
        Instant nextChange,
        boolean open,
        boolean notYetOpen,
        boolean closed,
        long checkedIn,
        long registered) {}
