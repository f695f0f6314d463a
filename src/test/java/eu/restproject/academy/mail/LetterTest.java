package eu.restproject.academy.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.restproject.academy.platform.i18n.Language;
import org.junit.jupiter.api.Test;

/** How a letter is written: in the recipient's language, escaped in HTML, headers kept on one line. */
class LetterTest {

    private static final String BASE = "https://academy.example.org";

    @Test
    void aNameIsEscapedInTheHtmlAndKeptAsWrittenInTheText() {
        Letter letter = Letter.to(
                        "eve@example.org", "Eve <script>alert(1)</script> & Co", Language.EN, MailTopic.ACCOUNT)
                .subject("mail.topic.ACCOUNT");

        String html = letter.html(BASE);

        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("Eve &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co"), html);
        assertTrue(letter.plainText(BASE).startsWith("Hello Eve <script>alert(1)</script> & Co,"));
    }

    @Test
    void aSubjectAndANameStayOnOneLine() {
        Letter letter = Letter.to("eve@example.org", "Eve\r\nBcc: x@example.org", Language.EN, MailTopic.ACCOUNT)
                .subject("mail.greeting", "A\nB\u2028C");

        assertEquals("Eve Bcc: x@example.org", letter.recipientName());
        assertEquals("Hello A B C, – REST Academy", letter.subjectLine());
    }

    @Test
    void optionalTopicsSayWhereToTurnThemOffAndMandatoryOnesSayTheyAlwaysCome() {
        Letter optional =
                Letter.to("a@example.org", "A", Language.DE, MailTopic.LEARNING).subject("mail.topic.LEARNING");
        Letter mandatory =
                Letter.to("a@example.org", "A", Language.DE, MailTopic.ACCOUNT).subject("mail.topic.ACCOUNT");

        assertTrue(optional.plainText(BASE).contains(BASE + "/account/profile.xhtml"));
        assertTrue(optional.plainText(BASE).startsWith("Hallo A,"));
        assertFalse(mandatory.plainText(BASE).contains("/account/profile.xhtml"));
        assertTrue(mandatory.plainText(BASE).contains("immer gesendet"));
    }

    @Test
    void linksStayInsideThePlatform() {
        Letter letter = Letter.to("a@example.org", "A", Language.EN, MailTopic.ACCOUNT);

        assertThrows(IllegalArgumentException.class, () -> letter.link("mail.footer.profile", "https://evil.example"));
        letter.subject("mail.topic.ACCOUNT").link("mail.footer.profile", "/seminars/index.xhtml");
        assertTrue(letter.plainText(BASE).contains(BASE + "/seminars/index.xhtml"));
        assertTrue(letter.html(BASE).contains("<a href=\"" + BASE + "/seminars/index.xhtml\">"));
    }
}
