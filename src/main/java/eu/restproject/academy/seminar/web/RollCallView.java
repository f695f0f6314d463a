package eu.restproject.academy.seminar.web;

import eu.restproject.academy.people.Accounts;
import eu.restproject.academy.people.Caller;
import eu.restproject.academy.people.CurrentCaller;
import eu.restproject.academy.platform.AcademyException;
import eu.restproject.academy.platform.InvalidInputException;
import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.platform.i18n.LanguagePreference;
import eu.restproject.academy.platform.i18n.Messages;
import eu.restproject.academy.platform.web.FacesMessages;
import eu.restproject.academy.seminar.AttendanceChange;
import eu.restproject.academy.seminar.AttendanceMark;
import eu.restproject.academy.seminar.AttendanceStatus;
import eu.restproject.academy.seminar.MarkEntry;
import eu.restproject.academy.seminar.RollCall;
import eu.restproject.academy.seminar.RollCallLine;
import eu.restproject.academy.seminar.SeminarAccess;
import eu.restproject.academy.seminar.SeminarSession;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The roll call of one session. Each participant's line is saved on its own (ajax), so that saving
 * one line keeps what is being typed in the others; the audit trail below is reloaded after each
 * change. After a coordinator closes the session, trainers see the lines read-only.
 */
@Named
@ViewScoped
public class RollCallView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One line of the audit trail, written out for the reader. */
    public record HistoryLine(String when, String by, String participant, String before, String after)
            implements Serializable {}

    private Long session;
    private String refusal;
    private String title;
    private String when;
    private long seminarId;
    private BigDecimal sessionHours;
    private boolean closed;
    private boolean manager;
    private List<RollCallRow> rows = List.of();
    private List<HistoryLine> history = List.of();
    private String sheetCode;
    private final Map<Long, String> names = new HashMap<>();

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private RollCall rollCall;

    @Inject
    private Accounts accounts;

    @Inject
    private LanguagePreference languagePreference;

    public void load() {
        if (session == null) {
            refusal = text("seminar.error.sessionNotFound");
            return;
        }
        try {
            Caller caller = currentCaller.get();
            SeminarSession shown = rollCall.session(caller, session);
            title = shown.getSeminar().title(language());
            when = SessionLabels.when(shown, language()) + " · " + shown.getRoom();
            seminarId = shown.getSeminar().getId();
            sessionHours = shown.getHours();
            closed = shown.isClosed();
            manager = SeminarAccess.mayManage(caller, shown.getSeminar().getCountry());
            rows = new ArrayList<>();
            for (RollCallLine line : rollCall.lines(caller, session)) {
                names.put(line.participant().getId(), line.participant().getDisplayName());
                RollCallRow row = new RollCallRow(
                        line.participant().getId(), line.participant().getDisplayName());
                row.show(line.mark());
                rows.add(row);
            }
            loadHistory(shown);
        } catch (AcademyException e) {
            refusal = Messages.format(language().locale(), e.messageKey(), e.arguments());
        }
    }

    public void save(RollCallRow row) {
        try {
            BigDecimal hours = hours(row.getHours());
            AttendanceMark mark = rollCall.set(
                    currentCaller.get(),
                    session,
                    row.getAccountId(),
                    new MarkEntry(row.getStatus(), hours, row.getReason(), row.getRemark()));
            row.show(mark);
            row.setSaved(true);
            loadHistory(rollCall.session(currentCaller.get(), session));
        } catch (InvalidInputException e) {
            row.refuse(e.field(), Messages.format(language().locale(), e.messageKey(), e.arguments()));
        } catch (AcademyException e) {
            row.refuse(null, Messages.format(language().locale(), e.messageKey(), e.arguments()));
        }
    }

    /**
     * A pasted or scanned sign-in sheet code: the bare token, or the whole address of the sheet-scan
     * page. The outcome is shown at the code field, whose client id the page passes in.
     */
    public void markFromSheet(String codeField) {
        String token = sheetCode == null ? "" : sheetCode.strip().replaceFirst("^.*[?&]t=", "");
        try {
            AttendanceMark mark = rollCall.markFromSheet(currentCaller.get(), token);
            rows.stream()
                    .filter(r -> r.getAccountId() == mark.getAccountId())
                    .findFirst()
                    .ifPresent(r -> r.show(mark));
            sheetMessage(
                    codeField,
                    FacesMessage.SEVERITY_INFO,
                    "rollcall.sheet.recorded",
                    names.getOrDefault(mark.getAccountId(), ""),
                    text(mark.getStatus().messageKey()));
            sheetCode = null;
            loadHistory(rollCall.session(currentCaller.get(), session));
        } catch (AcademyException e) {
            sheetMessage(codeField, FacesMessage.SEVERITY_ERROR, e.messageKey(), e.arguments());
        }
    }

    private void sheetMessage(String codeField, FacesMessage.Severity severity, String key, Object... arguments) {
        FacesContext.getCurrentInstance()
                .addMessage(
                        codeField,
                        new FacesMessage(severity, Messages.format(language().locale(), key, arguments), null));
    }

    public void close() {
        rollCall.close(currentCaller.get(), session);
        reloadWith("rollcall.closed.done");
    }

    public void reopen() {
        rollCall.reopen(currentCaller.get(), session);
        reloadWith("rollcall.reopened");
    }

    private void reloadWith(String messageKey) {
        load();
        FacesMessages.info(messageKey);
    }

    private BigDecimal hours(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(typed.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("hours", "rollcall.error.hours", sessionHours.toPlainString());
        }
    }

    private void loadHistory(SeminarSession shown) {
        List<HistoryLine> lines = new ArrayList<>();
        for (AttendanceChange change : rollCall.history(currentCaller.get(), session)) {
            lines.add(new HistoryLine(
                    SessionLabels.moment(change.getChangedAt(), shown, language()),
                    name(change.getChangedBy()),
                    name(change.getAccountId()),
                    describe(change.before()),
                    describe(change.after()) + " · " + text(change.getSource().messageKey())));
        }
        history = lines;
    }

    private String name(long accountId) {
        return names.computeIfAbsent(
                accountId, id -> accounts.find(id).map(a -> a.getDisplayName()).orElse("#" + id));
    }

    private String describe(MarkEntry entry) {
        if (entry == null) {
            return "—";
        }
        StringBuilder text = new StringBuilder(text(entry.status().messageKey()));
        if (entry.hours() != null) {
            text.append(", ")
                    .append(Messages.format(
                            language().locale(),
                            "rollcall.history.hours",
                            entry.hours().stripTrailingZeros().toPlainString()));
        }
        if (entry.reason() != null) {
            text.append(", ").append(Messages.format(language().locale(), "rollcall.history.reason", entry.reason()));
        }
        if (entry.remark() != null) {
            text.append(", ").append(Messages.format(language().locale(), "rollcall.history.remark", entry.remark()));
        }
        return text.toString();
    }

    public String currentLabel(RollCallRow row) {
        if (row.getCurrentStatus() == null) {
            return text("rollcall.noMark");
        }
        return text(row.getCurrentStatus().messageKey()) + " · "
                + text(row.getCurrentSource().messageKey());
    }

    public boolean isReadOnly() {
        return closed && !manager;
    }

    public AttendanceStatus[] getStatuses() {
        return AttendanceStatus.values();
    }

    private Language language() {
        return languagePreference.getLanguage();
    }

    private String text(String key) {
        return Messages.format(language().locale(), key);
    }

    public Long getSession() {
        return session;
    }

    public void setSession(Long session) {
        this.session = session;
    }

    public String getRefusal() {
        return refusal;
    }

    public String getTitle() {
        return title;
    }

    public String getWhen() {
        return when;
    }

    public long getSeminarId() {
        return seminarId;
    }

    public String getSessionHours() {
        return sessionHours == null ? "" : sessionHours.stripTrailingZeros().toPlainString();
    }

    public boolean isClosed() {
        return closed;
    }

    public boolean isManager() {
        return manager;
    }

    public List<RollCallRow> getRows() {
        return rows;
    }

    public List<HistoryLine> getHistory() {
        return history;
    }

    public String getSheetCode() {
        return sheetCode;
    }

    public void setSheetCode(String sheetCode) {
        this.sheetCode = sheetCode;
    }
}
