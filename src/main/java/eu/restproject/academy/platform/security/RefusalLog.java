package eu.restproject.academy.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One log line per kind of expected refusal (an expired form, a post without its nonce, a post from
 * another site, an unknown page, an upload over the limit), at most once per interval, with the
 * number of refusals of that kind left out since the last line. Anyone on the internet can send
 * such requests by the thousand; a stack trace each would fill the disk and hide real faults.
 */
public final class RefusalLog {

    private static final Logger LOG = Logger.getLogger(RefusalLog.class.getName());
    private static final RefusalLog SHARED = new RefusalLog(Clock.systemUTC(), Duration.ofMinutes(1));

    private final Clock clock;
    private final Duration interval;
    private final Map<String, Tally> tallies = new HashMap<>();

    /** When the last line of a kind was written, and how many refusals of that kind went unlogged since. */
    private record Tally(Instant logged, long left) {}

    RefusalLog(Clock clock, Duration interval) {
        this.clock = clock;
        this.interval = interval;
    }

    /** Logs a refusal of {@code kind} (a few stable words) of the request, unless one of that kind was logged within the interval. */
    public static void refused(String kind, HttpServletRequest request) {
        SHARED.record(kind, request.getMethod() + " " + request.getRequestURI())
                .ifPresent(line -> LOG.log(Level.INFO, line));
    }

    /** The line to log for this refusal, or nothing when its kind was logged within the interval. */
    synchronized Optional<String> record(String kind, String path) {
        Instant now = clock.instant();
        Tally tally = tallies.get(kind);
        if (tally != null && now.isBefore(tally.logged().plus(interval))) {
            tallies.put(kind, new Tally(tally.logged(), tally.left() + 1));
            return Optional.empty();
        }
        tallies.put(kind, new Tally(now, 0));
        long left = tally == null ? 0 : tally.left();
        return Optional.of("Refused (" + kind + "): " + path
                + (left > 0 ? ", and " + left + " more since the last such line" : ""));
    }
}
