package eu.restproject.academy.seminar.web;

import eu.restproject.academy.content.Library;
import eu.restproject.academy.learning.Progress;
import eu.restproject.academy.people.Account;
import eu.restproject.academy.people.Accounts;
import eu.restproject.academy.people.Caller;
import eu.restproject.academy.people.CurrentCaller;
import eu.restproject.academy.platform.AcademyException;
import eu.restproject.academy.platform.NotFoundException;
import eu.restproject.academy.platform.PublicUrl;
import eu.restproject.academy.platform.i18n.LanguagePreference;
import eu.restproject.academy.platform.i18n.Localized;
import eu.restproject.academy.platform.i18n.Messages;
import eu.restproject.academy.platform.web.FacesMessages;
import eu.restproject.academy.platform.web.Urls;
import eu.restproject.academy.seminar.Registration;
import eu.restproject.academy.seminar.RegistrationStatus;
import eu.restproject.academy.seminar.Registrations;
import eu.restproject.academy.seminar.Seminar;
import eu.restproject.academy.seminar.SeminarAccess;
import eu.restproject.academy.seminar.SeminarDates;
import eu.restproject.academy.seminar.Seminars;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A seminar's registrations for staff: who holds a seat, who waits, who withdrew, with the
 * pre-seminar modules each registered person has completed; for coordinators also adding people,
 * withdrawing them, the invitation link and the CSV import (see {@link ImportStep}).
 */
@Named
@ViewScoped
public class RegistrationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One registration as the table shows it; {@code completed} maps module ids to done or not. */
    public record Row(
            long accountId,
            String name,
            String email,
            String profession,
            RegistrationStatus status,
            String channel,
            String date,
            Map<String, Boolean> completed)
            implements Serializable {}

    /** A pre-seminar module: its id and its title in the reader's language. */
    public record Module(String id, String title) implements Serializable {}

    private Long seminar;
    private boolean shown;
    private boolean manage;
    private String title;
    private String invitationCode;
    private String invitationLink;
    private long taken;
    private int capacity;
    private long waiting;
    private List<Row> rows = List.of();
    private List<Module> modules = List.of();
    private String email;

    @Inject
    private transient CurrentCaller currentCaller;

    @Inject
    private transient Seminars seminars;

    @Inject
    private transient Registrations registrations;

    @Inject
    private transient Accounts accounts;

    @Inject
    private transient Library library;

    @Inject
    private transient Progress progress;

    @Inject
    private transient LanguagePreference languagePreference;

    @Inject
    private transient PublicUrl publicUrl;

    @Inject
    private transient HttpServletRequest request;

    @Inject
    private ImportStep importStep;

    public void load() {
        Caller caller = currentCaller.get();
        try {
            Seminar found = seminars.get(caller, seminar);
            manage = SeminarAccess.mayManage(caller, found.getCountry());
            title = found.title(languagePreference.getLanguage());
            invitationCode = found.getInvitationCode();
            invitationLink = publicUrl.of(request, "/seminars/join.xhtml?code=" + Urls.encode(invitationCode));
            capacity = found.getCapacity();
            taken = registrations.seatsTaken(seminar);
            waiting = registrations.waiting(seminar);
            modules = found.getModuleIds().stream()
                    .map(id -> new Module(
                            id,
                            library.current(id)
                                    .map(v -> Localized.pick(
                                            library.bundle(v).manifest().title(), languagePreference.getLanguage()))
                                    .orElse(id)))
                    .toList();
            rows = registrations.ofSeminar(caller, seminar).stream()
                    .map(this::row)
                    .toList();
            importStep.forSeminar(seminar);
            shown = true;
        } catch (AcademyException refusal) {
            shown = false;
            FacesMessages.error(refusal.messageKey(), refusal.arguments());
        }
    }

    private Row row(Registration registration) {
        Account account = accounts.get(registration.getAccountId());
        var locale = languagePreference.getLocale();
        Map<String, Boolean> done = new HashMap<>();
        if (registration.getStatus() == RegistrationStatus.REGISTERED) {
            modules.forEach(m -> done.put(m.id(), completed(account.getId(), m.id())));
        }
        return new Row(
                account.getId(),
                account.getDisplayName(),
                account.getEmail(),
                account.getProfession() == null
                        ? "—"
                        : Messages.format(locale, account.getProfession().messageKey()),
                registration.getStatus(),
                Messages.format(
                        locale, "seminars.channel." + registration.getChannel().name()),
                SeminarDates.instant(
                        registration.getRegisteredAt(),
                        account.getCountry() == null
                                ? java.time.ZoneOffset.UTC
                                : account.getCountry().zone(),
                        locale),
                done);
    }

    private boolean completed(long accountId, String moduleId) {
        try {
            return progress.of(accountId, moduleId).isModuleCompleted();
        } catch (NotFoundException retired) {
            return false;
        }
    }

    public void withdraw(long accountId) {
        try {
            registrations.cancel(currentCaller.get(), seminar, accountId);
            FacesMessages.info("seminars.registrations.withdrawn");
            load();
        } catch (AcademyException refusal) {
            FacesMessages.refusal("registrations", refusal);
        }
    }

    public void add() {
        try {
            Registration added = registrations.add(currentCaller.get(), seminar, email);
            FacesMessages.info(
                    added.getStatus() == RegistrationStatus.WAITING
                            ? "seminars.registrations.addedWaiting"
                            : "seminars.registrations.added",
                    email);
            email = null;
            load();
        } catch (AcademyException refusal) {
            FacesMessages.refusal("add", refusal);
        }
    }

    /** After a confirmed import the table shows the new registrations. */
    public void confirmImport() {
        if (importStep.confirm()) {
            load();
        }
    }

    public ImportStep getImportStep() {
        return importStep;
    }

    public Long getSeminar() {
        return seminar;
    }

    public void setSeminar(Long seminar) {
        this.seminar = seminar;
    }

    public boolean isShown() {
        return shown;
    }

    public boolean isManage() {
        return manage;
    }

    public String getTitle() {
        return title;
    }

    public String getInvitationCode() {
        return invitationCode;
    }

    public String getInvitationLink() {
        return invitationLink;
    }

    public long getTaken() {
        return taken;
    }

    public int getCapacity() {
        return capacity;
    }

    public long getWaiting() {
        return waiting;
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<Module> getModules() {
        return modules;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
