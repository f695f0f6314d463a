/**
 * The JSON API for learners: quizzes as a client shows them, attempts and their answers and
 * results, and quiz statistics for staff. Resources translate HTTP and JSON to the services of
 * {@code learning} and lay questions out as the pages do ({@code quiz.QuestionLayout}); they use no
 * {@code web} class and no {@code EntityManager}.
 */
package eu.restproject.academy.learning.api;
