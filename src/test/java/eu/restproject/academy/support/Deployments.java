package eu.restproject.academy.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Test deployments are the real application WAR, as {@code mvn package} built it, plus the test
 * helpers: the tests run against exactly what ships, on the database the environment names.
 */
public final class Deployments {

    private Deployments() {}

    public static WebArchive application() {
        File war = new File("target/rest-academy.war");
        if (!war.isFile()) {
            throw new IllegalStateException("target/rest-academy.war is missing: run the tests with 'mvn verify'");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war).addClasses(Deployments.class, TestData.class);
    }
}
