package eu.restproject.academy.mail.web;

import eu.restproject.academy.mail.MailSettings;
import eu.restproject.academy.mail.Outbox;
import eu.restproject.academy.mail.OutboxMessage;
import eu.restproject.academy.platform.AccessDeniedException;
import eu.restproject.academy.platform.web.FacesMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outbox page ({@code /admin/outbox.xhtml}): the newest messages of one status or all, one of them
 * read in full, and failed ones sent again. Admins only: the page is under {@code /admin/} (web.xml),
 * and the bean checks the role itself, since the mail feature knows no accounts.
 */
@Named
@RequestScoped
public class OutboxView {

    /** Enough for an admin to see what happens; older messages are gone after the retention period anyway. */
    static final int SHOWN = 200;

    @Inject
    private Outbox outbox;

    @Inject
    private MailSettings settings;

    private String status;
    private Long id;
    private List<OutboxMessage> messages = List.of();
    private OutboxMessage opened;
    private Map<OutboxMessage.Status, Long> counts = Map.of();

    public void load() {
        requireAdmin();
        Optional<OutboxMessage.Status> filter = statusFilter();
        messages = outbox.latest(filter, SHOWN);
        counts = outbox.counts();
        opened = id == null ? null : outbox.find(id).orElse(null);
    }

    public String retry(long messageId) {
        requireAdmin();
        if (outbox.retry(messageId)) {
            FacesMessages.info("outbox.retried");
        } else {
            FacesMessages.error("outbox.notRetried");
        }
        return "/admin/outbox?faces-redirect=true&includeViewParams=true";
    }

    private static void requireAdmin() {
        if (!FacesContext.getCurrentInstance().getExternalContext().isUserInRole("admin")) {
            throw new AccessDeniedException("error.forbidden.text");
        }
    }

    private Optional<OutboxMessage.Status> statusFilter() {
        if (status == null || status.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OutboxMessage.Status.valueOf(status));
        } catch (IllegalArgumentException unknown) {
            status = null;
            return Optional.empty();
        }
    }

    public String when(java.time.Instant instant) {
        if (instant == null) {
            return "—";
        }
        var locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(locale)
                .withZone(ZoneId.systemDefault())
                .format(instant);
    }

    public boolean isSending() {
        return settings.isSending();
    }

    public List<OutboxMessage.Status> getStatuses() {
        return List.of(OutboxMessage.Status.values());
    }

    public List<OutboxMessage> getMessages() {
        return messages;
    }

    public OutboxMessage getOpened() {
        return opened;
    }

    public long count(OutboxMessage.Status of) {
        return counts.getOrDefault(of, 0L);
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
