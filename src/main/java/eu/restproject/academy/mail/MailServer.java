package eu.restproject.academy.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

/** Hands one outbox message to the SMTP server of {@link MailSettings} (Jakarta Mail, Eclipse Angus). */
@ApplicationScoped
public class MailServer {

    /** Connecting, reading and writing each give up after this long, so that a hung server frees the sender. */
    private static final String TIMEOUT_MILLIS = "20000";

    @Inject
    private MailSettings settings;

    /**
     * Sends the message; returns only once the server accepted it. Throws when it did not, with
     * {@link Refused} when the recipient can never be reached: the server refused it for good (a 5xx
     * answer) or the address is not one.
     */
    public void send(OutboxMessage message) throws MessagingException {
        Session session = session();
        MimeMessage mime;
        try {
            mime = compose(session, message);
        } catch (jakarta.mail.internet.AddressException e) {
            // An address no server would take: trying again later would not make it one.
            throw new Refused(e);
        }
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect(
                    settings.host().orElseThrow(),
                    settings.port(),
                    settings.user().orElse(null),
                    settings.password().orElse(null));
            transport.sendMessage(mime, mime.getAllRecipients());
        } catch (jakarta.mail.SendFailedException e) {
            Address[] invalid = e.getInvalidAddresses();
            if (invalid != null && invalid.length > 0) {
                throw new Refused(e);
            }
            throw e;
        }
    }

    /** The server refused the recipient for good: trying again would not help. */
    public static final class Refused extends MessagingException {
        Refused(Exception cause) {
            super(cause.getMessage(), cause);
        }
    }

    private Session session() {
        Properties properties = new Properties();
        properties.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.timeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.auth", String.valueOf(settings.user().isPresent()));
        switch (settings.security()) {
            case STARTTLS -> {
                properties.put("mail.smtp.starttls.enable", "true");
                properties.put("mail.smtp.starttls.required", "true");
                properties.put("mail.smtp.ssl.checkserveridentity", "true");
            }
            case TLS -> {
                properties.put("mail.smtp.ssl.enable", "true");
                properties.put("mail.smtp.ssl.checkserveridentity", "true");
            }
            case NONE -> {
                // a relay on the same host or a trusted network
            }
        }
        return Session.getInstance(properties);
    }

    MimeMessage compose(Session session, OutboxMessage message) throws MessagingException {
        InternetAddress from = new InternetAddress(settings.from(), true);
        MimeMessage mime = new StableIdMessage(session, message, from.getAddress());
        mime.setFrom(from);
        if (settings.replyTo().isPresent()) {
            mime.setReplyTo(InternetAddress.parse(settings.replyTo().get(), true));
        }
        try {
            InternetAddress to = new InternetAddress(message.getRecipient(), true);
            if (!message.getRecipientName().isBlank()) {
                to.setPersonal(message.getRecipientName(), StandardCharsets.UTF_8.name());
            }
            mime.setRecipient(MimeMessage.RecipientType.TO, to);
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
        mime.setSentDate(new Date());
        mime.setSubject(message.getSubject(), StandardCharsets.UTF_8.name());
        mime.setHeader("Content-Language", message.getLanguage());
        mime.setHeader("Auto-Submitted", "auto-generated");

        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(message.getTextBody(), StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(message.getHtmlBody(), StandardCharsets.UTF_8.name(), "html");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);

        var attachment = message.findAttachment();
        if (attachment.isEmpty()) {
            mime.setContent(alternative);
        } else {
            MimeMultipart mixed = new MimeMultipart("mixed");
            MimeBodyPart body = new MimeBodyPart();
            body.setContent(alternative);
            mixed.addBodyPart(body);
            MimeBodyPart file = new MimeBodyPart();
            String type = attachment.get().contentType();
            file.setContent(
                    attachment.get().content(),
                    type.toLowerCase().contains("charset") ? type : type + "; charset=UTF-8");
            file.setFileName(attachment.get().fileName());
            file.setDisposition(MimeBodyPart.ATTACHMENT);
            mixed.addBodyPart(file);
            mime.setContent(mixed);
        }
        return mime;
    }

    /**
     * Keeps the same Message-ID however often a message is tried, so that a receiver can recognise a
     * message sent again after a node died between the server's acceptance and the outbox's record.
     */
    private static final class StableIdMessage extends MimeMessage {
        private final String messageId;

        StableIdMessage(Session session, OutboxMessage message, String senderAddress) {
            super(session);
            String domain = senderAddress.substring(senderAddress.indexOf('@') + 1);
            this.messageId =
                    "<outbox." + message.getId() + "." + message.getCreatedAt().toEpochMilli() + "@" + domain + ">";
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
