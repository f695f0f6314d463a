package eu.restproject.academy.quiz.gift;

import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.quiz.Quiz;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Imports Moodle GIFT question banks (docs/gift.md). Questions are separated by blank lines, as in
 * Moodle; lines starting with {@code //} are comments and may carry {@code [tag:…]}; a
 * {@code $CATEGORY:} line makes the last segment of its path the tag of the questions that follow.
 * Nothing is dropped silently: every question not taken over as written has a note with its line,
 * and no input, however hostile, makes the reader throw.
 */
public final class GiftReader {

    /** About 1 MB of text: far above any real question bank, low enough to refuse abuse cheaply. */
    public static final int MAX_CHARACTERS = 1_048_576;

    public static final int MAX_QUESTIONS = 2_000;
    /** Tags one question takes from its comments; more are ignored. */
    static final int MAX_TAGS = 20;

    private static final String CATEGORY = "$CATEGORY:";
    private static final Pattern TAG = Pattern.compile("\\[tag:([^\\]\\[]{1,100})]");

    /** The lines of one question, comment lines blanked so that positions keep their line. */
    private record Block(String raw, int firstLine, List<String> tags) {}

    public GiftImport read(String text, Language language) {
        return read(text, language, Set.of(), false);
    }

    /**
     * Reads the text into a bank holding {@code inBank}: a question whose id is taken gets a new one,
     * unless {@code replace} lets a question keep the id it asks for, to replace the bank's question.
     */
    public GiftImport read(String text, Language language, Set<String> inBank, boolean replace) {
        List<GiftNote> notes = new ArrayList<>();
        if (text == null || text.length() > MAX_CHARACTERS) {
            notes.add(GiftNote.error(0, "gift.limit.size", MAX_CHARACTERS));
            return new GiftImport(List.of(), notes);
        }
        List<GiftImport.Imported> questions = new ArrayList<>();
        QuestionIds ids = new QuestionIds(inBank, replace);
        List<Block> blocks = blocks(text);
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (i == MAX_QUESTIONS) {
                notes.add(GiftNote.error(block.firstLine(), "gift.limit.questions", MAX_QUESTIONS));
                break;
            }
            question(block, i + 1, language, ids, notes).ifPresent(questions::add);
        }
        return new GiftImport(questions, notes);
    }

    private Optional<GiftImport.Imported> question(
            Block block, int ordinal, Language language, QuestionIds ids, List<GiftNote> notes) {
        try {
            GiftText raw = new GiftText(block.raw(), block.firstLine());
            GiftQuestionParser.Parsed parsed = new GiftQuestionParser(raw, language, notes, block.firstLine()).parse();
            String requested = QuestionIds.requested(parsed.title(), ordinal);
            Quiz.Item item = new Quiz.Item(
                    parsed.answer().question().apply(ids.assign(requested)),
                    parsed.text(),
                    parsed.answer().labels());
            return Optional.of(new GiftImport.Imported(item, block.firstLine(), block.tags(), requested));
        } catch (SkippedQuestion skipped) {
            notes.add(skipped.note());
            return Optional.empty();
        } catch (RuntimeException unforeseen) {
            // Hostile input the checks above did not foresee costs this question, never the import.
            notes.add(GiftNote.error(block.firstLine(), "gift.syntax"));
            return Optional.empty();
        }
    }

    private static List<Block> blocks(String text) {
        List<Block> blocks = new ArrayList<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        StringBuilder raw = new StringBuilder();
        int firstLine = 0;
        List<String> tags = new ArrayList<>();
        String category = null;
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i] : "";
            String trimmed = line.strip();
            boolean comment = trimmed.startsWith("//");
            if (trimmed.isEmpty()) {
                if (firstLine > 0) {
                    blocks.add(new Block(raw.toString(), firstLine, List.copyOf(tags)));
                }
                raw.setLength(0);
                firstLine = 0;
                tags.clear();
            } else if (comment || trimmed.startsWith(CATEGORY)) {
                if (comment) {
                    tags(trimmed, tags);
                } else {
                    category = lastSegment(trimmed.substring(CATEGORY.length()));
                }
                if (firstLine > 0) {
                    raw.append('\n');
                }
            } else {
                if (firstLine == 0) {
                    firstLine = i + 1;
                    if (category != null) {
                        tags.add(0, category);
                    }
                } else {
                    raw.append('\n');
                }
                raw.append(line);
            }
        }
        return blocks;
    }

    private static void tags(String comment, List<String> tags) {
        Matcher matcher = TAG.matcher(comment);
        while (matcher.find()) {
            String tag = matcher.group(1).strip();
            if (tags.size() >= MAX_TAGS) {
                return;
            }
            if (!tag.isEmpty() && !tags.contains(tag)) {
                tags.add(tag);
            }
        }
    }

    /** {@code $course$/top/Victim protection/Reflection period} gives the tag "Reflection period". */
    private static String lastSegment(String path) {
        String[] segments = path.strip().split("/");
        String last = segments.length == 0 ? "" : segments[segments.length - 1].strip();
        return last.isEmpty() || last.startsWith("$") || last.equals("top") ? null : last;
    }
}
