package eu.restproject.academy.quiz.gift;

import java.util.Map;

/**
 * Turns GIFT text marked {@code [html]} into the plain text our questions hold (they are shown
 * escaped, never rendered as HTML): tags are removed and the common entities resolved. A single
 * forward scan, so that unbalanced {@code <} cannot make it slow.
 */
final class PlainText {

    private static final Map<String, String> ENTITIES =
            Map.of("&amp;", "&", "&lt;", "<", "&gt;", ">", "&quot;", "\"", "&#39;", "'", "&apos;", "'", "&nbsp;", " ");

    private PlainText() {}

    static String fromHtml(String html) {
        StringBuilder text = new StringBuilder(html.length());
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            int close = c == '<' ? html.indexOf('>', i) : -1;
            if (c == '<' && close < 0) {
                text.append(html, i, html.length());
                break;
            }
            if (c == '<') {
                i = close + 1;
            } else if (c == '&') {
                i += entity(html, i, text);
            } else {
                text.append(c);
                i++;
            }
        }
        return text.toString().strip();
    }

    private static int entity(String html, int at, StringBuilder text) {
        for (Map.Entry<String, String> entity : ENTITIES.entrySet()) {
            if (html.startsWith(entity.getKey(), at)) {
                text.append(entity.getValue());
                return entity.getKey().length();
            }
        }
        text.append('&');
        return 1;
    }
}
