/**
 * The JSON API for accounts: the caller's own account, accounts the admin opens (for provisioning
 * scripts), personal API tokens, and the staff's lists of people. Resources only translate HTTP to
 * the services of {@code people}; they use no {@code web} class and no {@code EntityManager}.
 */
package eu.restproject.academy.people.api;
