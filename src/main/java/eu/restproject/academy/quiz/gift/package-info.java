/**
 * Moodle GIFT import and export of quiz questions, so that trainers can bring existing question
 * banks and take ours to Moodle. What GIFT and our model cannot share is reported as notes with a
 * line, never dropped silently (docs/gift.md).
 */
package eu.restproject.academy.quiz.gift;
