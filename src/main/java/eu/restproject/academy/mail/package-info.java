/**
 * Mail that is never lost: every message goes into the outbox in the transaction of the change that
 * causes it, and a sender hands it to the SMTP server later, retrying with backoff, once per message
 * however many nodes run. Knows nothing of the features that write letters; they decide whom to
 * write to and whether the person wants the {@link eu.restproject.academy.mail.MailTopic topic}.
 */
package eu.restproject.academy.mail;
