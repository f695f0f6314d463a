/**
 * National seminars: sessions, registration with a waiting list, rotating-code check-in and roll
 * call. Attendance is one mark per participant and session, and every change to a mark is kept.
 */
package eu.restproject.academy.seminar;
