package eu.restproject.academy.people;

import eu.restproject.academy.platform.InvalidInputException;
import eu.restproject.academy.platform.StartFailure;
import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.platform.i18n.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * On a database without accounts: creates the network admin and, when asked, the demo accounts.
 * There is no default password anywhere: what the operator did not configure is generated and
 * printed once, and a generated admin password must be changed at first sign-in.
 */
@Startup
@Singleton
@Interceptors(StartFailure.class)
@DependsOn("Database")
public class FirstStart {

    private static final Logger LOG = Logger.getLogger(FirstStart.class.getName());
    static final int MIN_TOKEN_LENGTH = 32;

    @Inject
    @ConfigProperty(name = "academy.admin.email", defaultValue = "admin@academy.local")
    String adminEmail;

    @Inject
    @ConfigProperty(name = "academy.admin.password")
    Optional<String> adminPassword;

    @Inject
    @ConfigProperty(name = "academy.admin.token")
    Optional<String> adminToken;

    @Inject
    @ConfigProperty(name = "academy.demo", defaultValue = "false")
    boolean demo;

    @Inject
    @ConfigProperty(name = "academy.demo.password")
    Optional<String> demoPassword;

    @Inject
    private Accounts accounts;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private ApiTokens tokens;

    @Inject
    private DemoAccounts demoAccounts;

    @PostConstruct
    void onStart() {
        if (!accounts.isEmpty()) {
            return;
        }
        createAdmin();
        if (demo) {
            seedDemo();
        }
    }

    private void createAdmin() {
        String email = checked(() -> AccountRules.checkEmail(adminEmail), "ACADEMY_ADMIN_EMAIL");
        boolean generated = adminPassword.filter(p -> !p.isBlank()).isEmpty();
        String password = generated ? Secrets.password(20) : adminPassword.get();
        checked(
                () -> {
                    AccountRules.checkPassword("password", password, email);
                    return password;
                },
                "ACADEMY_ADMIN_PASSWORD");
        Account admin = new Account(email, "Network admin", Language.EN, hasher.hash(password));
        admin.assignRoles(EnumSet.of(Role.ADMIN), null);
        if (generated) {
            admin.expirePassword();
        }
        accounts.add(admin);
        adminToken.filter(t -> !t.isBlank()).ifPresent(token -> {
            if (token.length() < MIN_TOKEN_LENGTH) {
                throw new IllegalStateException("ACADEMY_ADMIN_TOKEN must be at least " + MIN_TOKEN_LENGTH
                        + " characters long; the admin account was not created.");
            }
            tokens.issue(admin, "ACADEMY_ADMIN_TOKEN", token);
        });
        if (generated) {
            LOG.warning(() -> "\n\n  REST Academy: created the admin account " + email
                    + "\n  One-time password (shown only now, must be changed at first sign-in): " + password
                    + "\n  Set ACADEMY_ADMIN_EMAIL and ACADEMY_ADMIN_PASSWORD to choose them yourself.\n");
        } else {
            LOG.info(() -> "REST Academy: created the admin account " + email + " from ACADEMY_ADMIN_PASSWORD");
        }
    }

    private void seedDemo() {
        boolean generated = demoPassword.filter(p -> !p.isBlank()).isEmpty();
        String password = generated ? Secrets.password(16) : demoPassword.get();
        checked(
                () -> {
                    AccountRules.checkPassword("password", password, "");
                    return password;
                },
                "ACADEMY_DEMO_PASSWORD");
        int count = demoAccounts.create(hasher.hash(password));
        LOG.warning(() ->
                "\n\n  REST Academy demo: " + count + " demo accounts (see README, e.g. coordinator.at@example.org)"
                        + (generated ? "\n  Demo password (shown only now): " + password : " use ACADEMY_DEMO_PASSWORD")
                        + "\n");
    }

    private static String checked(java.util.function.Supplier<String> check, String variable) {
        try {
            return check.get();
        } catch (InvalidInputException e) {
            throw new IllegalStateException(
                    variable + " is not acceptable: " + Messages.format(Locale.ENGLISH, e.messageKey(), e.arguments())
                            + " Fix it and start again.",
                    e);
        }
    }
}
