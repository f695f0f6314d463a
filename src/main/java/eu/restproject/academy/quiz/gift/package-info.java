/**
 * Moodle GIFT import and export of quiz questions, so that trainers can bring existing question
 * banks and take ours to Moodle. What GIFT and our model cannot share is reported as notes with a
 * line, never dropped silently (docs/gift.md). Part of quiz: it depends on the question model and
 * platform only, never on content or authoring, which use it.
 */
package eu.restproject.academy.quiz.gift;
