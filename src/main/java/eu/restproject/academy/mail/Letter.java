package eu.restproject.academy.mail;

import eu.restproject.academy.platform.Markup;
import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.platform.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A message to one person, written in their language from bundle keys: a subject, paragraphs and at
 * most one link, which {@link Outbox#add} renders into plain text and simple HTML with the platform's
 * name and address. Links are paths inside the platform ({@code /account/reset.xhtml?code=…}); the
 * outbox makes them absolute with {@code ACADEMY_PUBLIC_URL}.
 *
 * <p>Names and subjects go into mail headers: line breaks and other control characters in them are
 * replaced by spaces here, so that nobody can add a header (a {@code Bcc:}) through a display name or a
 * seminar title.
 */
public final class Letter {

    private static final int NAME_MAX = 200;

    private final String recipient;
    private final String recipientName;
    private final Language language;
    private final MailTopic topic;
    private String subject;
    private final List<String> paragraphs = new ArrayList<>();
    private String linkLabel;
    private String linkPath;
    private Attachment attachment;
    private String footerKey;

    private Letter(String recipient, String recipientName, Language language, MailTopic topic) {
        this.recipient = Objects.requireNonNull(recipient).strip();
        this.recipientName = shortened(oneLine(recipientName == null ? "" : recipientName), NAME_MAX);
        this.language = Objects.requireNonNull(language);
        this.topic = Objects.requireNonNull(topic);
    }

    public static Letter to(String email, String name, Language language, MailTopic topic) {
        return new Letter(email, name, language, topic);
    }

    public Letter subject(String key, Object... arguments) {
        this.subject = shortened(oneLine(text(key, arguments)), SUBJECT_MAX);
        return this;
    }

    /**
     * The longest subject kept whole; longer ones (a long seminar or quiz title) end in "…", so that a
     * letter always fits its column and never rolls back the change that caused it.
     */
    static final int SUBJECT_MAX = 300;

    private static String shortened(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max - 1).strip() + "…";
    }

    public Letter paragraph(String key, Object... arguments) {
        paragraphs.add(text(key, arguments));
        return this;
    }

    /** The letter's one call to action: a label and a path inside the platform, starting with '/'. */
    public Letter link(String labelKey, String path) {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("a letter links inside the platform: " + path);
        }
        this.linkLabel = text(labelKey);
        this.linkPath = path;
        return this;
    }

    /**
     * Says in the footer why the recipient gets the letter, where that is not their account: an
     * invitation to an address that has none. Without it, the footer names the account and the topic.
     */
    public Letter footer(String key) {
        this.footerKey = key;
        return this;
    }

    public Letter attach(Attachment file) {
        this.attachment = file;
        return this;
    }

    /** A text of the recipient's language, for callers that format dates or lists themselves. */
    public String text(String key, Object... arguments) {
        return Messages.format(language.locale(), key, arguments);
    }

    /** Keeps a value on one line: what goes into a mail header must not start a new one. */
    static String oneLine(String value) {
        return value.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").strip();
    }

    public String recipient() {
        return recipient;
    }

    public String recipientName() {
        return recipientName;
    }

    public Language language() {
        return language;
    }

    public MailTopic topic() {
        return topic;
    }

    String subjectLine() {
        if (subject == null) {
            throw new IllegalStateException("a letter needs a subject");
        }
        return text("mail.subject", subject);
    }

    Optional<Attachment> attachment() {
        return Optional.ofNullable(attachment);
    }

    /** The plain-text body; {@code base} is the platform's public address without a trailing '/'. */
    String plainText(String base) {
        StringBuilder body = new StringBuilder();
        body.append(greeting()).append("\n\n");
        for (String paragraph : paragraphs) {
            body.append(paragraph).append("\n\n");
        }
        if (linkPath != null) {
            body.append(linkLabel).append(":\n").append(base).append(linkPath).append("\n\n");
        }
        body.append("-- \n").append(text("app.name")).append('\n').append(base).append("/\n");
        body.append(text(footerKey())).append('\n');
        if (topic.isOptional()) {
            body.append(base).append(PROFILE_PATH).append('\n');
        }
        return body.toString();
    }

    /** The same letter as simple HTML, every text escaped. */
    String html(String base) {
        StringBuilder body = new StringBuilder("<!DOCTYPE html>\n<html lang=\"")
                .append(language.htmlTag())
                .append("\"><head><meta charset=\"UTF-8\"><title>")
                .append(Markup.escape(subjectLine()))
                .append("</title></head>\n<body style=\"font-family:sans-serif;line-height:1.5;max-width:40em\">\n");
        body.append("<p>").append(Markup.escape(greeting())).append("</p>\n");
        for (String paragraph : paragraphs) {
            body.append("<p>")
                    .append(Markup.escape(paragraph).replace("\n", "<br>"))
                    .append("</p>\n");
        }
        if (linkPath != null) {
            String url = Markup.escape(base + linkPath);
            body.append("<p><a href=\"")
                    .append(url)
                    .append("\">")
                    .append(Markup.escape(linkLabel))
                    .append("</a></p>\n");
            body.append("<p style=\"font-size:small\">").append(url).append("</p>\n");
        }
        body.append("<hr>\n<p style=\"font-size:small\"><a href=\"")
                .append(Markup.escape(base))
                .append("/\">")
                .append(Markup.escape(text("app.name")))
                .append("</a><br>")
                .append(Markup.escape(text(footerKey())));
        if (topic.isOptional()) {
            body.append(" <a href=\"")
                    .append(Markup.escape(base + PROFILE_PATH))
                    .append("\">")
                    .append(Markup.escape(text("mail.footer.profile")))
                    .append("</a>");
        }
        return body.append("</p>\n</body></html>\n").toString();
    }

    private static final String PROFILE_PATH = "/account/profile.xhtml";

    private String footerKey() {
        if (footerKey != null) {
            return footerKey;
        }
        return topic.isOptional() ? "mail.footer.optional" : "mail.footer.mandatory";
    }

    /** "Hello Ana," or, to an address without a name, "Hello,". */
    private String greeting() {
        return recipientName.isEmpty() ? text("mail.greeting.anonymous") : text("mail.greeting", recipientName);
    }
}
