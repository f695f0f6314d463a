package eu.restproject.academy.seminar;

import eu.restproject.academy.people.Account;
import eu.restproject.academy.people.Accounts;
import eu.restproject.academy.people.Caller;
import eu.restproject.academy.platform.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The CSV import of a seminar's participants in two steps: a preview that reads the file, finds the
 * accounts and saves nothing, and a confirmation that registers the good rows, all in one
 * transaction. The confirmation checks the file again, so a row that went bad since the preview
 * (someone registered meanwhile) is skipped rather than registered twice.
 *
 * <p>Only the good rows are registered; the bad ones are shown and left out. A bad row is almost
 * always a person without an account or of another country, which the coordinator cannot fix in
 * the file, so refusing the whole file would only make them delete lines by hand.
 */
@ApplicationScoped
public class RegistrationImports {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Accounts accounts;

    @Inject
    private Registrations registrations;

    /** What the file would do: every row with its outcome and the seats situation. Saves nothing. */
    public ImportPreview preview(Caller caller, long seminarId, byte[] file) {
        Seminar seminar = em.find(Seminar.class, seminarId);
        if (seminar == null) {
            throw new NotFoundException("seminar.error.notFound");
        }
        SeminarAccess.requireManage(caller, seminar.getCountry());
        registrations.requireOpen(seminar);
        List<RegistrationImport.Row> rows = RegistrationImport.read(file);
        Map<String, Account> found = accounts
                .byEmails(rows.stream()
                        .filter(RegistrationImport.Row::isGood)
                        .map(RegistrationImport.Row::email)
                        .toList())
                .stream()
                .collect(Collectors.toMap(Account::getEmail, Function.identity()));
        Map<Long, RegistrationStatus> registered = em.createNamedQuery("Registration.ofSeminar", Registration.class)
                .setParameter("seminar", seminarId)
                .getResultStream()
                .collect(Collectors.toMap(Registration::getAccountId, Registration::getStatus));
        List<ImportPreview.Line> lines =
                rows.stream().map(row -> line(seminar, row, found, registered)).toList();
        long free = Math.max(0, seminar.getCapacity() - registrations.seatsTaken(seminarId));
        return new ImportPreview(seminarId, lines, free);
    }

    /** Registers the good rows of the file (seats first, then the waiting list), all or none. */
    @Transactional
    public ImportPreview confirm(Caller caller, long seminarId, byte[] file) {
        ImportPreview preview = preview(caller, seminarId, file);
        registrations.addAll(
                caller,
                seminarId,
                preview.good().stream().map(ImportPreview.Line::accountId).toList());
        return preview;
    }

    private static ImportPreview.Line line(
            Seminar seminar,
            RegistrationImport.Row row,
            Map<String, Account> found,
            Map<Long, RegistrationStatus> registered) {
        if (!row.isGood()) {
            return ImportPreview.Line.bad(row, row.field(), row.reasonKey(), row.arguments());
        }
        Account account = found.get(row.email());
        // No account and another country's account read alike: the coordinator learns nothing of other countries.
        if (account == null || account.getCountry() != seminar.getCountry()) {
            return ImportPreview.Line.bad(row, "email", "import.error.noAccount");
        }
        RegistrationStatus status = registered.get(account.getId());
        if (status != null && status != RegistrationStatus.CANCELLED) {
            return ImportPreview.Line.bad(row, "email", "import.error.alreadyRegistered");
        }
        return ImportPreview.Line.good(row, account);
    }
}
