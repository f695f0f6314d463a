/**
 * Attendance reports across seminars: figures per seminar, session, profession and country, the
 * spreadsheet and PDF exports, and the printable sign-in sheets. Reads across features and writes
 * nothing; every report checks the caller's country scope first. It sits at the top: it may use
 * every feature below it, through their services, and nothing may depend on it.
 */
package eu.restproject.academy.report;
