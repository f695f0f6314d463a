package eu.restproject.academy.people;

import eu.restproject.academy.mail.MailTopic;
import eu.restproject.academy.platform.i18n.Language;
import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * A person who signs in. Invariants: the e-mail is stored lower-case and unique; an account that
 * holds a country-bound role (trainer, coordinator) has a country.
 *
 * <p>Not in the shared cache: roles and passwords changed on one node must count on every node at
 * the next request.
 */
@Entity
@Cacheable(false)
@NamedQuery(name = "Account.byEmail", query = "select a from Account a where a.email = :email")
@NamedQuery(name = "Account.count", query = "select count(a) from Account a")
public class Account {

    @Id
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 254)
    private String email;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(length = 2)
    private Country country;

    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    private Profession profession;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 5)
    private Language language;

    @Column(name = "password_hash", nullable = false, length = 512)
    private String passwordHash;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "privacy_accepted_at")
    private Instant privacyAcceptedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Sessions carry the value they signed in under; raising it ends them all, on every node. */
    @Column(name = "session_generation", nullable = false)
    private long sessionGeneration;
    /** When the owner proved the address is theirs; empty only for a self-registration not yet confirmed. */
    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 16)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    /** The optional mail topics this person turned off; mandatory topics are never stored here. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_declined_topic", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "topic", length = 32)
    private Set<MailTopic> declinedTopics = EnumSet.noneOf(MailTopic.class);

    protected Account() {
        // for JPA
    }

    public Account(String email, String displayName, Language language, String passwordHash) {
        this.email = normalizeEmail(email);
        this.displayName = displayName.strip();
        this.language = language;
        this.passwordHash = passwordHash;
        this.createdAt = Instant.now();
        this.confirmedAt = createdAt;
    }

    public static String normalizeEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** Sets roles and country together, so that the country-bound invariant is checked once. */
    public void assignRoles(Set<Role> newRoles, Country newCountry) {
        if (newRoles.stream().anyMatch(Role::isCountryBound) && newCountry == null) {
            throw new IllegalArgumentException("Trainers and coordinators need a country");
        }
        this.roles = newRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(newRoles);
        this.country = newCountry;
    }

    public void describe(String newDisplayName, Profession newProfession, Language newLanguage) {
        this.displayName = newDisplayName.strip();
        this.profession = newProfession;
        this.language = newLanguage;
    }

    /** Participants choose their own country; staff are placed by an admin. */
    public void moveTo(Country newCountry) {
        if (roles.stream().anyMatch(Role::isCountryBound)) {
            throw new IllegalStateException("The country of staff is assigned by an admin");
        }
        this.country = newCountry;
    }

    public void acceptPrivacyNotice(Instant when) {
        this.privacyAcceptedAt = when;
    }

    /** A self-registration: the address counts once its owner followed the link sent to it. */
    public void awaitConfirmation() {
        this.confirmedAt = null;
    }

    /** The owner followed a confirmation link; a later link changes nothing. */
    public void confirm(Instant when) {
        if (confirmedAt == null) {
            this.confirmedAt = when;
        }
    }

    public boolean isConfirmed() {
        return confirmedAt != null;
    }

    public void setPassword(String newHash, boolean oneTime) {
        this.passwordHash = newHash;
        this.mustChangePassword = oneTime;
    }

    /**
     * Ends every session signed in so far, wherever it lives: each request compares its session's
     * generation with the account's ({@code AcademyAuthenticationMechanism}). API tokens are not sessions
     * and stay.
     */
    public void endSessions() {
        this.sessionGeneration++;
    }

    /** The current password works once more: the next sign-in must replace it. */
    public void expirePassword() {
        this.mustChangePassword = true;
    }

    public void chooseLanguage(Language newLanguage) {
        this.language = newLanguage;
    }

    /** Whether mail of this topic may go to this person: mandatory topics always may. */
    public boolean wants(MailTopic topic) {
        return !topic.isOptional() || !declinedTopics.contains(topic);
    }

    /** Turns off exactly the given optional topics; mandatory ones cannot be turned off. */
    public void decline(Set<MailTopic> topics) {
        EnumSet<MailTopic> optional = EnumSet.noneOf(MailTopic.class);
        topics.stream().filter(MailTopic::isOptional).forEach(optional::add);
        this.declinedTopics = optional;
    }

    public Set<MailTopic> getDeclinedTopics() {
        return Collections.unmodifiableSet(declinedTopics);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Country getCountry() {
        return country;
    }

    public Optional<Country> findCountry() {
        return Optional.ofNullable(country);
    }

    public Profession getProfession() {
        return profession;
    }

    public Language getLanguage() {
        return language;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public Instant getPrivacyAcceptedAt() {
        return privacyAcceptedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getSessionGeneration() {
        return sessionGeneration;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }
}
