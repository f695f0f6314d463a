package eu.restproject.academy.quiz;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a learner gave for one question. Each question type accepts its own kind of answer. */
public sealed interface Answer {

    /** Chosen option ids (one for single choice and true/false). */
    record Choice(Set<String> optionIds) implements Answer {}

    /** For each prompt id, the id of the answer matched to it. */
    record Matching(Map<String, String> pairs) implements Answer {}

    /** Item ids in the order the learner put them. */
    record Ordering(List<String> itemIds) implements Answer {}

    /** Typed text (short answer or essay). */
    record Text(String text) implements Answer {}

    /** The choice ids taken at each decision point of a case study, in order. */
    record Path(List<String> choiceIds) implements Answer {}
}
