package eu.restproject.academy.seminar.web;

import eu.restproject.academy.people.CurrentCaller;
import eu.restproject.academy.platform.AcademyException;
import eu.restproject.academy.platform.i18n.LanguagePreference;
import eu.restproject.academy.platform.i18n.Messages;
import eu.restproject.academy.platform.web.FacesMessages;
import eu.restproject.academy.seminar.ImportPreview;
import eu.restproject.academy.seminar.RegistrationImport;
import eu.restproject.academy.seminar.RegistrationImports;
import jakarta.enterprise.context.Dependent;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;

/**
 * The CSV import on the registrations page: the uploaded file is kept in the view with its preview
 * until the coordinator confirms (registering the good rows) or discards it. Nothing is saved
 * before the confirmation.
 */
@Dependent
public class ImportStep implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A preview line as the page shows it, its reason already in the reader's language. */
    public record Line(int line, String email, String name, String who, boolean good, String field, String reason)
            implements Serializable {}

    private long seminarId;
    private byte[] file;
    private ImportPreview preview;
    private List<Line> lines = List.of();

    @Inject
    private transient RegistrationImports imports;

    @Inject
    private transient CurrentCaller currentCaller;

    @Inject
    private transient LanguagePreference languagePreference;

    void forSeminar(long id) {
        seminarId = id;
    }

    /** Reads the chosen file and shows what it would do. */
    public void upload() throws IOException, ServletException {
        discard();
        HttpServletRequest request = (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
        Part part = request.getPart("csv");
        if (part == null || part.getSize() == 0) {
            FacesMessages.error("import.error.noFile");
            return;
        }
        if (part.getSize() > RegistrationImport.MAX_BYTES) {
            FacesMessages.error("import.error.tooLarge", RegistrationImport.MAX_BYTES / 1024);
            return;
        }
        byte[] bytes;
        try (InputStream in = part.getInputStream()) {
            bytes = in.readAllBytes();
        }
        try {
            show(imports.preview(currentCaller.get(), seminarId, bytes));
            file = bytes;
        } catch (AcademyException refusal) {
            FacesMessages.error(refusal.messageKey(), refusal.arguments());
        }
    }

    /** Registers the good rows; true when it did. */
    boolean confirm() {
        if (file == null) {
            FacesMessages.error("import.error.noFile");
            return false;
        }
        try {
            ImportPreview done = imports.confirm(currentCaller.get(), seminarId, file);
            FacesMessages.info("import.done", done.seated(), done.waiting(), done.bad());
            discard();
            return true;
        } catch (AcademyException refusal) {
            FacesMessages.error(refusal.messageKey(), refusal.arguments());
            return false;
        }
    }

    public void discard() {
        file = null;
        preview = null;
        lines = List.of();
    }

    private void show(ImportPreview shown) {
        preview = shown;
        var locale = languagePreference.getLocale();
        lines = shown.lines().stream()
                .map(l -> new Line(
                        l.line(),
                        l.email(),
                        l.name(),
                        l.displayName(),
                        l.isGood(),
                        l.isGood() ? "" : Messages.format(locale, "import.field." + l.field()),
                        l.isGood()
                                ? Messages.format(locale, "import.row.good")
                                : Messages.format(locale, l.reasonKey(), l.arguments())))
                .toList();
    }

    public boolean isPreviewing() {
        return preview != null;
    }

    public ImportPreview getPreview() {
        return preview;
    }

    public List<Line> getLines() {
        return lines;
    }
}
