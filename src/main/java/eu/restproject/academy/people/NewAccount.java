package eu.restproject.academy.people;

import eu.restproject.academy.platform.i18n.Language;

/** What a person or an admin enters to open an account. */
public record NewAccount(String email, String displayName, Country country, Profession profession, Language language) {}
