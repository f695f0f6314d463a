package eu.restproject.academy.seminar;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;

/**
 * A seminar's title and description in one language. The lengths are constraints so that a
 * seminar's details report them with the others; whether a title is needed is {@link SeminarTitles}'.
 */
@Embeddable
public class SeminarText {

    @Column(nullable = false, length = 200)
    @Size(max = 200, message = "{seminar.error.tooLong}")
    private String title;

    @Column(nullable = false, length = 4000)
    @Size(max = 4000, message = "{seminar.error.tooLong}")
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
