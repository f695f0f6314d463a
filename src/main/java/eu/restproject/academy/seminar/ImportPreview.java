package eu.restproject.academy.seminar;

import eu.restproject.academy.people.Account;
import java.io.Serializable;
import java.util.List;

/**
 * What a CSV import would do: every row of the file with its outcome, and how many of the good rows
 * get a seat ({@code seatsFree} at the time of the preview) and how many go to the waiting list.
 */
public record ImportPreview(long seminarId, List<Line> lines, long seatsFree) implements Serializable {

    /** One row: good ones carry the account, bad ones the field and the reason's message key. */
    public record Line(
            int line,
            String email,
            String name,
            Long accountId,
            String displayName,
            String field,
            String reasonKey,
            Object... arguments)
            implements Serializable {

        static Line good(RegistrationImport.Row row, Account account) {
            return new Line(row.line(), row.email(), row.name(), account.getId(), account.getDisplayName(), null, null);
        }

        static Line bad(RegistrationImport.Row row, String field, String reasonKey, Object... arguments) {
            return new Line(row.line(), row.email(), row.name(), null, null, field, reasonKey, arguments);
        }

        public boolean isGood() {
            return reasonKey == null;
        }
    }

    public ImportPreview {
        lines = List.copyOf(lines);
    }

    public List<Line> good() {
        return lines.stream().filter(Line::isGood).toList();
    }

    public long bad() {
        return lines.size() - good().size();
    }

    public long seated() {
        return Math.min(good().size(), seatsFree);
    }

    public long waiting() {
        return good().size() - seated();
    }
}
