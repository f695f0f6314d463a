package eu.restproject.academy.certificate;

import eu.restproject.academy.mail.MailTopic;
import eu.restproject.academy.people.Account;
import eu.restproject.academy.people.Correspondence;
import eu.restproject.academy.platform.PublicUrl;
import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.platform.i18n.Readable;
import eu.restproject.academy.seminar.Seminar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * The letter (topic {@link MailTopic#LEARNING}) that tells a participant a certificate of attendance
 * was issued for them: the seminar, its dates and place, the hours credited, a link to the page
 * that offers the PDF, and the public address where anyone checks its verification code. Written
 * in the transaction that creates the certificate, and only then, so it goes once per certificate.
 */
@ApplicationScoped
public class CertificateNotice {

    static final String DOWNLOAD_PATH = "/seminars/certificate.xhtml?seminar=";

    @Inject
    private Correspondence correspondence;

    @Inject
    private PublicUrl publicUrl;

    @Transactional(TxType.MANDATORY)
    public void issued(Account participant, Seminar seminar, Certificate certificate) {
        String verifyUrl = CertificatePdf.verifyUrl(publicUrl.base(), certificate.getCode());
        correspondence.write(participant, MailTopic.LEARNING, letter -> {
            String title = seminar.title(letter.language());
            return letter.subject("mail.certificate.subject", title)
                    .paragraph(
                            "mail.certificate.text",
                            title,
                            dates(seminar, letter.language()),
                            seminar.getCity(),
                            Readable.hours(certificate.getHours()))
                    .paragraph("mail.certificate.verify", certificate.getCode(), verifyUrl)
                    .link("mail.certificate.link", DOWNLOAD_PATH + seminar.getId());
        });
    }

    private static String dates(Seminar seminar, Language language) {
        String first = Readable.longDate(seminar.getStartsOn(), language);
        return seminar.getEndsOn().equals(seminar.getStartsOn())
                ? first
                : first + " – " + Readable.longDate(seminar.getEndsOn(), language);
    }
}
