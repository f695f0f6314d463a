package eu.restproject.academy.people.api;

import eu.restproject.academy.people.Account;
import eu.restproject.academy.people.Role;
import java.util.List;

/** An account as the API shows it: no password hash, no tokens. */
public record PersonJson(
        long id,
        String email,
        String displayName,
        String country,
        String profession,
        String language,
        List<String> roles) {

    static PersonJson of(Account account) {
        return new PersonJson(
                account.getId(),
                account.getEmail(),
                account.getDisplayName(),
                account.getCountry() == null ? null : account.getCountry().name(),
                account.getProfession() == null ? null : account.getProfession().name(),
                account.getLanguage().code(),
                account.getRoles().stream().map(Role::groupName).sorted().toList());
    }
}
