/**
 * Case-study quizzes: the question types, country variants and the deterministic grading rules (see
 * docs/grading.md). Attempts, authoring and statistics build on this package. It depends on people
 * and platform only: content, which reads quizzes from bundles, sits above it, so nothing here may
 * import content or any other feature.
 */
package eu.restproject.academy.quiz;
