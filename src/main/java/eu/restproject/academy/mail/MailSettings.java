package eu.restproject.academy.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How the platform reaches its SMTP server ({@code ACADEMY_MAIL_*}), and how patiently. Without
 * {@code ACADEMY_MAIL_HOST} nothing is sent: messages wait in the outbox, where the admin reads them.
 */
@ApplicationScoped
public class MailSettings {

    /** How the connection to the server is protected. */
    public enum Security {
        /** Plain SMTP, for a relay on the same host or network. */
        NONE,
        /** Plain connection upgraded with STARTTLS, which must succeed (usually port 587). */
        STARTTLS,
        /** TLS from the first byte (SMTPS, usually port 465). */
        TLS
    }

    @Inject
    @ConfigProperty(name = "academy.mail.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "academy.mail.port", defaultValue = "587")
    int port;

    @Inject
    @ConfigProperty(name = "academy.mail.security", defaultValue = "STARTTLS")
    String security;

    @Inject
    @ConfigProperty(name = "academy.mail.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "academy.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "academy.mail.from", defaultValue = "REST Academy <no-reply@academy.local>")
    String from;

    @Inject
    @ConfigProperty(name = "academy.mail.reply-to")
    Optional<String> replyTo;

    @Inject
    @ConfigProperty(name = "academy.mail.poll-seconds", defaultValue = "15")
    int pollSeconds;

    @Inject
    @ConfigProperty(name = "academy.mail.max-attempts", defaultValue = "8")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "academy.mail.retry-minutes", defaultValue = "1")
    int retryMinutes;

    @Inject
    @ConfigProperty(name = "academy.mail.keep-days", defaultValue = "30")
    int keepDays;

    /** The longest wait between two attempts, whatever the count. */
    private static final Duration LONGEST_WAIT = Duration.ofHours(6);

    /** Refuses settings that could never send: an unknown security mode or a sender that is no address. */
    void check() {
        try {
            security();
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(
                    "ACADEMY_MAIL_SECURITY must be STARTTLS, TLS or NONE, not '" + security + "'", e);
        }
        fromAddress();
        replyTo().ifPresent(address -> {
            try {
                jakarta.mail.internet.InternetAddress.parse(address, true);
            } catch (jakarta.mail.internet.AddressException e) {
                throw new IllegalStateException("ACADEMY_MAIL_REPLY_TO is not an e-mail address: " + address, e);
            }
        });
        if (port < 1 || port > 65535) {
            throw new IllegalStateException("ACADEMY_MAIL_PORT must be a port number (1 to 65535), not " + port);
        }
    }

    public Optional<String> host() {
        return host.map(String::strip).filter(h -> !h.isEmpty());
    }

    public boolean isSending() {
        return host().isPresent();
    }

    public int port() {
        return port;
    }

    public Security security() {
        return Security.valueOf(security.strip().toUpperCase(java.util.Locale.ROOT));
    }

    public Optional<String> user() {
        return user.filter(u -> !u.isBlank());
    }

    public Optional<String> password() {
        return password;
    }

    public String from() {
        return from;
    }

    /** The bare address of {@link #from()}, for calendar files' organizer. */
    public String fromAddress() {
        try {
            return new jakarta.mail.internet.InternetAddress(from, true).getAddress();
        } catch (jakarta.mail.internet.AddressException e) {
            throw new IllegalStateException("ACADEMY_MAIL_FROM is not an e-mail address: " + from, e);
        }
    }

    public Optional<String> replyTo() {
        return replyTo.filter(r -> !r.isBlank());
    }

    public Duration pollInterval() {
        return Duration.ofSeconds(Math.max(1, pollSeconds));
    }

    public int maxAttempts() {
        return Math.max(1, maxAttempts);
    }

    /** The wait after the {@code failures}-th failure: the retry period, doubled each time, at most six hours. */
    public Duration backoffAfter(int failures) {
        Duration wait = Duration.ofMinutes(Math.max(0, retryMinutes));
        for (int i = 1; i < failures && wait.compareTo(LONGEST_WAIT) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    public Duration keepSent() {
        return Duration.ofDays(Math.max(1, keepDays));
    }
}
