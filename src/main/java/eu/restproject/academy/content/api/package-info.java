/**
 * The JSON API for modules: the catalogue with versions and lesson ids, a module's manifest, and
 * bundle uploads. Resources translate HTTP to the services of {@code content}; they use no {@code
 * web} class and no {@code EntityManager}.
 */
package eu.restproject.academy.content.api;
