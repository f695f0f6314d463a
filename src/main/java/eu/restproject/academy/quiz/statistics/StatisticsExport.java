package eu.restproject.academy.quiz.statistics;

import eu.restproject.academy.platform.export.CsvFile;
import eu.restproject.academy.platform.export.Table;
import eu.restproject.academy.platform.export.XlsxFile;
import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.quiz.Quiz;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Function;

/**
 * A quiz's figures as a file for trainers and coordinators: a table of the questions (texts in the
 * reader's language) and a table of the answers given, as CSV or XLSX. Header labels, question
 * types and outcome names come from {@code messages}, a lookup of the {@code statistics.*} keys in
 * the reader's language, so that this class needs no request or locale of its own.
 *
 * <p>Texts come from authors and learners' answers are not written, but authors' texts still go
 * into spreadsheets: anything that a spreadsheet would run as a formula is neutralised.
 */
public final class StatisticsExport {

    public static final String CSV_MEDIA_TYPE = CsvFile.MEDIA_TYPE;
    public static final String XLSX_MEDIA_TYPE = XlsxFile.MEDIA_TYPE;

    private final List<Table> tables;

    public StatisticsExport(Quiz quiz, QuizFigures figures, Language language, Function<String, String> messages) {
        this.tables = new StatisticsTables(quiz, figures, language, messages).tables();
    }

    /** Both tables in one CSV file, separated by an empty line. The stream is flushed, not closed. */
    public void writeCsv(OutputStream out) throws IOException {
        CsvFile.write(tables, out);
    }

    /** A workbook with one sheet per table. The stream is not closed. */
    public void writeXlsx(OutputStream out) throws IOException {
        XlsxFile.write(tables, out);
    }
}
