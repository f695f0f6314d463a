/**
 * What learners do with modules: lesson progress and how it carries across versions, quiz attempts
 * (start, save, submit, regrade), the trainers' essay grading, and quiz statistics from submitted
 * attempts. Builds on content, quiz, people and platform; seminars, certificates and reports are
 * above it and unknown to it.
 */
package eu.restproject.academy.learning;
