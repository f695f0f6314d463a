package eu.restproject.academy.report;

import eu.restproject.academy.people.Profession;

/** The figures of the participants of one profession ({@code null}: those who gave none). */
public record ProfessionFigures(Profession profession, AttendanceFigures figures) {

    public String messageKey() {
        return profession == null ? "report.profession.none" : profession.messageKey();
    }
}
