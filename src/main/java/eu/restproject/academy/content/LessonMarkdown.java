package eu.restproject.academy.content;

import eu.restproject.academy.people.Country;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Lesson Markdown: splits a lesson into its common text and its country sections, checks that it
 * holds nothing but Markdown with safe links and the bundle's own images, and renders it to
 * sanitized HTML.
 */
public final class LessonMarkdown {

    /** A run of the lesson: for everyone (no countries) or for the listed countries only. */
    public record Segment(Set<Country> countries, int firstLine, String markdown) {
        public boolean forEveryone() {
            return countries.isEmpty();
        }
    }

    /** A rendered segment, ready to be placed in a page. */
    public record Html(Set<Country> countries, String html) {}

    private static final Pattern OPEN = Pattern.compile("^:::\\s*country\\s+(.*?)\\s*$");
    private static final Pattern CLOSE = Pattern.compile("^:::\\s*$");
    private static final Parser PARSER = Parser.builder()
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();
    private static final HtmlRenderer RENDERER =
            HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("a", "img", "pre", "code", "hr", "br", "span")
                    .allowUrlProtocols("https", "http", "mailto")
                    .allowAttributes("href")
                    .onElements("a")
                    .allowAttributes("src", "alt", "title")
                    .onElements("img")
                    .requireRelNofollowOnLinks()
                    .toFactory());

    private LessonMarkdown() {}

    /** Splits a lesson file into segments, reporting unknown countries and unbalanced markers. */
    static List<Segment> segments(String file, String text, Problems problems) {
        List<Segment> segments = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        StringBuilder current = new StringBuilder();
        Set<Country> countries = Collections.emptySet();
        int start = 1;
        int openedAt = 0;
        for (int i = 0; i < lines.length; i++) {
            int lineNumber = i + 1;
            Matcher open = OPEN.matcher(lines[i]);
            if (open.matches()) {
                if (openedAt > 0) {
                    problems.add(
                            file,
                            lineNumber,
                            "country sections cannot be nested: close the section opened on line " + openedAt
                                    + " with ':::' first");
                    continue;
                }
                segments.add(new Segment(countries, start, current.toString()));
                countries = countries(file, lineNumber, open.group(1), problems);
                current = new StringBuilder();
                start = lineNumber + 1;
                openedAt = lineNumber;
            } else if (CLOSE.matcher(lines[i]).matches()) {
                if (openedAt == 0) {
                    problems.add(file, lineNumber, "':::' closes no country section");
                    continue;
                }
                segments.add(new Segment(countries, start, current.toString()));
                countries = Collections.emptySet();
                current = new StringBuilder();
                start = lineNumber + 1;
                openedAt = 0;
            } else {
                current.append(lines[i]).append('\n');
            }
        }
        if (openedAt > 0) {
            problems.add(file, openedAt, "the country section opened here is never closed with ':::'");
        }
        segments.add(new Segment(countries, start, current.toString()));
        return segments.stream().filter(s -> !s.markdown().isBlank()).toList();
    }

    private static Set<Country> countries(String file, int line, String codes, Problems problems) {
        Set<Country> countries = EnumSet.noneOf(Country.class);
        for (String code : codes.trim().split("\\s+")) {
            try {
                countries.add(Country.valueOf(code.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                problems.add(file, line, "'" + code + "' is not a partner country (AT, FR, ES, NL, MD, RS)");
            }
        }
        if (countries.isEmpty()) {
            problems.add(file, line, "name at least one country: '::: country AT'");
        }
        return countries;
    }

    /** Refuses raw HTML, unsafe links and images that are not the bundle's own assets. */
    static void check(String file, Segment segment, Set<String> assets, Problems problems) {
        Node document = PARSER.parse(segment.markdown());
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlBlock html) {
                problems.add(file, line(html), "raw HTML is not allowed in lessons; write Markdown instead");
            }

            @Override
            public void visit(HtmlInline html) {
                problems.add(file, line(html), "raw HTML is not allowed in lessons; write Markdown instead");
            }

            @Override
            public void visit(Link link) {
                String target = link.getDestination().strip();
                if (!safeLink(target, assets)) {
                    problems.add(
                            file,
                            line(link),
                            "the link '" + target
                                    + "' is not allowed: use https:, http:, mailto: or a file in assets/");
                }
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                String source = image.getDestination().strip();
                if (!assets.contains(source)) {
                    problems.add(
                            file,
                            line(image),
                            "the image '" + source
                                    + "' must be a file in this bundle's assets/ folder (no images from elsewhere)");
                }
                visitChildren(image);
            }

            private int line(Node node) {
                return segment.firstLine()
                        + (node.getSourceSpans().isEmpty()
                                ? 0
                                : node.getSourceSpans().get(0).getLineIndex());
            }
        });
    }

    private static boolean safeLink(String target, Set<String> assets) {
        String lower = target.toLowerCase(Locale.ROOT);
        return lower.startsWith("https://")
                || lower.startsWith("http://")
                || lower.startsWith("mailto:")
                || lower.startsWith("#")
                || assets.contains(target);
    }

    /** Renders a checked segment; asset paths become {@code assetBase + path}. */
    static Html render(Segment segment, String assetBase) {
        Node document = PARSER.parse(segment.markdown());
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                image.setDestination(assetBase + image.getDestination().strip());
            }

            @Override
            public void visit(Link link) {
                if (link.getDestination().startsWith("assets/")) {
                    link.setDestination(assetBase + link.getDestination());
                }
                visitChildren(link);
            }
        });
        return new Html(segment.countries(), POLICY.sanitize(RENDERER.render(document)));
    }
}
