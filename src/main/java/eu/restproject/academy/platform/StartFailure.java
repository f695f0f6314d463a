package eu.restproject.academy.platform;

import jakarta.annotation.PostConstruct;
import jakarta.interceptor.InvocationContext;
import java.util.logging.Logger;

/**
 * Ends the process when a start-up bean fails (a refused {@code ACADEMY_ADMIN_PASSWORD}, a
 * database that does not answer): Payara Micro itself would keep running with nothing deployed and
 * {@code /health} DOWN, which an operator or a container orchestrator notices late. Prints one line
 * with the reason and exits with {@value #EXIT_STATUS}. Put on start-up beans with
 * {@code @Interceptors(StartFailure.class)}; while they succeed, it does nothing.
 */
public class StartFailure {

    private static final int EXIT_STATUS = 1;
    private static final long HALT_AFTER_MILLIS = 30_000;
    private static final Logger LOG = Logger.getLogger(StartFailure.class.getName());

    @PostConstruct
    Object start(InvocationContext context) throws Exception {
        try {
            return context.proceed();
        } catch (Exception | Error failure) {
            end(failure);
            throw failure;
        }
    }

    private static void end(Throwable failure) {
        String message = "REST Academy cannot start: " + firstLine(failure) + " (exit status " + EXIT_STATUS + ")";
        LOG.severe(message);
        System.err.println(message);
        // Exits on its own thread: the failing bean's thread holds the deployment, which Payara's shutdown hook stops.
        new Thread(
                        () -> {
                            Thread deadline = new Thread(StartFailure::haltLater, "academy-start-failure-deadline");
                            deadline.setDaemon(true);
                            deadline.start();
                            System.exit(EXIT_STATUS);
                        },
                        "academy-start-failure")
                .start();
    }

    /** Should a shutdown hook hang, the process still ends. */
    private static void haltLater() {
        try {
            Thread.sleep(HALT_AFTER_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Runtime.getRuntime().halt(EXIT_STATUS);
    }

    private static String firstLine(Throwable failure) {
        String message = failure.getMessage() == null ? failure.getClass().getName() : failure.getMessage();
        return message.strip().lines().findFirst().orElse(message);
    }
}
