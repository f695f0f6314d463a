package eu.restproject.academy.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.restproject.academy.people.Country;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LessonMarkdownTest {

    @Test
    void countrySectionsBecomeTheirOwnSegments() {
        Problems problems = new Problems();
        List<LessonMarkdown.Segment> segments = LessonMarkdown.segments(
                "x.en.md", "Common\n\n::: country AT NL\nFor two\n:::\nCommon again\n", problems);
        assertTrue(problems.isEmpty());
        assertEquals(3, segments.size());
        assertEquals(Set.of(Country.AT, Country.NL), segments.get(1).countries());
        assertEquals(4, segments.get(1).firstLine());
        assertTrue(segments.get(2).forEveryone());
    }

    @Test
    void renderingRewritesAssetsAndKeepsOnlySafeHtml() {
        LessonMarkdown.Html html = LessonMarkdown.render(
                new LessonMarkdown.Segment(
                        Set.of(),
                        1,
                        "## Heading\n\n**Bold** [link](https://example.org) ![alt](assets/a.png) <b onclick=x>raw</b>\n"),
                "/content/m/1.0.0/");
        assertTrue(html.html().contains("<h2>Heading</h2>"), html.html());
        assertTrue(html.html().contains("<strong>Bold</strong>"));
        assertTrue(html.html().contains("src=\"/content/m/1.0.0/assets/a.png\""), html.html());
        assertTrue(html.html().contains("rel=\"nofollow\""));
        assertFalse(html.html().contains("<b"), "raw HTML is escaped, never passed through: " + html.html());
        assertTrue(html.html().contains("&lt;b onclick&#61;x&gt;raw"), html.html());
    }
}
