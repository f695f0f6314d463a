/**
 * The JSON API's frame: the JAX-RS application at {@code /api/v1}, the error body and the mappers
 * that turn service refusals into HTTP statuses, and the language of an answer. Resources
 * themselves live in each feature's {@code api} package. Uses no feature and no {@code web} class.
 */
package eu.restproject.academy.platform.api;
