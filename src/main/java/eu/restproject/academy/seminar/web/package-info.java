/**
 * The seminar pages: listing and editing seminars, registrations and CSV imports, joining by
 * invitation, the trainer's check-in screen, the participant's check-in, roll call and sign-in
 * sheet scans. Beans call the services of {@code seminar}; they use no {@code api} class and no
 * {@code EntityManager}.
 */
package eu.restproject.academy.seminar.web;
