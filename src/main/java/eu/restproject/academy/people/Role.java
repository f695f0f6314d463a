package eu.restproject.academy.people;

import java.util.Locale;

/** What an account may do. The lower-case name is the Jakarta Security group and web.xml role. */
public enum Role {
    PARTICIPANT,
    TRAINER,
    COORDINATOR,
    ADMIN;

    public static final String PARTICIPANT_NAME = "participant";
    public static final String TRAINER_NAME = "trainer";
    public static final String COORDINATOR_NAME = "coordinator";
    public static final String ADMIN_NAME = "admin";

    public String groupName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Trainers and coordinators work for one country and see only its personal data. */
    public boolean isCountryBound() {
        return this == TRAINER || this == COORDINATOR;
    }
}
