/**
 * Item analysis of quizzes: how hard each question was, how well it separates strong from weak
 * learners and which answers were given, computed from submitted attempts without touching the
 * database, and written as CSV or XLSX with the shared writers of {@code platform.export} (formulas
 * and a worked example in docs/statistics.md). Part of quiz: it depends on the question model,
 * people and platform only; learning feeds it the attempts.
 */
package eu.restproject.academy.quiz.statistics;
