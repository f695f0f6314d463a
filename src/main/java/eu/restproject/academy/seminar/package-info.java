/**
 * National seminars: sessions, registration with a waiting list, rotating-code check-in and roll
 * call. Attendance is one mark per participant and session, and every change to a mark is kept.
 * Builds on learning, content, people and platform; certificates and reports are above it, so
 * nothing here may import them, and other features read its tables only through its services.
 */
package eu.restproject.academy.seminar;
