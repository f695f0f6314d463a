package eu.restproject.academy.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The quiz title in a result letter's subject: whole when it fits, cut with an ellipsis when it does not. */
class ResultNoticeTest {

    @Test
    void aLongQuizTitleIsCutInTheSubjectOnly() {
        assertEquals("Final case study", ResultNotice.shortened("Final case study"));
        String fits = "x".repeat(ResultNotice.SUBJECT_TITLE_MAX);
        assertEquals(fits, ResultNotice.shortened(fits));
        String cut = ResultNotice.shortened("word ".repeat(100));
        assertEquals(ResultNotice.SUBJECT_TITLE_MAX, cut.length(), cut);
        assertEquals("word word…", cut.substring(cut.length() - 10));
    }
}
