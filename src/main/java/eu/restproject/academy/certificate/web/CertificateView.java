package eu.restproject.academy.certificate.web;

import eu.restproject.academy.certificate.CertificateContent;
import eu.restproject.academy.certificate.CertificatePdf;
import eu.restproject.academy.certificate.Certificates;
import eu.restproject.academy.people.CurrentCaller;
import eu.restproject.academy.platform.AcademyException;
import eu.restproject.academy.platform.PublicUrl;
import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.platform.i18n.LanguagePreference;
import eu.restproject.academy.platform.i18n.Readable;
import eu.restproject.academy.platform.web.FacesMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * The participant's certificate of attendance for a seminar: the page says what it states and
 * offers the PDF ({@code ?download=pdf}). Someone with no hours credited there gets the reason
 * instead, and no file.
 */
@Named
@RequestScoped
public class CertificateView {

    private Long seminar;
    private String download;

    private CertificateContent certificate;
    private String verifyUrl;

    @Inject
    private Certificates certificates;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private LanguagePreference languagePreference;

    @Inject
    private PublicUrl publicUrl;

    @Inject
    private HttpServletRequest request;

    public void load() throws IOException {
        if (seminar == null) {
            FacesMessages.error("seminar.error.notFound");
            return;
        }
        try {
            certificate = certificates.issue(currentCaller.get(), seminar);
        } catch (AcademyException refusal) {
            FacesMessages.error(refusal.messageKey(), refusal.arguments());
            return;
        }
        String base = publicUrl.of(request, "");
        verifyUrl = CertificatePdf.verifyUrl(base, certificate.code());
        if ("pdf".equalsIgnoreCase(download)) {
            Language language = certificate.language() == null ? Language.EN : certificate.language();
            byte[] pdf = CertificatePdf.write(certificate, certificates.issuer(language.locale()), base);
            org.omnifaces.util.Faces.sendFile(pdf, "certificate-" + certificate.code() + ".pdf", true);
        }
    }

    public String longDate(java.time.LocalDate date) {
        return Readable.longDate(date, languagePreference.getLanguage());
    }

    public String hours(BigDecimal hours) {
        return Readable.hours(hours);
    }

    public CertificateContent getCertificate() {
        return certificate;
    }

    public String getVerifyUrl() {
        return verifyUrl;
    }

    public Long getSeminar() {
        return seminar;
    }

    public void setSeminar(Long seminar) {
        this.seminar = seminar;
    }

    public String getDownload() {
        return download;
    }

    public void setDownload(String download) {
        this.download = download;
    }
}
