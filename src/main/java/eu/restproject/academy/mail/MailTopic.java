package eu.restproject.academy.mail;

/**
 * What a message is about, and so whether its recipient may turn it off in their profile. Mandatory
 * topics are the ones a person cannot do without: getting back into their account, learning that a
 * seminar they registered for will not take place, and an invitation someone sent on purpose.
 */
public enum MailTopic {
    ACCOUNT(false),
    SEMINAR_INVITATION(false),
    SEMINAR_CANCELLED(false),
    SEMINAR_UPDATES(true),
    SEMINAR_REMINDERS(true),
    LEARNING(true);

    private final boolean optional;

    MailTopic(boolean optional) {
        this.optional = optional;
    }

    public boolean isOptional() {
        return optional;
    }

    /** The key of the topic's name in the message bundles, for the profile's choices and the outbox page. */
    public String labelKey() {
        return "mail.topic." + name();
    }
}
