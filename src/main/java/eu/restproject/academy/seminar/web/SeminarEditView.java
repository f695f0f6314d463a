package eu.restproject.academy.seminar.web;

import eu.restproject.academy.content.Library;
import eu.restproject.academy.people.Caller;
import eu.restproject.academy.people.Country;
import eu.restproject.academy.people.CurrentCaller;
import eu.restproject.academy.people.Role;
import eu.restproject.academy.platform.AcademyException;
import eu.restproject.academy.platform.InvalidInputException;
import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.platform.i18n.LanguagePreference;
import eu.restproject.academy.platform.i18n.Localized;
import eu.restproject.academy.platform.web.FacesMessages;
import eu.restproject.academy.seminar.Seminar;
import eu.restproject.academy.seminar.SeminarAccess;
import eu.restproject.academy.seminar.SeminarDates;
import eu.restproject.academy.seminar.Seminars;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * A coordinator creates or edits a seminar of their country, copies or cancels it; trainers see it
 * read-only with the links to run its sessions. Another country's seminar is refused and nothing of
 * it is shown.
 */
@Named
@ViewScoped
public class SeminarEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A choice in a list of checkboxes. */
    public record Option(String value, String label) implements Serializable {}

    /** A stored session and what the page shows of it. */
    public record SessionLink(long id, String when, String room) implements Serializable {}

    private Long id;
    private long version;
    private Country country;
    private boolean shown;
    private boolean manage;
    private boolean cancelled;
    private String cancelNotice;
    private String title;
    private SeminarForm form = new SeminarForm();
    private List<Option> trainers = List.of();
    private List<Option> modules = List.of();
    private List<SessionLink> sessionLinks = List.of();
    private String copyStartsOn;
    private String notice;

    @Inject
    private transient CurrentCaller currentCaller;

    @Inject
    private transient Seminars seminars;

    @Inject
    private transient Library library;

    @Inject
    private transient LanguagePreference languagePreference;

    public void load() {
        Caller caller = currentCaller.get();
        try {
            if (id == null) {
                country = caller.country() != null ? caller.country() : Country.AT;
                SeminarAccess.requireManage(caller, country);
                manage = true;
            } else {
                Seminar seminar = seminars.get(caller, id);
                show(seminar);
                manage = SeminarAccess.mayManage(caller, seminar.getCountry());
            }
            shown = true;
            fillChoices();
        } catch (AcademyException refusal) {
            FacesMessages.error(refusal.messageKey(), refusal.arguments());
        }
    }

    private void show(Seminar seminar) {
        version = seminar.getVersion();
        country = seminar.getCountry();
        cancelled = seminar.isCancelled();
        cancelNotice = seminar.getCancelNotice();
        title = seminar.title(languagePreference.getLanguage());
        form = SeminarForm.of(seminar);
        sessionLinks = seminar.getSessions().stream()
                .map(s -> new SessionLink(
                        s.getId(), SeminarDates.session(s, languagePreference.getLocale()), s.getRoom()))
                .toList();
    }

    private void fillChoices() {
        trainers = seminars.trainersOf(country).stream()
                .map(a -> new Option(String.valueOf(a.getId()), a.getDisplayName()))
                .toList();
        Language language = languagePreference.getLanguage();
        modules = library.all().values().stream()
                .flatMap(versions -> Library.currentOf(versions).stream())
                .map(v -> new Option(
                        v.getModuleId(),
                        Localized.pick(library.bundle(v).manifest().title(), language)))
                .toList();
    }

    /** The admin chooses the country of a new seminar; its trainers follow. */
    public void countryChanged() {
        form.setTrainerIds(new java.util.ArrayList<>());
        fillChoices();
    }

    public String save() {
        try {
            Caller caller = currentCaller.get();
            Seminar saved = id == null
                    ? seminars.create(caller, country, form.details())
                    : seminars.update(caller, id, version, form.details());
            return redirectTo(saved, "seminars.edit.saved");
        } catch (ConstraintViolationException refusal) {
            SeminarProblems.show("seminar", form, refusal.getConstraintViolations());
            return null;
        } catch (AcademyException refusal) {
            FacesMessages.refusal("seminar", refusal);
            return null;
        }
    }

    public void addSession() {
        form.addSession();
    }

    public void removeSession(int index) {
        form.removeSession(index);
    }

    public String copy() {
        try {
            LocalDate startsOn =
                    copyStartsOn == null || copyStartsOn.isBlank() ? null : LocalDate.parse(copyStartsOn.strip());
            return redirectTo(seminars.copy(currentCaller.get(), id, startsOn), "seminars.edit.copied");
        } catch (DateTimeParseException unreadable) {
            FacesMessages.refusal("copy", new InvalidInputException("newStart", "seminar.error.dates"));
            return null;
        } catch (ConstraintViolationException refusal) {
            SeminarProblems.showOnTop(refusal.getConstraintViolations());
            return null;
        } catch (AcademyException refusal) {
            FacesMessages.refusal("copy", refusal);
            return null;
        }
    }

    public String cancel() {
        try {
            return redirectTo(seminars.cancel(currentCaller.get(), id, notice), "seminars.edit.cancelledNow");
        } catch (AcademyException refusal) {
            FacesMessages.refusal("cancel", refusal);
            return null;
        }
    }

    private static String redirectTo(Seminar seminar, String messageKey) {
        FacesMessages.info(messageKey);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/staff/seminar?faces-redirect=true&id=" + seminar.getId();
    }

    public boolean isEditable() {
        return manage && !cancelled;
    }

    public boolean isAdmin() {
        return currentCaller.find().map(c -> c.has(Role.ADMIN)).orElse(false);
    }

    public Country[] getCountries() {
        return Country.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Country getCountry() {
        return country;
    }

    public void setCountry(Country country) {
        this.country = country;
    }

    public boolean isShown() {
        return shown;
    }

    public boolean isManage() {
        return manage;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public String getCancelNotice() {
        return cancelNotice;
    }

    public String getTitle() {
        return title;
    }

    public SeminarForm getForm() {
        return form;
    }

    public List<Option> getTrainers() {
        return trainers;
    }

    public List<Option> getModules() {
        return modules;
    }

    public List<SessionLink> getSessionLinks() {
        return sessionLinks;
    }

    public String getCopyStartsOn() {
        return copyStartsOn;
    }

    public void setCopyStartsOn(String copyStartsOn) {
        this.copyStartsOn = copyStartsOn;
    }

    public String getNotice() {
        return notice;
    }

    public void setNotice(String notice) {
        this.notice = notice;
    }
}
