/**
 * Accounts and what makes a person a caller: sign-in (pages and API tokens), roles, the country
 * scope that every service checks through {@link Caller}, self-registration, profiles, the staff's
 * lists of people, and the admin's and demo accounts made at first start. Every feature builds on
 * it, so it depends on platform only and knows nothing of what the features record about a person.
 */
package eu.restproject.academy.people;
