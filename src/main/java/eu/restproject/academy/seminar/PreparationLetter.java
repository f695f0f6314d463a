package eu.restproject.academy.seminar;

import eu.restproject.academy.learning.ModuleProgress;
import eu.restproject.academy.learning.Progress;
import eu.restproject.academy.mail.MailTopic;
import eu.restproject.academy.people.Account;
import eu.restproject.academy.people.Correspondence;
import eu.restproject.academy.platform.NotFoundException;
import eu.restproject.academy.platform.PublicUrl;
import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.platform.i18n.Localized;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The reminder of a seminar's pre-seminar modules that a participant has not completed yet (completed
 * as learning counts it: the final quiz passed, or every lesson read where there is none), each named
 * in their language with a link to it. Nothing is written when every module is done; a module that is
 * no longer published is not asked for.
 */
@ApplicationScoped
public class PreparationLetter {

    /** A module still to do: its title in the reader's language and its id. */
    record Missing(String title, String moduleId) {}

    @Inject
    private Correspondence correspondence;

    @Inject
    private Progress progress;

    @Inject
    private PublicUrl publicUrl;

    /** Writes the reminder in the caller's transaction; false when all is done or the person does not want it. */
    boolean write(Account account, Seminar seminar) {
        Language language = account.getLanguage();
        List<Missing> missing = missing(account.getId(), seminar, language);
        if (missing.isEmpty()) {
            return false;
        }
        String title = seminar.title(language);
        String base = publicUrl.base();
        String list = missing.stream()
                .map(module -> "• " + module.title() + ": " + base + "/learn/module.xhtml?id="
                        + URLEncoder.encode(module.moduleId(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("\n"));
        SeminarSession first = seminar.getSessions().get(0);
        return correspondence.write(
                account,
                MailTopic.LEARNING,
                letter -> letter.subject("seminar.preparation.subject", title)
                        .paragraph(
                                "seminar.preparation.intro",
                                title,
                                SeminarDates.fullDate(first.getHeldOn(), language.locale()),
                                missing.size())
                        .paragraph("seminar.preparation.modules", list)
                        .link("seminar.preparation.link", "/learn/my-learning.xhtml"));
    }

    /** The seminar's published modules the person has not completed, by title. */
    List<Missing> missing(long accountId, Seminar seminar, Language language) {
        return seminar.getModuleIds().stream()
                .map(id -> progressIn(accountId, id)
                        .filter(p -> !p.isModuleCompleted())
                        .map(p -> new Missing(Localized.pick(p.manifest().title(), language), id)))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(Missing::title))
                .toList();
    }

    private Optional<ModuleProgress> progressIn(long accountId, String moduleId) {
        try {
            return Optional.of(progress.of(accountId, moduleId));
        } catch (NotFoundException retired) {
            return Optional.empty();
        }
    }
}
