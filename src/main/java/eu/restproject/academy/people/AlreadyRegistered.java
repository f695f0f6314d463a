package eu.restproject.academy.people;

import eu.restproject.academy.platform.i18n.Language;

/**
 * Someone registered with an e-mail address that already has an account. The registration page
 * answers as for a new account, so that it reveals nothing; the owner of the address is the one
 * to be told, by mail in the language of their account, which {@link Confirmations} does.
 */
public record AlreadyRegistered(String email, Language language) {}
