package eu.restproject.academy.certificate.web;

import eu.restproject.academy.certificate.CertificateContent;
import eu.restproject.academy.certificate.Certificates;
import eu.restproject.academy.platform.i18n.LanguagePreference;
import eu.restproject.academy.platform.i18n.Readable;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.ZoneOffset;

/**
 * The public verification page: anyone holding a certificate (an employer, a court) types its code
 * or scans its QR code and sees whether it is valid, with the name, seminar, dates, hours and issue
 * date it states, and nothing else.
 */
@Named
@RequestScoped
public class VerifyView {

    private String code;
    private CertificateContent certificate;
    private boolean checked;

    @Inject
    private Certificates certificates;

    @Inject
    private LanguagePreference languagePreference;

    public void load() {
        if (code != null && !code.isBlank()) {
            checked = true;
            certificate = certificates.verify(code).orElse(null);
        }
    }

    public String longDate(java.time.LocalDate date) {
        return Readable.longDate(date, languagePreference.getLanguage());
    }

    public String getIssuedOn() {
        return certificate == null
                ? ""
                : longDate(certificate.issuedAt().atZone(ZoneOffset.UTC).toLocalDate());
    }

    public String hours(BigDecimal hours) {
        return Readable.hours(hours);
    }

    public CertificateContent getCertificate() {
        return certificate;
    }

    public boolean isChecked() {
        return checked;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
