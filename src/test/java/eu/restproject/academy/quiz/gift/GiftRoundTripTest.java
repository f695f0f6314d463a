package eu.restproject.academy.quiz.gift;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.quiz.ChoiceQuestion;
import eu.restproject.academy.quiz.EssayQuestion;
import eu.restproject.academy.quiz.Feedback;
import eu.restproject.academy.quiz.MatchingQuestion;
import eu.restproject.academy.quiz.Quiz;
import eu.restproject.academy.quiz.ShortAnswerQuestion;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Our questions written as GIFT and read back are the same questions, for every type GIFT can hold. */
class GiftRoundTripTest {

    private static Map<Language, String> fr(String text) {
        return Map.of(Language.FR, text);
    }

    private static Feedback says(String text) {
        return new Feedback(fr(text), Optional.empty());
    }

    private static List<Quiz.Item> items() {
        Map<String, String> pairs = new LinkedHashMap<>();
        pairs.put("p1", "a1");
        pairs.put("p2", "a2");
        pairs.put("p3", "a2");
        return List.of(
                new Quiz.Item(
                        new ChoiceQuestion(
                                "periode",
                                BigDecimal.ONE,
                                false,
                                List.of(
                                        new ChoiceQuestion.Option("a", true, says("Oui : Art. 13, au moins 30 jours.")),
                                        new ChoiceQuestion.Option(
                                                "b", false, says("Non {trop court} ~ voir l’Art. 13 = 30 jours.")),
                                        new ChoiceQuestion.Option("c", false, Feedback.NONE)),
                                Map.of()),
                        fr(
                                "Combien de temps dure au moins le délai de rétablissement et de réflexion (STCE n° 197, Art. 13) ?"),
                        Map.of(
                                "a",
                                fr("au moins 30 jours"),
                                "b",
                                fr("7 jours"),
                                "c",
                                fr("aussi longtemps que la police le décide"))),
                new Quiz.Item(
                        new ChoiceQuestion(
                                "assistance",
                                BigDecimal.ONE,
                                true,
                                List.of(
                                        new ChoiceQuestion.Option("a", true, Feedback.NONE),
                                                new ChoiceQuestion.Option("b", true, says("Oui.")),
                                        new ChoiceQuestion.Option("c", true, Feedback.NONE),
                                                new ChoiceQuestion.Option("d", false, says("Non : jamais."))),
                                Map.of()),
                        fr("Quelles mesures l’Art. 12 exige-t-il ?"),
                        Map.of(
                                "a",
                                fr("un hébergement sûr"),
                                "b",
                                fr("des soins médicaux d’urgence"),
                                "c",
                                fr("une traduction"),
                                "d",
                                fr("la rétention"))),
                new Quiz.Item(
                        ChoiceQuestion.trueFalse(
                                "cooperation", BigDecimal.ONE, false, says("Faux : aucune condition."), says("Exact.")),
                        fr("La victime doit d’abord coopérer avec la police."),
                        Map.of()),
                new Quiz.Item(
                        ChoiceQuestion.trueFalse(
                                "expulsion", BigDecimal.ONE, true, Feedback.NONE, says("Si : l’Art. 13 l’interdit.")),
                        fr("Aucune mesure d’éloignement ne peut être exécutée pendant le délai."),
                        Map.of()),
                new Quiz.Item(
                        new MatchingQuestion("articles", BigDecimal.ONE, pairs, Set.of("a1", "a2", "a3")),
                        fr("Associez chaque mesure à son article."),
                        Map.of(
                                "p1",
                                fr("assistance"),
                                "p2",
                                fr("délai de réflexion"),
                                "p3",
                                fr("pas d’éloignement"),
                                "a1",
                                fr("Art. 12"),
                                "a2",
                                fr("Art. 13"),
                                "a3",
                                fr("Art. 4"))),
                new Quiz.Item(
                        new ShortAnswerQuestion(
                                "jours", BigDecimal.ONE, List.of("30 jours", "trente jours"), false, false, Map.of()),
                        fr("Combien de jours au moins ?"),
                        Map.of()),
                new Quiz.Item(
                        new EssayQuestion("orientation", BigDecimal.ONE),
                        fr("Décrivez comment vous orienteriez une victime présumée :\n1. qui appeler\n2. quoi dire"),
                        Map.of()));
    }

    @Test
    void writtenAndReadBackGivesEqualItems() {
        GiftExport export = new GiftWriter().write(items(), Language.FR);
        assertEquals(List.of(), export.notes());
        GiftImport back = new GiftReader().read(export.text(), Language.FR);
        assertEquals(List.of(), back.notes(), export.text());
        assertEquals(
                items(),
                back.questions().stream().map(GiftImport.Imported::item).toList(),
                export.text());
    }
}
