package eu.restproject.academy.certificate;

import eu.restproject.academy.people.Account;
import eu.restproject.academy.people.Accounts;
import eu.restproject.academy.people.Caller;
import eu.restproject.academy.platform.AccessDeniedException;
import eu.restproject.academy.platform.ConflictException;
import eu.restproject.academy.platform.NotFoundException;
import eu.restproject.academy.platform.i18n.Messages;
import eu.restproject.academy.seminar.AttendanceMarks;
import eu.restproject.academy.seminar.Seminar;
import eu.restproject.academy.seminar.SeminarAccess;
import eu.restproject.academy.seminar.Seminars;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Issues certificates of attendance and verifies them. A participant gets one for a seminar at
 * which they were credited hours (present or late at one session at least); a coordinator of the
 * seminar's country (or the admin) may issue it for them. It can be had as soon as hours are
 * credited, not only after the last session: participants of multi-day seminars often need proof
 * for their employer after the first day, and the certificate never states more than the hours
 * credited when it is downloaded. Downloading again after attendance changed updates the hours;
 * the code stays, so a printed certificate remains verifiable.
 *
 * <p>A certificate that someone other than the participant brings into existence (a coordinator
 * issuing it for them, or the close of the seminar's attendance, see {@link AttendeeCertificates})
 * is announced to the participant by mail ({@link CertificateNotice}), once, when it is created; the
 * participant's own first download is not, since they are looking at it.
 *
 * <p>Verification shows the hours credited now: a certificate whose hours were all withdrawn (a
 * mark corrected to absent) no longer verifies. The public page has no rate limit; codes are long
 * enough that guessing one is hopeless (see {@link CertificateCodes}).
 */
@ApplicationScoped
public class Certificates {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Accounts accounts;

    @Inject
    private Seminars seminars;

    @Inject
    private AttendanceMarks attendanceMarks;

    @Inject
    private CertificateNotice notice;

    @Inject
    @ConfigProperty(name = "academy.certificate.issuer")
    Optional<String> configuredIssuer;

    private Clock clock = Clock.systemUTC();

    /** The caller's own certificate for the seminar. */
    @Transactional
    public CertificateContent issue(Caller caller, long seminarId) {
        return issue(caller, seminarId, caller.accountId());
    }

    /**
     * The certificate of {@code accountId} for the seminar, created on first issue. Refused when the
     * person was credited no hours there, and for anyone but the person and the staff managing the seminar.
     */
    @Transactional
    public CertificateContent issue(Caller caller, long seminarId, long accountId) {
        Seminar seminar = seminars.find(seminarId).orElseThrow(() -> new NotFoundException("seminar.error.notFound"));
        if (caller.accountId() != accountId) {
            if (!caller.isStaff()) {
                throw new AccessDeniedException("certificate.error.notYours");
            }
            SeminarAccess.requireSee(caller, seminar);
            SeminarAccess.requireManage(caller, seminar.getCountry());
        }
        BigDecimal hours = attendanceMarks.creditedHours(seminar, accountId);
        if (hours.signum() == 0) {
            throw new ConflictException("seminar", "certificate.error.noAttendance");
        }
        // The seminar's row lock keeps two first downloads at once from both creating a certificate.
        seminars.lock(seminar);
        Account participant = accounts.get(accountId);
        Optional<Certificate> existing = find(seminarId, accountId);
        Certificate certificate;
        if (existing.isPresent()) {
            certificate = existing.get();
            certificate.credit(hours);
        } else {
            certificate = create(seminar, participant, hours, caller.accountId() != accountId);
        }
        return content(certificate, seminar, participant, hours);
    }

    /** The person's certificate for the seminar, if one was issued. */
    Optional<Certificate> find(long seminarId, long accountId) {
        return em.createNamedQuery("Certificate.of", Certificate.class)
                .setParameter("seminar", seminarId)
                .setParameter("account", accountId)
                .getResultStream()
                .findFirst();
    }

    /**
     * A new certificate, under the seminar's row lock that the caller holds; {@code announce} writes the
     * participant a letter about it, in the same transaction.
     */
    Certificate create(Seminar seminar, Account participant, BigDecimal hours, boolean announce) {
        // Milliseconds, as every database keeps them, so that the first answer and later reads agree.
        Certificate certificate = new Certificate(
                unusedCode(),
                seminar.getId(),
                participant.getId(),
                hours,
                clock.instant().truncatedTo(ChronoUnit.MILLIS));
        em.persist(certificate);
        if (announce) {
            notice.issued(participant, seminar, certificate);
        }
        return certificate;
    }

    /** What the public page shows for a typed code; empty for an unknown, malformed or withdrawn one alike. */
    public Optional<CertificateContent> verify(String typed) {
        String code = CertificateCodes.normalise(typed).orElse("");
        // The same query for a malformed code as for an unknown one: the answer takes the same time.
        Optional<Certificate> found = em.createNamedQuery("Certificate.byCode", Certificate.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Certificate certificate = found.get();
        Seminar seminar = seminars.find(certificate.getSeminarId()).orElseThrow();
        BigDecimal hours = attendanceMarks.creditedHours(seminar, certificate.getAccountId());
        if (hours.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(content(certificate, seminar, accounts.get(certificate.getAccountId()), hours));
    }

    /** The issuing organisation as printed: {@code ACADEMY_CERTIFICATE_ISSUER} if set, else the bundle's text. */
    public String issuer(Locale locale) {
        return configuredIssuer
                .filter(i -> !i.isBlank())
                .orElseGet(() -> Messages.format(locale, "certificate.issuer"));
    }

    private static CertificateContent content(
            Certificate certificate, Seminar seminar, Account participant, BigDecimal hours) {
        return new CertificateContent(
                certificate.getCode(),
                participant.getDisplayName(),
                seminar.title(participant.getLanguage()),
                seminar.getStartsOn(),
                seminar.getEndsOn(),
                seminar.getCity(),
                hours,
                certificate.getIssuedAt(),
                participant.getLanguage());
    }

    private String unusedCode() {
        while (true) {
            String code = CertificateCodes.random();
            if (em.createNamedQuery("Certificate.byCode", Certificate.class)
                    .setParameter("code", code)
                    .getResultList()
                    .isEmpty()) {
                return code;
            }
        }
    }
}
