package eu.restproject.academy.support;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the packaged platform ({@code target/rest-academy.jar}) once for all system and browser
 * tests, on a free port, with a fresh embedded database, the demo accounts and known admin
 * credentials; stops it when the test run ends. This machine counts as a trusted reverse proxy,
 * so that tests can vary the source address that the throttles see with {@code X-Forwarded-For}.
 * Its mail goes to a {@link TestMailServer} in this JVM, checked every second.
 */
public final class RunningAcademy implements BeforeAllCallback {

    public static final String ADMIN_EMAIL = "admin@example.org";
    public static final String ADMIN_PASSWORD = "Secretariat lantern 2026";
    public static final String ADMIN_TOKEN = "ra_system-test-admin-token-0123456789abcdef";
    public static final String DEMO_PASSWORD = "Seminar harbour 2026";

    private static Server server;

    /** The running process; JUnit closes it when the root context (the whole run) ends. */
    private record Server(Process process, String baseUrl) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot()
                .getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(RunningAcademy.class, key -> start(), Server.class);
    }

    public static String url(String path) {
        return running().baseUrl() + path;
    }

    /** The data folder of the running platform. */
    public static Path dataFolder() {
        running();
        return configuredDataFolder();
    }

    private static Path configuredDataFolder() {
        return Path.of(System.getProperty("academy.system.data", "target/system-data"));
    }

    private static Server running() {
        if (server == null) {
            throw new IllegalStateException("Annotate the test class with @ExtendWith(RunningAcademy.class)");
        }
        return server;
    }

    /** The platform's log (standard output and error), to check what a test's requests leave there. */
    public static Path serverLog() {
        return dataFolder().resolve("server.log");
    }

    private static synchronized Server start() {
        if (server != null) {
            return server;
        }
        try {
            Path data = configuredDataFolder();
            deleteTree(data);
            Files.createDirectories(data);
            int port = freePort();
            int mailPort = freePort();
            TestMailServer.start(mailPort);
            ProcessBuilder builder = platform(data, port, data.resolve("server.log"));
            builder.environment().put("ACADEMY_MAIL_HOST", "127.0.0.1");
            builder.environment().put("ACADEMY_MAIL_PORT", String.valueOf(mailPort));
            builder.environment().put("ACADEMY_MAIL_SECURITY", "NONE");
            builder.environment().put("ACADEMY_MAIL_POLL_SECONDS", "1");
            builder.environment().put("ACADEMY_ADMIN_EMAIL", ADMIN_EMAIL);
            builder.environment().put("ACADEMY_ADMIN_PASSWORD", ADMIN_PASSWORD);
            builder.environment().put("ACADEMY_ADMIN_TOKEN", ADMIN_TOKEN);
            builder.environment().put("ACADEMY_DEMO", "true");
            builder.environment().put("ACADEMY_DEMO_PASSWORD", DEMO_PASSWORD);
            builder.environment().put("ACADEMY_TRUSTED_PROXIES", "127.0.0.1,0:0:0:0:0:0:0:1,::1");
            Process process = builder.start();
            server = new Server(process, "http://localhost:" + port);
            awaitHealthy(process, data);
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the platform", e);
        }
    }

    /** The packaged platform on {@code port}, its database in {@code data}, everything it prints in {@code log}. */
    private static ProcessBuilder platform(Path data, int port, Path log) {
        ProcessBuilder builder = new ProcessBuilder(
                        javaBinary(),
                        "-jar",
                        System.getProperty("academy.jar", "target/rest-academy.jar"),
                        "--port",
                        String.valueOf(port))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("ACADEMY_DATA_DIR", data.toAbsolutePath().toString());
        builder.environment().remove("ACADEMY_DB_URL");
        return builder;
    }

    /** How a platform started on its own ended: its exit code (empty if it still ran at the limit, then stopped) and output. */
    public record Ended(Optional<Integer> exitCode, String output) {}

    /**
     * Starts another platform with a fresh {@code data} folder (which must not exist yet) and the given
     * environment, and waits at most {@code limit} for it to end, as a start that must fail does.
     */
    public static Ended runUntilEnd(Path data, Map<String, String> environment, Duration limit)
            throws IOException, InterruptedException {
        deleteTree(data);
        Path log = data.resolveSibling(data.getFileName() + ".log");
        ProcessBuilder builder = platform(data, freePort(), log);
        builder.environment().putAll(environment);
        Process process = builder.start();
        boolean ended = process.waitFor(limit.toSeconds(), TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        return new Ended(ended ? Optional.of(process.exitValue()) : Optional.empty(), Files.readString(log));
    }

    private static void awaitHealthy(Process process, Path data) {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The platform stopped during start; see " + data.resolve("server.log"));
            }
            try {
                HttpResponse<String> health = client.send(
                        HttpRequest.newBuilder(URI.create(server.baseUrl() + "/health"))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep();
        }
        process.destroyForcibly();
        throw new IllegalStateException("The platform was not healthy within 240 s; see " + data.resolve("server.log"));
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String javaBinary() {
        return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
