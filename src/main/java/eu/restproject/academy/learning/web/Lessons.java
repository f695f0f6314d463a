package eu.restproject.academy.learning.web;

import eu.restproject.academy.learning.ModuleProgress;
import eu.restproject.academy.platform.i18n.Language;
import java.util.Arrays;
import java.util.List;

/** Small facts about a module's lessons that several pages show. */
final class Lessons {

    private Lessons() {}

    /** The languages in which every lesson of the module can be read. */
    static List<Language> languages(ModuleProgress progress) {
        return Arrays.stream(Language.values())
                .filter(language -> progress.lessons().stream()
                        .allMatch(l -> progress.available(l.lesson().id(), language)))
                .toList();
    }
}
