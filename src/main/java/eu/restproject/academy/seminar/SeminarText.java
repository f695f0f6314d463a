package eu.restproject.academy.seminar;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A seminar's title and description in one language. */
@Embeddable
public class SeminarText {

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 4000)
    private String description;

    protected SeminarText() {}

    public SeminarText(String title, String description) {
        this.title = title;
        this.description = description == null ? "" : description;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }
}
