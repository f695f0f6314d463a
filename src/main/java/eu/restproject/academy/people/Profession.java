package eu.restproject.academy.people;

/** The professional groups REST trains; statistics and reports are broken down by them. */
public enum Profession {
    LAWYER,
    SOCIAL_WORKER,
    ASYLUM_OFFICER,
    POLICE,
    LABOUR_INSPECTOR,
    JUDGE_PROSECUTOR,
    HEALTH_PROFESSIONAL,
    NGO_STAFF,
    OTHER;

    public String messageKey() {
        return "profession." + name();
    }
}
