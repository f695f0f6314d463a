package eu.restproject.academy.platform;

/** Text put into markup the platform writes itself (HTML mail, SVG), where no page renderer escapes it. */
public final class Markup {

    private Markup() {}

    /** The text with the five characters that could end an element or an attribute written as entities. */
    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
