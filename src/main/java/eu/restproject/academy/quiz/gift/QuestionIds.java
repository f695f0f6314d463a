package eu.restproject.academy.quiz.gift;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Gives imported questions ids our bundles accept ({@code [a-z0-9][a-z0-9-]{0,63}}), unique within
 * one import: the title as a slug, or {@code q<n>} for the n-th question of the file when it has no
 * title (or none that makes a slug), so that a trainer can find it in the file. An id taken by an
 * earlier question of the file, or by a question already in the bank, gets {@code -2}, {@code -3}…
 * appended.
 */
final class QuestionIds {

    private static final int MAX = 64;

    private final Set<String> inBank;
    private final boolean replace;
    private final Set<String> taken = new HashSet<>();

    /**
     * @param inBank  the ids of the bank the questions go into
     * @param replace whether a question may keep an id of the bank (to replace that question)
     */
    QuestionIds(Set<String> inBank, boolean replace) {
        this.inBank = Set.copyOf(inBank);
        this.replace = replace;
    }

    /** The id the file asks for. */
    static String requested(Optional<String> title, int ordinal) {
        return title.map(QuestionIds::slug).filter(s -> !s.isEmpty()).orElse("q" + ordinal);
    }

    String assign(String base) {
        String id = base;
        for (int n = 2; !free(id, n == 2); n++) {
            String suffix = "-" + n;
            id = base.substring(0, Math.min(base.length(), MAX - suffix.length())) + suffix;
        }
        taken.add(id);
        return id;
    }

    private boolean free(String id, boolean requested) {
        return !taken.contains(id) && (!inBank.contains(id) || requested && replace);
    }

    static String slug(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        slug = slug.substring(0, Math.min(slug.length(), MAX));
        return slug.endsWith("-") ? slug.substring(0, slug.length() - 1) : slug;
    }
}
