/**
 * The staff's attendance pages for one seminar and for a country over a period, with their charts
 * and exports. Beans call the services of {@code report}; they use no {@code api} class and no
 * {@code EntityManager}.
 */
package eu.restproject.academy.report.web;
