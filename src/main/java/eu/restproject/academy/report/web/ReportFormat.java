package eu.restproject.academy.report.web;

import eu.restproject.academy.report.AttendanceFigures;

/** How a rate reads on the pages: with its percent sign, or a dash where nobody was expected. */
final class ReportFormat {

    private ReportFormat() {}

    static String rate(AttendanceFigures figures) {
        return figures.rate().map(r -> r.toPlainString() + " %").orElse("—");
    }
}
