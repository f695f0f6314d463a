package eu.restproject.academy.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A real SMTP server (GreenMail) on the port the platform under test sends to ({@code ACADEMY_MAIL_PORT}
 * in the Arquillian stages, a free port for the system tests). It runs in the JVM of the test: inside
 * Payara Micro for Arquillian tests, in the test runner for system tests. Tests read what it received
 * by recipient, since other tests' messages arrive in the same server.
 */
public final class TestMailServer {

    private static GreenMail server;

    private TestMailServer() {}

    /** The running server on {@code port}, started if needed. */
    public static synchronized GreenMail start(int port) {
        if (server == null) {
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
        return server;
    }

    /** The running server on the Arquillian stages' port, started if needed. */
    public static GreenMail start() {
        return start(stagePort());
    }

    /** The port the platform of an Arquillian stage sends to ({@code mail.test.port} in pom.xml). */
    public static int stagePort() {
        return Integer.parseInt(System.getenv().getOrDefault("ACADEMY_MAIL_PORT", "25251"));
    }

    /** Stops the server: from now on the platform finds nobody at the port, as when its SMTP server is down. */
    public static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** What the server received for {@code address} so far. */
    public static List<MimeMessage> messagesTo(String address) {
        GreenMail running = server;
        if (running == null) {
            return List.of();
        }
        return Arrays.stream(running.getReceivedMessages())
                .filter(message -> isTo(message, address))
                .toList();
    }

    /** Waits up to {@code limit} until {@code address} received {@code count} messages; returns what came. */
    public static List<MimeMessage> awaitMessagesTo(String address, int count, Duration limit)
            throws InterruptedException {
        Instant end = Instant.now().plus(limit);
        List<MimeMessage> received = messagesTo(address);
        while (received.size() < count && Instant.now().isBefore(end)) {
            Thread.sleep(100);
            received = messagesTo(address);
        }
        return received;
    }

    /**
     * Waits up to {@code limit} for the messages to {@code address} with this subject (other letters,
     * such as a welcome letter, may reach the same person); returns those that came.
     */
    public static List<MimeMessage> awaitMessagesTo(String address, String subject, Duration limit)
            throws InterruptedException {
        Instant end = Instant.now().plus(limit);
        List<MimeMessage> received = withSubject(messagesTo(address), subject);
        while (received.isEmpty() && Instant.now().isBefore(end)) {
            Thread.sleep(100);
            received = withSubject(messagesTo(address), subject);
        }
        return received;
    }

    private static List<MimeMessage> withSubject(List<MimeMessage> messages, String subject) {
        return messages.stream()
                .filter(message -> {
                    try {
                        return subject.equals(message.getSubject());
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private static boolean isTo(MimeMessage message, String address) {
        try {
            Address[] recipients = message.getAllRecipients();
            return recipients != null
                    && Arrays.stream(recipients)
                            .anyMatch(r -> r.toString().toLowerCase().contains(address.toLowerCase()));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
