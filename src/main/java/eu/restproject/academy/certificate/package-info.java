/**
 * Certificates of attendance: issued to a participant for the hours credited at a seminar, as a PDF
 * with a verification code, and confirmed by a public page that shows nothing more than the
 * certificate itself. Built on seminar (sessions and attendance marks, read through its services),
 * people and platform; nothing below it may know certificates.
 */
package eu.restproject.academy.certificate;
