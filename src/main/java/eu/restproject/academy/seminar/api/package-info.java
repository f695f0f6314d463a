/**
 * The JSON API for seminars: listing and creating them, registering people, and check-in with the
 * rotating code. Resources translate HTTP to the services of {@code seminar}; they use no {@code
 * web} class and no {@code EntityManager}. A seminar's attendance is served by {@code report.api},
 * since seminar must not know report.
 */
package eu.restproject.academy.seminar.api;
