package eu.restproject.academy.quiz.gift;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The raw text of one GIFT question, aware of GIFT's escapes: it finds the special characters
 * that are not escaped, turns pieces into plain text, and knows the line of every position. All
 * searches are single forward scans, so hostile input (a megabyte of braces or backslashes) costs
 * linear time.
 */
final class GiftText {

    static final String SPECIAL = "~=#{}:\\";

    private final String raw;
    private final boolean[] escaped;
    private final int[] lineStarts;
    private final int firstLine;

    GiftText(String raw, int firstLine) {
        this.raw = raw;
        this.firstLine = firstLine;
        this.escaped = new boolean[raw.length()];
        for (int i = 0; i < raw.length(); i++) {
            if (raw.charAt(i) == '\\' && i + 1 < raw.length()) {
                escaped[++i] = true;
            }
        }
        this.lineStarts = IntStream.range(0, raw.length())
                .filter(i -> raw.charAt(i) == '\n')
                .map(i -> i + 1)
                .toArray();
    }

    int length() {
        return raw.length();
    }

    /** The first position from {@code from} (inclusive) to {@code to} (exclusive) where {@code c} stands unescaped, or -1. */
    int find(char c, int from, int to) {
        for (int i = Math.max(from, 0); i < to; i++) {
            if (raw.charAt(i) == c && !escaped[i]) {
                return i;
            }
        }
        return -1;
    }

    /** The first unescaped occurrence of {@code sequence} in the range, or -1. */
    int find(String sequence, int from, int to) {
        // Searched within the range only, so that many small ranges of a large text stay linear.
        int end = Math.min(to, raw.length());
        for (int at = Math.max(from, 0); at + sequence.length() <= end; at++) {
            if (raw.startsWith(sequence, at) && unescaped(at, sequence.length())) {
                return at;
            }
        }
        return -1;
    }

    private boolean unescaped(int at, int length) {
        for (int i = at; i < at + length; i++) {
            if (escaped[i]) {
                return false;
            }
        }
        return true;
    }

    boolean startsWith(String prefix, int at) {
        return raw.startsWith(prefix, at) && unescaped(at, prefix.length());
    }

    char charAt(int index) {
        return raw.charAt(index);
    }

    boolean isEscaped(int index) {
        return escaped[index];
    }

    int skipSpace(int from, int to) {
        int i = from;
        while (i < to && Character.isWhitespace(raw.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The line (from 1, in the whole GIFT input) of a position. */
    int line(int index) {
        int found = Arrays.binarySearch(lineStarts, index);
        int linesBefore = found >= 0 ? found + 1 : -found - 1;
        return firstLine + linesBefore;
    }

    /** The range as plain text, escapes resolved and surrounding space removed; an unknown escape keeps its backslash, as Moodle does. */
    String plain(int from, int to) {
        StringBuilder text = new StringBuilder(Math.max(0, to - from));
        for (int i = from; i < to; i++) {
            char c = raw.charAt(i);
            if (c == '\\' && i + 1 < to && escaped[i + 1]) {
                char next = raw.charAt(++i);
                if (next == 'n') {
                    text.append('\n');
                } else {
                    if (SPECIAL.indexOf(next) < 0) {
                        text.append('\\');
                    }
                    text.append(next);
                }
            } else {
                text.append(c);
            }
        }
        return text.toString().strip();
    }
}
