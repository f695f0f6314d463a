package eu.restproject.academy.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.restproject.academy.support.LearnerApi;
import eu.restproject.academy.support.RunningAcademy;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The caller's mail choices in the API of the packaged platform: read, changed, and refused input. */
@ExtendWith(RunningAcademy.class)
class MailChoicesSystemIT {

    private static final String CHOICES = "/api/v1/me/mail";

    @Test
    void theCallerReadsAndChangesTheChoicesInTheLanguageAsked() throws Exception {
        String token = LearnerApi.participant("api-mail-choices", "AT", "LAWYER");

        Map<String, Object> fresh = json(LearnerApi.get(CHOICES + "?lang=de", token), 200);
        assertEquals(List.of(), fresh.get("declined"));
        Map<String, Object> learning = topic(fresh, "LEARNING");
        assertEquals(
                "Lernen: bewertete Aufsätze, Zertifikate, vor einem Seminar abzuschließende Module",
                learning.get("name"));
        assertEquals(false, learning.get("mandatory"));
        assertEquals(true, learning.get("receive"));
        assertEquals(true, topic(fresh, "ACCOUNT").get("mandatory"));

        Map<String, Object> changed = json(
                LearnerApi.send("PUT", CHOICES, token, "{\"declined\":[\"learning\",\"SEMINAR_REMINDERS\"]}"), 200);
        assertEquals(List.of("LEARNING", "SEMINAR_REMINDERS"), changed.get("declined"));
        assertEquals(false, topic(changed, "LEARNING").get("receive"));
        assertEquals(true, topic(changed, "SEMINAR_UPDATES").get("receive"));

        Map<String, Object> reread = json(LearnerApi.get(CHOICES, token), 200);
        assertEquals(List.of("LEARNING", "SEMINAR_REMINDERS"), reread.get("declined"));
        assertEquals(
                "Learning: graded essays, certificates, modules to finish before a seminar",
                topic(reread, "LEARNING").get("name"));
    }

    @Test
    void unknownAndMandatoryTopicsAreRefusedAndChangeNothing() throws Exception {
        String token = LearnerApi.participant("api-mail-refused", "NL", "POLICE");
        json(LearnerApi.send("PUT", CHOICES, token, "{\"declined\":[\"LEARNING\"]}"), 200);

        Map<String, Object> unknown =
                json(LearnerApi.send("PUT", CHOICES, token, "{\"declined\":[\"NEWSLETTER\"]}"), 400);
        assertEquals("error.mail.topic.unknown", unknown.get("error"));
        assertTrue(
                String.valueOf(unknown.get("message"))
                        .startsWith("Unknown message topic: NEWSLETTER. The topics are: "),
                unknown.toString());

        Map<String, Object> mandatory =
                json(LearnerApi.send("PUT", CHOICES, token, "{\"declined\":[\"SEMINAR_UPDATES\",\"ACCOUNT\"]}"), 400);
        assertEquals("error.mail.topic.mandatory", mandatory.get("error"));
        assertEquals(
                "Messages of the topic ACCOUNT are always sent and cannot be turned off.", mandatory.get("message"));

        assertEquals(
                "error.mail.declined.required",
                json(LearnerApi.send("PUT", CHOICES, token, "{}"), 400).get("error"));
        assertEquals(
                "error.json.malformed",
                json(LearnerApi.send("PUT", CHOICES, token, "{\"declined\":\"LEARNING\"}"), 400)
                        .get("error"));
        assertEquals(
                401, LearnerApi.send("PUT", CHOICES, null, "{\"declined\":[]}").statusCode());

        assertEquals(
                List.of("LEARNING"), json(LearnerApi.get(CHOICES, token), 200).get("declined"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        return (Map<String, Object>) LearnerApi.json(response.body());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> topic(Map<String, Object> choices, String code) {
        return ((List<Map<String, Object>>) choices.get("topics"))
                .stream()
                        .filter(topic -> code.equals(topic.get("topic")))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError(code + " missing in " + choices));
    }
}
