/**
 * The learners' pages (catalogue, module, lesson, attempt, result) and the trainers' essay queue
 * and quiz statistics. Beans call the services of {@code learning}, {@code content} and {@code
 * quiz}; they use no {@code api} class and no {@code EntityManager}.
 */
package eu.restproject.academy.learning.web;
