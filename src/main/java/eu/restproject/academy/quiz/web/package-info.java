/**
 * Faces beans that show one question to a learner and the feedback lines after it, shared by the
 * attempt page and the authors' preview. They use no {@code api} class and no {@code
 * EntityManager}; what the API needs too lives in {@code quiz} itself.
 */
package eu.restproject.academy.quiz.web;
