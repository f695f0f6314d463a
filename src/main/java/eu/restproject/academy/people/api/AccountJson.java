package eu.restproject.academy.people.api;

import eu.restproject.academy.people.AccountEmail;
import eu.restproject.academy.people.AccountRules;
import eu.restproject.academy.people.DisplayName;
import eu.restproject.academy.people.NewPassword;
import java.util.List;

/**
 * A new account as {@code POST /accounts} receives it. The constraints, the same as the account
 * forms', report every unacceptable field at once; country, profession, language and roles stay
 * text here, read leniently ("lawyer", "at") by the resource, and the service still applies what no
 * constraint can know ({@link AccountRules}: a taken address, a guessable password).
 */
public record AccountJson(
        @AccountEmail String email,
        @DisplayName String displayName,
        String country,
        String profession,
        String language,
        List<String> roles,
        @NewPassword String password) {}
