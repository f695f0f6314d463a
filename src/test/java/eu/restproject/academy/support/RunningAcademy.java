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
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the packaged platform ({@code target/rest-academy.jar}) once for all system and browser
 * tests, on a free port, with a fresh embedded database, the demo accounts and known admin
 * credentials; stops it when the test run ends. This machine counts as a trusted reverse proxy,
 * so that tests can vary the source address that the throttles see with {@code X-Forwarded-For}.
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
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(RunningAcademy.class, key -> start(), Server.class);
    }

    public static String url(String path) {
        if (server == null) {
            throw new IllegalStateException("Annotate the test class with @ExtendWith(RunningAcademy.class)");
        }
        return server.baseUrl() + path;
    }

    private static synchronized Server start() {
        if (server != null) {
            return server;
        }
        try {
            Path data = Path.of(System.getProperty("academy.system.data", "target/system-data"));
            deleteTree(data);
            Files.createDirectories(data);
            int port = freePort();
            ProcessBuilder builder = new ProcessBuilder(javaBinary(), "-jar",
                    System.getProperty("academy.jar", "target/rest-academy.jar"), "--port", String.valueOf(port))
                    .redirectErrorStream(true)
                    .redirectOutput(data.resolve("server.log").toFile());
            builder.environment().put("ACADEMY_DATA_DIR", data.toAbsolutePath().toString());
            builder.environment().remove("ACADEMY_DB_URL");
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

    private static void awaitHealthy(Process process, Path data) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The platform stopped during start; see " + data.resolve("server.log"));
            }
            try {
                HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/health"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
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
