package eu.restproject.academy.people;

import eu.restproject.academy.platform.InvalidInputException;
import eu.restproject.academy.platform.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** Personal API tokens: created and revoked by their owner, checked on every API request. */
@ApplicationScoped
public class ApiTokens {

    static final int MAX_TOKENS = 20;
    static final int NAME_MAX = 60;
    /** Writing "last used" on every request would turn each API read into a write. */
    private static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Accounts accounts;

    /** The token just created, shown to its owner once. */
    public record Issued(ApiToken token, String secret) {}

    @Transactional
    public Issued create(Caller owner, String name) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty() || stripped.length() > NAME_MAX) {
            throw new InvalidInputException("tokenName", "error.token.name", NAME_MAX);
        }
        Account account = accounts.get(owner.accountId());
        if (ofOwner(owner).size() >= MAX_TOKENS) {
            throw new InvalidInputException("tokenName", "error.token.tooMany", MAX_TOKENS);
        }
        return issue(account, stripped, Secrets.token());
    }

    /** Registers a token chosen by the operator (ACADEMY_ADMIN_TOKEN) for a new admin. */
    @Transactional
    Issued issue(Account account, String name, String secret) {
        ApiToken token = new ApiToken(account, name, digest(secret), secret.substring(0, Math.min(8, secret.length())));
        em.persist(token);
        return new Issued(token, secret);
    }

    public List<ApiToken> ofOwner(Caller owner) {
        return em.createNamedQuery("ApiToken.ofAccount", ApiToken.class)
                .setParameter("account", em.getReference(Account.class, owner.accountId()))
                .getResultList();
    }

    @Transactional
    public void revoke(Caller owner, long tokenId) {
        ApiToken token = em.find(ApiToken.class, tokenId);
        if (token == null || token.getAccount().getId() != owner.accountId()) {
            throw new NotFoundException("error.token.notFound");
        }
        token.revoke(Instant.now());
    }

    /** The account a presented token belongs to, if the token is known and not revoked. */
    @Transactional
    public Optional<Account> authenticate(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 200) {
            return Optional.empty();
        }
        Optional<ApiToken> found = em.createNamedQuery("ApiToken.byDigest", ApiToken.class)
                .setParameter("digest", digest(secret))
                .getResultStream()
                .findFirst();
        found.ifPresent(token -> {
            Instant now = Instant.now();
            if (token.getLastUsedAt() == null
                    || token.getLastUsedAt().plus(LAST_USED_RESOLUTION).isBefore(now)) {
                token.markUsed(now);
            }
        });
        return found.map(ApiToken::getAccount);
    }

    static String digest(String secret) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
