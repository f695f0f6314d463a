package eu.restproject.academy.seminar;

import eu.restproject.academy.people.Account;

/** One participant on a session's roll call, with their mark if they have one. */
public record RollCallLine(Account participant, AttendanceMark mark) {}
