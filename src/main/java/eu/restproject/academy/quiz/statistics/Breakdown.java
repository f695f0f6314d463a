package eu.restproject.academy.quiz.statistics;

import java.util.Map;

/**
 * The same figures for each group (country, profession) side by side, in the order of the group's
 * enum and with every group present, plus the figures of all sittings together. {@code all} also
 * counts sittings that belong to no group, so it may be more than the groups added up.
 */
public record Breakdown<K extends Enum<K>>(Map<K, QuizFigures> groups, QuizFigures all) {}
