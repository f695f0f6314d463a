package eu.restproject.academy.seminar.web;

import eu.restproject.academy.people.Caller;
import eu.restproject.academy.people.CurrentCaller;
import eu.restproject.academy.platform.PublicUrl;
import eu.restproject.academy.platform.i18n.LanguagePreference;
import eu.restproject.academy.platform.web.FacesMessages;
import eu.restproject.academy.seminar.CalendarFeeds;
import eu.restproject.academy.seminar.SeminarDates;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The calendar feed panel of the participant's seminars page: make the secret address (shown once,
 * right after it is made, since only its digest is kept), replace it with a new one, or revoke it.
 */
@Named
@RequestScoped
public class CalendarFeedView {

    private String since;
    private String address;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private CalendarFeeds feeds;

    @Inject
    private PublicUrl publicUrl;

    @Inject
    private HttpServletRequest request;

    @Inject
    private LanguagePreference languagePreference;

    @PostConstruct
    void load() {
        Caller caller = currentCaller.get();
        ZoneId zone =
                caller.country() == null ? ZoneOffset.UTC : caller.country().zone();
        since = feeds.find(caller)
                .map(feed -> SeminarDates.instant(feed.getCreatedAt(), zone, languagePreference.getLocale()))
                .orElse(null);
    }

    /** Makes a new address (the old one, if any, stops working) and shows it. */
    public void create() {
        boolean replacing = isActive();
        String token = feeds.create(currentCaller.get());
        address = publicUrl.of(request, CalendarFeeds.PATH + token + CalendarFeeds.EXTENSION);
        load();
        FacesMessages.info(replacing ? "seminars.feed.replaced" : "seminars.feed.created");
    }

    public void revoke() {
        feeds.revoke(currentCaller.get());
        address = null;
        load();
        FacesMessages.info("seminars.feed.revoked");
    }

    public boolean isActive() {
        return since != null;
    }

    /** When the current address was made, in the reader's language. */
    public String getSince() {
        return since;
    }

    /** The address just made; null on every other request. */
    public String getAddress() {
        return address;
    }
}
