package eu.restproject.academy.people.api;

import eu.restproject.academy.people.AccountRules;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A new account as {@code POST /accounts} receives it. The constraints report every unacceptable
 * field at once; country, profession, language and roles stay text here, read leniently ("lawyer",
 * "at") by the resource, and the service still applies {@link AccountRules} (a taken address, a
 * weak password) that no constraint can know.
 */
public record AccountJson(
        @NotBlank(message = "{error.email.required}")
        @Size(max = AccountRules.EMAIL_MAX, message = "{error.email.tooLong}")
        @Pattern(regexp = AccountRules.EMAIL_FORM, message = "{error.email.malformed}")
        String email,

        @NotBlank(message = "{error.name.required}")
        @Size(max = AccountRules.NAME_MAX, message = "{error.name.tooLong}")
        @Pattern(regexp = AccountRules.NAME_FORM, message = "{error.name.malformed}")
        String displayName,

        String country,
        String profession,
        String language,
        List<String> roles,

        @Size(min = AccountRules.PASSWORD_MIN, message = "{error.password.tooShort}")
        @Size(max = AccountRules.PASSWORD_MAX, message = "{error.password.tooLong}")
        String password) {}
