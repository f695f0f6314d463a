/**
 * Pages about accounts: sign-in and out, registration, the own profile and password, the admin's
 * account pages, the staff's list of people, and the language switch. Beans call the services of
 * {@code people}; they use no {@code api} class and no {@code EntityManager}.
 */
package eu.restproject.academy.people.web;
