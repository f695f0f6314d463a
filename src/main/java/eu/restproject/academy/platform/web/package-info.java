/**
 * The Faces side shared by all pages: translated messages on a form, error pages as a fresh GET,
 * refusals answered with their status and page, page parameters that must convert, and query values
 * for redirects. Faces beans themselves live in each feature's {@code web} package. Uses no feature
 * and no {@code api} class.
 */
package eu.restproject.academy.platform.web;
