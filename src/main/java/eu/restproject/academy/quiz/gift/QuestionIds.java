package eu.restproject.academy.quiz.gift;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Gives imported questions ids our bundles accept ({@code [a-z0-9][a-z0-9-]{0,63}}), unique within
 * one import: the title as a slug, or {@code q<n>} for the n-th question of the file when it has no
 * title (or none that makes a slug), so that a trainer can find it in the file. A taken id gets
 * {@code -2}, {@code -3}… appended.
 */
final class QuestionIds {

    private static final int MAX = 64;

    private final Set<String> taken = new HashSet<>();

    String assign(Optional<String> title, int ordinal) {
        String base = title.map(QuestionIds::slug).filter(s -> !s.isEmpty()).orElse("q" + ordinal);
        String id = base;
        for (int n = 2; !taken.add(id); n++) {
            String suffix = "-" + n;
            id = base.substring(0, Math.min(base.length(), MAX - suffix.length())) + suffix;
        }
        return id;
    }

    static String slug(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        slug = slug.substring(0, Math.min(slug.length(), MAX));
        return slug.endsWith("-") ? slug.substring(0, slug.length() - 1) : slug;
    }
}
