package eu.restproject.academy.certificate;

import eu.restproject.academy.platform.i18n.Language;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What a certificate states, and all that the public verification page may show of it: no e-mail,
 * no profession, no other certificates of the same person. The seminar's title is in the
 * participant's language, as printed on their certificate, and {@code language} is the one the
 * certificate is written in.
 */
public record CertificateContent(
        String code,
        String participant,
        String seminarTitle,
        LocalDate startsOn,
        LocalDate endsOn,
        String city,
        BigDecimal hours,
        Instant issuedAt,
        Language language) {}
