/** iCalendar files (RFC 5545) for mail attachments and calendar feeds. */
package eu.restproject.academy.platform.calendar;
