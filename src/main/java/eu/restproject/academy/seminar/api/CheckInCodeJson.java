package eu.restproject.academy.seminar.api;

import eu.restproject.academy.seminar.CheckInScreen;
import java.time.Instant;

/**
 * What the trainer's check-in screen shows, for scripts and other screens: the code (null unless the
 * session takes check-ins), when it changes, the address its QR code carries and the live count.
 */
public record CheckInCodeJson(
        long sessionId,
        boolean open,
        boolean notYetOpen,
        boolean closed,
        String code,
        String url,
        Instant nextChange,
        long checkedIn,
        long registered) {

    static CheckInCodeJson of(CheckInScreen screen, String url) {
        return new CheckInCodeJson(
                screen.sessionId(),
                screen.open(),
                screen.notYetOpen(),
                screen.closed(),
                screen.open() ? screen.code() : null,
                screen.open() ? url : null,
                screen.nextChange(),
                screen.checkedIn(),
                screen.registered());
    }
}
