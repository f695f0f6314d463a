package eu.restproject.academy.support;

import com.icegreen.greenmail.util.GreenMail;
import eu.restproject.academy.authoring.UncheckedBankRows;
import eu.restproject.academy.content.Bundles;
import eu.restproject.academy.seminar.CheckInFixtures;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Test deployments are the real application WAR, as {@code mvn package} built it, plus the test
 * helpers: the tests run against exactly what ships, on the database the environment names.
 *
 * <p>One deployment serves every Arquillian test class of a stage ({@link SuiteDeployer}), so it
 * holds all of them and the fixtures they inject.
 */
public final class Deployments {

    private static final Path TEST_CLASSES = Path.of("target/test-classes");

    private Deployments() {}

    /** The suite's deployment: the application, every Arquillian test class and their fixtures. */
    @Deployment
    public static WebArchive suite() {
        WebArchive archive = application()
                .addClasses(Bundles.class, CheckInFixtures.class, UncheckedBankRows.class, TestMailServer.class)
                .addClasses(RefusingSmtpServer.class, RefusingSmtpServer.Accepted.class)
                .addClasses(ReceivedMail.class, eu.restproject.academy.seminar.CalendarFiles.class)
                .addClasses(eu.restproject.academy.seminar.SeminarFixtures.class)
                .addAsLibraries(jarOf(GreenMail.class), jarOf(org.slf4j.LoggerFactory.class))
                .addAsLibraries(calendarParser());
        arquillianTests().forEach(archive::addClass);
        return archive;
    }

    /** ical4j and what it needs beyond the WAR's libraries: the tests read every calendar file back with it. */
    private static File[] calendarParser() {
        return new File[] {
            jarOf(net.fortuna.ical4j.data.CalendarBuilder.class),
            jarOf(org.threeten.extra.Interval.class),
            jarOf(org.apache.commons.codec.binary.Base64.class)
        };
    }

    public static WebArchive application() {
        File war = new File("target/rest-academy.war");
        if (!war.isFile()) {
            throw new IllegalStateException("target/rest-academy.war is missing: run the tests with 'mvn verify'");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war).addClasses(Deployments.class, TestData.class);
    }

    /** The jar a test dependency was loaded from, to ship it in the test WAR. */
    private static File jarOf(Class<?> type) {
        try {
            return new File(
                    type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The compiled {@code *IT} classes that are neither browser nor system tests: the same choice the
     * Arquillian stages make in pom.xml, so that a new test class is deployed without a list to update.
     */
    private static List<Class<?>> arquillianTests() {
        try (Stream<Path> files = Files.walk(TEST_CLASSES)) {
            return files.map(file -> TEST_CLASSES.relativize(file).toString())
                    .filter(name -> name.endsWith("IT.class"))
                    .filter(name -> !name.endsWith("BrowserIT.class") && !name.endsWith("SystemIT.class"))
                    .map(Deployments::load)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Class<?> load(String classFile) {
        String name =
                classFile.substring(0, classFile.length() - ".class".length()).replace(File.separatorChar, '.');
        try {
            return Class.forName(name, false, Deployments.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("a compiled test class does not load: " + name, e);
        }
    }
}
