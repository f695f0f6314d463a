/**
 * The authors' pages: modules they may edit, the question bank with its forms, repair of imported
 * questions, previews as learners see them, and quiz drafts. Beans call the services of {@code
 * authoring}; they use no {@code api} class and no {@code EntityManager}.
 */
package eu.restproject.academy.authoring.web;
