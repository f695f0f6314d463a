package eu.restproject.academy.report;

import eu.restproject.academy.people.Profession;
import eu.restproject.academy.seminar.SeminarSession;
import java.util.List;

/** What a session's printed sign-in sheet lists: the session, its trainers and the seated participants by name. */
public record SignInSheet(SeminarSession session, String title, List<String> trainers, List<Signer> participants) {

    /** One row of the sheet. */
    public record Signer(long accountId, String name, Profession profession) {}

    public SignInSheet {
        trainers = List.copyOf(trainers);
        participants = List.copyOf(participants);
    }
}
