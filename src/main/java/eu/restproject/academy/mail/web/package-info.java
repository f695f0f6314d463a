/** The admin's outbox page: what was sent, what waits, what failed and can be sent again. */
package eu.restproject.academy.mail.web;
