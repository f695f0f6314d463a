package eu.restproject.academy.people.api;

import eu.restproject.academy.mail.MailTopic;
import eu.restproject.academy.people.Caller;
import eu.restproject.academy.people.CurrentCaller;
import eu.restproject.academy.people.Profile;
import eu.restproject.academy.people.Role;
import eu.restproject.academy.platform.InvalidInputException;
import eu.restproject.academy.platform.JsonBodies;
import eu.restproject.academy.platform.api.ApiLanguage;
import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.platform.i18n.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The caller's own account: who they are, and which mail they get. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    /** Who the token belongs to. */
    public record Me(String email, List<String> roles, String country) {}

    /** One mail topic: its code, its name in the request's language, and whether the caller gets it. */
    public record MailTopicJson(String topic, String name, boolean mandatory, boolean receive) {}

    /** Every topic, and the optional ones the caller turned off. */
    public record MailChoicesJson(List<MailTopicJson> topics, List<String> declined) {}

    /** The optional topics to turn off; every other optional topic is turned on. */
    public record MailChoicesRequest(List<String> declined) {}

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private Profile profile;

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uri;

    @GET
    @Operation(summary = "The caller's e-mail, roles and country")
    @APIResponse(responseCode = "200", description = "The caller")
    @APIResponse(responseCode = "401", description = "No valid token")
    public Me me() {
        Caller caller = currentCaller.get();
        return new Me(
                caller.email(),
                caller.roles().stream().map(Role::groupName).sorted().toList(),
                caller.country() == null ? null : caller.country().name());
    }

    @GET
    @Path("mail")
    @Operation(summary = "Which mail the caller gets: every topic, mandatory or not, and the optional ones turned off")
    @APIResponse(responseCode = "200", description = "The caller's choices")
    @APIResponse(responseCode = "401", description = "No valid token")
    public MailChoicesJson mail() {
        return choices(profile.declinedTopics(currentCaller.get()));
    }

    @PUT
    @Path("mail")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Choose which optional mail the caller gets",
            description = "Turns off exactly the listed optional topics (SEMINAR_UPDATES, SEMINAR_REMINDERS, LEARNING) "
                    + "and on all others; mandatory topics (ACCOUNT, SEMINAR_INVITATION, SEMINAR_CANCELLED) are always "
                    + "sent and cannot be listed.")
    @RequestBody(description = "{\"declined\": [\"SEMINAR_REMINDERS\"]}; an empty list turns every topic on")
    @APIResponse(responseCode = "200", description = "The choices now in force")
    @APIResponse(
            responseCode = "400",
            description = "Unreadable body, no 'declined' list, an unknown topic, or a mandatory topic")
    @APIResponse(responseCode = "401", description = "No valid token")
    public MailChoicesJson chooseMail(@NotNull(message = "{" + JsonBodies.MALFORMED + "}") MailChoicesRequest body) {
        Caller caller = currentCaller.get();
        if (body.declined() == null) {
            throw new InvalidInputException("declined", "error.mail.declined.required");
        }
        Set<MailTopic> declined = EnumSet.noneOf(MailTopic.class);
        for (String name : body.declined()) {
            declined.add(topic(name));
        }
        return choices(profile.declineTopics(caller, declined).getDeclinedTopics());
    }

    private static MailTopic topic(String name) {
        if (name == null) {
            throw new InvalidInputException("declined", JsonBodies.MALFORMED);
        }
        try {
            return MailTopic.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(
                    "declined",
                    "error.mail.topic.unknown",
                    // Echoed back in the message: a whole request body would not help anyone.
                    name.length() > 40 ? name.substring(0, 40) + "…" : name,
                    Arrays.stream(MailTopic.values()).map(MailTopic::name).collect(Collectors.joining(", ")));
        }
    }

    private MailChoicesJson choices(Set<MailTopic> declined) {
        Language language = ApiLanguage.of(uri, headers);
        List<MailTopicJson> topics = Arrays.stream(MailTopic.values())
                .map(topic -> new MailTopicJson(
                        topic.name(),
                        Messages.format(language.locale(), topic.labelKey()),
                        !topic.isOptional(),
                        !declined.contains(topic)))
                .toList();
        return new MailChoicesJson(
                topics, declined.stream().map(MailTopic::name).sorted().toList());
    }
}
