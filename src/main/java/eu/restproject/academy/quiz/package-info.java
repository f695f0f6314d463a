/**
 * Case-study quizzes: the question types, country variants and the deterministic grading rules
 * (see docs/grading.md). Attempts, authoring and statistics build on this package.
 */
package eu.restproject.academy.quiz;
