package eu.restproject.academy.learning;

import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.restproject.academy.content.Bundles;
import java.net.http.HttpResponse;

/** The quiz the statistics system and browser tests ask; learners and attempts come from {@link eu.restproject.academy.support.LearnerApi}. */
final class StatisticsApi {

    private StatisticsApi() {}

    static void publishQuiz(String moduleId) throws Exception {
        HttpResponse<String> upload =
                Bundles.publishThroughApi(moduleId + ".zip", Bundles.withQuiz(moduleId, "1.0.0", "new", Bundles.QUIZ));
        assertTrue(upload.statusCode() == 201 || upload.statusCode() == 200, upload.body());
    }
}
