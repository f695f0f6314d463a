package eu.restproject.academy.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.restproject.academy.platform.InvalidInputException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Answers sent by API clients are read strictly: one known member, strings only. */
class AnswerCodecTest {

    @Test
    void everyFormReadsBackAsItsAnswer() {
        assertEquals(new Answer.Choice(Set.of("a", "b")), AnswerCodec.parse("{\"choice\":[\"a\",\"b\"]}"));
        assertEquals(new Answer.Matching(Map.of("p", "x")), AnswerCodec.parse("{\"pairs\":{\"p\":\"x\"}}"));
        assertEquals(new Answer.Ordering(List.of("b", "a")), AnswerCodec.parse("{\"order\":[\"b\",\"a\"]}"));
        assertEquals(new Answer.Path(List.of("refer")), AnswerCodec.parse("{\"path\":[\"refer\"]}"));
        Answer script = AnswerCodec.parse("{\"text\":\"<script>alert(\\\"x\\\")</script>\"}");
        assertEquals(new Answer.Text("<script>alert(\"x\")</script>"), script);
        assertEquals(script, AnswerCodec.decode(AnswerCodec.encode(script)), "stored as text, unchanged");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not json", "[]", "{}", "{\"choice\":[\"a\"]", "{\"choice\":[1]}", "{\"choice\":\"a\"}",
            "{\"text\":3}", "{\"pairs\":{\"p\":1}}", "{\"colour\":\"red\"}", "{\"text\":\"a\",\"choice\":[]}"})
    void anythingElseIsRefusedAsMalformed(String body) {
        assertEquals("error.json.malformed", assertThrows(InvalidInputException.class, () -> AnswerCodec.parse(body)).messageKey());
    }
}
