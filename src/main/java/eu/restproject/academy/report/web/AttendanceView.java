package eu.restproject.academy.report.web;

import eu.restproject.academy.people.CurrentCaller;
import eu.restproject.academy.platform.AcademyException;
import eu.restproject.academy.platform.PublicUrl;
import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.platform.i18n.LanguagePreference;
import eu.restproject.academy.platform.i18n.Messages;
import eu.restproject.academy.platform.i18n.Readable;
import eu.restproject.academy.platform.web.FacesMessages;
import eu.restproject.academy.report.AttendanceExport;
import eu.restproject.academy.report.AttendanceFigures;
import eu.restproject.academy.report.AttendanceReportPdf;
import eu.restproject.academy.report.AttendanceReports;
import eu.restproject.academy.report.SeminarReport;
import eu.restproject.academy.report.SessionFigures;
import eu.restproject.academy.report.SignInSheet;
import eu.restproject.academy.report.SignInSheetPdf;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Optional;
import org.omnifaces.util.Faces;

/**
 * A seminar's attendance dashboard, and its downloads: {@code ?format=xlsx|csv|pdf} sends the
 * seminar's report, {@code ?sheet={session}} a session's sign-in sheet. Downloads are reads, so
 * plain links; the service checks the country scope for each, and a refusal shows on the page.
 */
@Named
@RequestScoped
public class AttendanceView {

    private Long seminar;
    private String format;
    private Long sheet;

    private SeminarReport report;
    private String chart;
    private Language language;

    @Inject
    private AttendanceReports reports;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private LanguagePreference languagePreference;

    @Inject
    private PublicUrl publicUrl;

    @Inject
    private HttpServletRequest request;

    public void load() throws IOException {
        language = languagePreference.getLanguage();
        try {
            if (sheet != null) {
                SignInSheet signIn = reports.sheet(currentCaller.get(), sheet, language);
                Faces.sendFile(
                        SignInSheetPdf.write(signIn, language, publicUrl.of(request, "")),
                        "sign-in-sheet-session-" + sheet + ".pdf",
                        true);
                return;
            }
            if (seminar == null) {
                FacesMessages.error("seminar.error.notFound");
                return;
            }
            report = reports.seminar(currentCaller.get(), seminar, language);
            sendFileIfAsked();
            chart = AttendanceChart.json(
                    report.sessions().stream()
                            .map(s -> new AttendanceChart.Bar(
                                    sessionLabel(s),
                                    s.figures().registered(),
                                    s.figures().attended()))
                            .toList(),
                    message("report.figures.registered"),
                    message("report.figures.attended"));
        } catch (AcademyException refusal) {
            report = null;
            FacesMessages.error(refusal.messageKey(), refusal.arguments());
        }
    }

    private void sendFileIfAsked() throws IOException {
        if ("pdf".equalsIgnoreCase(format)) {
            Faces.sendFile(AttendanceReportPdf.write(report, language), "seminar-" + seminar + "-attendance.pdf", true);
            return;
        }
        Optional<AttendanceExport.Format> asked = AttendanceExport.Format.of(format);
        if (asked.isPresent()) {
            Faces.sendFile(
                    AttendanceExport.write(report, language.locale(), asked.get()),
                    asked.get().fileName(report),
                    true);
        }
    }

    public String sessionLabel(SessionFigures session) {
        return session.heldOn() + " " + session.startsAt() + "–" + session.endsAt();
    }

    public String longDate(java.time.LocalDate date) {
        return Readable.longDate(date, language);
    }

    public String rate(AttendanceFigures figures) {
        return ReportFormat.rate(figures);
    }

    public String hours(BigDecimal hours) {
        return Readable.hours(hours);
    }

    private String message(String key) {
        return Messages.format(language.locale(), key);
    }

    public SeminarReport getReport() {
        return report;
    }

    public String getChart() {
        return chart;
    }

    public Long getSeminar() {
        return seminar;
    }

    public void setSeminar(Long seminar) {
        this.seminar = seminar;
    }

    public String getFormat() {
        return format;
    }

    public void setFormat(String format) {
        this.format = format;
    }

    public Long getSheet() {
        return sheet;
    }

    public void setSheet(Long sheet) {
        this.sheet = sheet;
    }
}
