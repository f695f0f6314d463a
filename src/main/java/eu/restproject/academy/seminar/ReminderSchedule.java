package eu.restproject.academy.seminar;

import eu.restproject.academy.platform.StartFailure;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Instant;
import java.time.LocalTime;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Looks for due reminders every {@code academy.seminar.reminder-check-minutes} on this node. The timer
 * is not persistent: every node has its own, and the reminders' records keep them from writing one
 * twice; a node that was down catches up on its first run. Settings that cannot be read end the start
 * with their name.
 */
@Startup
@Singleton
@DependsOn("Database")
@Interceptors(StartFailure.class)
public class ReminderSchedule {

    private static final Logger LOG = Logger.getLogger(ReminderSchedule.class.getName());

    @Resource
    private TimerService timers;

    @Inject
    private ReminderSettings settings;

    @Inject
    private SeminarReminders reminders;

    @PostConstruct
    void start() {
        // Read before the timer starts: a setting that cannot be read ends the start here, with its name.
        LocalTime at = settings.reminderTime();
        int preparationDays = settings.preparationDays();
        LOG.info(() -> "Seminar reminders at " + at + " the day before, modules to prepare " + preparationDays
                + " days before; checked every " + settings.checkInterval().toMinutes() + " min");
        long interval = settings.checkInterval().toMillis();
        timers.createIntervalTimer(interval, interval, new TimerConfig(null, false));
    }

    /** Outside a transaction: each participant's reminder commits on its own. */
    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void remind() {
        try {
            int written = reminders.remind(Instant.now());
            if (written > 0) {
                LOG.info(() -> written + " seminar reminders written to the outbox");
            }
        } catch (RuntimeException e) {
            // The next run tries again; a timer that throws would be retried by the container at once.
            LOG.log(Level.WARNING, "Seminar reminders not checked this time", e);
        }
    }
}
