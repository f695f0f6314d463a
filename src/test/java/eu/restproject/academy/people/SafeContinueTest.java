package eu.restproject.academy.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** After sign-in the browser is sent back only to a page of this site, never to another origin. */
class SafeContinueTest {

    @ParameterizedTest
    @ValueSource(strings = {"/account/profile.xhtml", "/staff/people.xhtml?country=AT"})
    void localPathsAreFollowed(String target) {
        assertEquals(target, AcademyAuthenticationMechanism.safeContinue(target));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://evil.example/",
                "//evil.example/",
                "/\\evil.example",
                "javascript:alert(1)",
                "",
                "/login.xhtml",
                "/index.xhtml\r\nSet-Cookie: x=y"
            })
    void everythingElseGoesHome(String target) {
        assertEquals("/index.xhtml", AcademyAuthenticationMechanism.safeContinue(target));
    }
}
