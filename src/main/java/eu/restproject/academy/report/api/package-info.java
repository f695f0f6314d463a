/**
 * Attendance reports as JSON, under the seminars' URLs ({@code /api/v1/seminars/{id}/attendance}):
 * here and not in {@code seminar.api} so that seminar knows nothing of the reports built on it.
 * Resources use no {@code web} class and no {@code EntityManager}.
 */
package eu.restproject.academy.report.api;
